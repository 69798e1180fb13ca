/// Random tag soup from a fixed seed: tags that trigger libxml2's implied, auto-closed and
/// misplaced elements, attributes of every shape, comments, doctypes, processing
/// instructions, entities, CDATA content, whitespace and new lines, in any order.
struct TagSoup {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    private static let tags = [
        "html", "head", "body", "title", "meta", "p", "div", "span", "a", "b", "i", "img", "br", "ul", "li",
        "table", "tr", "td", "th", "tbody", "figure", "figcaption", "script", "style", "textarea", "select",
        "option", "form", "input", "dl", "dt", "dd", "h1", "pre", "noscript", "iframe", "object", "o:p",
        "fb:like", "frameset", "frame", "caption", "colgroup", "font", "center", "xmp", "plaintext",
    ]
    private static let attributes = [
        "class=x", "class='a b'", "id=i", "src=a.jpg", "alt", "checked", "selected", "disabled=d",
        "title=\"&amp;&lt;\"", "data-x=''", "CLASS=Up", "href=#", "class=y", "lang=en", "style=\"a:b\"",
    ]
    private static let fragments = [
        " ", "\n", "\n\n", "\t", "text", " words here ", "&amp;", "&nbsp;", "&#65;", "&bogus;", "<!--c-->",
        "<!---->", "<?pi x?>", "<!DOCTYPE html>", "<![CDATA[x]]>", "</>", "<", ">", "&", "é", "中",
    ]

    mutating func page() -> [UInt8] {
        var html = ""
        for _ in 0..<(1 + next(40)) {
            switch next(10) {
            case 0...3:
                let tag = Self.tags[next(Self.tags.count)]
                html += "<" + tag
                for _ in 0..<next(3) { html += " " + Self.attributes[next(Self.attributes.count)] }
                html += next(8) == 0 ? "/>" : ">"
            case 4...5:
                html += "</" + Self.tags[next(Self.tags.count)] + ">"
            default:
                html += Self.fragments[next(Self.fragments.count)]
            }
        }
        return Array(html.utf8)
    }
}

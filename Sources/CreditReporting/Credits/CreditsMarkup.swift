/// How the credits register writes page text, code and links in one format.
enum CreditsMarkup: Equatable {
    case text, markdown, html

    /// Page text, escaped for the format.
    func plain(_ text: String) -> String {
        switch self {
        case .text: text.escapingForTerminal()
        case .markdown: MarkdownRenderer.cell(text)
        case .html: HTMLEscaping.escape(text)
        }
    }

    /// A path or URL, set as code where the format has it.
    func code(_ text: String) -> String {
        switch self {
        case .text: text.escapingForTerminal()
        // A backtick in the text would end the code span: such text is escaped instead.
        case .markdown:
            text.contains("`") || text.contains(where: \.isNewline)
                ? MarkdownRenderer.cell(text) : "`\(text)`"
        case .html: "<code>\(HTMLEscaping.escape(text))</code>"
        }
    }

    /// `text` linked to `url` when it is an http(s) URL; the URL as text otherwise.
    func link(_ text: String, _ url: String?) -> String {
        guard let url else { return plain(text) }
        guard let href = WebLink.href(url) else {
            return self == .text ? "\(plain(text)) <\(plain(url))>" : "\(plain(text)) (\(code(url)))"
        }
        switch self {
        case .text: return "\(plain(text)) <\(href)>"
        case .markdown:
            let target = href.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
                .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
            return "[\(plain(text))](\(target))"
        case .html:
            return "<a href=\"\(HTMLEscaping.escape(href))\" rel=\"noreferrer noopener\">\(plain(text))</a>"
        }
    }
}

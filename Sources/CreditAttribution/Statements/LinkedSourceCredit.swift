import CreditDocument
import CreditLicenses
import CreditText

/// A sentence elsewhere on the page that credits the page a picture links to: a chart that
/// links to the study it comes from, and an attribution note below the article that says
/// "Infographic source, Example Science" with a link to the same study.
///
/// The shared link ties the sentence to that picture, so no place or order is guessed. The
/// sentence must name a picture and a source ("source", "by", "via", "courtesy", "©"), and
/// hold more than the link: a teaser's headline, which is all link, is no credit.
struct LinkedSourceCredit {
    let document: HTMLDocument

    /// Longest sentence taken as a credit.
    static let maximumSentenceLength = 150

    /// Words that say where a picture comes from.
    static let sourceWords: Set<String> = [
        "source", "sources", "quelle", "fuente", "fonte", "by", "von", "via", "courtesy", "credit",
        "credits", "from", "©",
    ]

    /// The credit of `image` found through the link around it, if any.
    func credit(image: Int) -> LocatedCredit? {
        guard let link = document.nearestAncestor(of: image, where: { $0.name == "a" }),
            let href = document.nodes[link].attribute("href").map(Self.normalised), Self.isPage(href)
        else { return nil }
        for other in document.elements(named: ["a"]) where other != link {
            // A byte search rules out nearly every link of the page before any is normalised:
            // a link to the same page holds the normalised target.
            guard let otherHref = document.nodes[other].attribute("href"), otherHref.containsText(href),
                Self.normalised(otherHref) == href, !document.isInside(image, other),
                let sentence = sentence(around: other)
            else { continue }
            return LocatedCredit(
                span: CreditSpan(text: sentence.text), strategy: .articleText, links: [sentence.link],
                node: sentence.holder)
        }
        return nil
    }

    /// The sentence of its line that holds the link, when it credits a picture.
    private func sentence(around link: Int) -> (text: String, holder: Int, link: CreditLink)? {
        var block = document.nodes[link].parent
        while block > 0, !document.nodes[block].isBlock { block = document.nodes[block].parent }
        guard block > 0 else { return nil }
        let linkText = document.text(of: link)
        guard !linkText.isEmpty else { return nil }
        let lines = TextLines(document: document).of(block, descending: false)
        guard let line = lines.first(where: { $0.links.contains(link) }) else { return nil }
        let sentences = Self.sentences(of: line.text)
        guard let sentence = sentences.first(where: { $0.containsText(linkText) }),
            sentence.count <= Self.maximumSentenceLength, sentence != linkText
        else { return nil }
        let words = sentence.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "©") }).map(
            String.init)
        guard words.contains(where: StatementVocabulary.isPictureWord), words.contains(where: Self.sourceWords.contains)
        else { return nil }
        let node = document.nodes[link]
        return (
            sentence, line.holder,
            CreditLink(text: linkText, href: node.attribute("href") ?? "", rel: node.attribute("rel"))
        )
    }

    /// The sentences of a text, each without its closing full stop.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (offset, character) in characters.enumerated() {
            let ends = ".!?".contains(character) && (offset + 1 == characters.count || characters[offset + 1] == " ")
            if ends {
                sentences.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        sentences.append(current.trimmingWhitespace())
        return sentences.filter { !$0.isEmpty }
    }

    /// A link target without the parts that differ between two links to the same page.
    static func normalised(_ href: String) -> String {
        var value = href.trimmingWhitespace()
        if let hash = value.firstIndex(of: "#") { value = String(value[..<hash]) }
        while value.hasSuffix("/") { value.removeLast() }
        return value
    }

    /// Whether a link goes to a web page rather than to a picture file or this page.
    static func isPage(_ href: String) -> Bool {
        let lower = href.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let path = lower.split(separator: "?").first.map(String.init) ?? lower
        return ![".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".tif", ".tiff"].contains(
            where: path.hasSuffix)
    }
}

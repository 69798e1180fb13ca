import CreditLicenses

/// Finds a photo-credits statement in the article ("Photo credits: …", "Bildnachweis: …")
/// that covers images without a credit of their own.
struct CreditsStatementFinder {
    let document: HTMLDocument
    let scope: ArticleScope

    /// Longest statement accepted: a longer text is prose that happens to start with a label.
    static let maximumLength = 400

    func find() -> LocatedCredit? {
        let root = scope.root ?? 0
        let visible = VisibleText(document: document)
        for index in document.descendants(of: root) {
            let node = document.nodes[index]
            guard node.kind == .element, ["p", "div", "li", "h2", "h3", "h4", "h5", "h6", "small", "section", "dl"].contains(node.name)
            else { continue }
            // Cheap size check first: most elements are far too long to be a statement.
            guard scope.allText[index] <= Self.maximumLength else { continue }
            let text = visible.of(index)
            guard !text.isEmpty, text.count <= Self.maximumLength else { continue }
            let lower = text.lowercased()
            guard CreditVocabulary.creditsListLabels.contains(where: { lower.hasPrefix($0) }) else { continue }
            var statement = text
            // A heading alone ("Photo credits") names the list that follows it.
            if statement.split(separator: " ").count <= 3, let next = document.nextElementSibling(of: index) {
                statement += " " + visible.of(next)
            }
            guard statement.count <= Self.maximumLength else { continue }
            let links = document.links(under: index).map { CreditLink(text: $0.text, href: $0.href, rel: $0.rel) }
            return LocatedCredit(span: CreditSpan(text: statement), strategy: .articleText, links: links)
        }
        return nil
    }
}

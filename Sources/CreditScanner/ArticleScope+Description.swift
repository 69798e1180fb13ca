import CreditDocument

/// The article as evidence shows it: which element, and why it was taken.
extension ArticleScope {
    /// The article element as a short selector and its line (`article.story-body (line 40)`),
    /// nil when the page has no recognisable article.
    package func label(in document: HTMLDocument) -> String? {
        guard let root else { return nil }
        let node = document.nodes[root]
        return "\(SkipDecision.describe(node)) (line \(node.line))"
    }

    /// Why the element was taken as the article: its kind and its share of the page's story
    /// text; nil when the page has no recognisable article.
    package func basis(in document: HTMLDocument) -> String? {
        guard let root else { return nil }
        let kind =
            switch Self.tier(of: root, in: document) {
            case .semantic?: "a semantic article element (<article> or itemprop=articleBody)"
            case .container?: "a content container named by its class or id"
            case .main?: "the page's main element"
            case nil: "the element that holds most of the page's story text"
            }
        let text = storyText[root]
        let share = storyText[0] > 0 ? text * 100 / storyText[0] : 0
        return "\(kind); \(text) characters of story text, \(share)% of the page's"
    }

    /// Whether `node` sits inside the article element; nil when the page has none.
    package func holds(_ node: Int, in document: HTMLDocument) -> Bool? {
        root.map { document.isInside(node, $0) }
    }
}

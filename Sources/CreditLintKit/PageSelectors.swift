import CreditDocument

/// The selectors of `.creditlint.yml`: where credits are, where content is, what to ignore.
public struct PageSelectors: Sendable {
    /// Elements whose text credits the image in the same figure or container.
    public var credit: [CSSSelector]
    /// Content areas: when one matches on a page, images outside all of them are skipped.
    public var content: [CSSSelector]
    /// Areas whose images are not content.
    public var ignore: [CSSSelector]

    /// The skip reason of images taken out by a selector.
    public static let skipReason = "config-selector"
    /// The evidence's check for images taken out by a selector.
    static let skipCheck = "config-selector"
    /// The evidence's strategy for credits read from a configured credit element.
    static let creditStrategy = "config-credit-selector"

    /// Creates selectors.
    public init(credit: [CSSSelector] = [], content: [CSSSelector] = [], ignore: [CSSSelector] = []) {
        self.credit = credit
        self.content = content
        self.ignore = ignore
    }

    /// Whether no selector is configured, so pages need no extra pass.
    public var isEmpty: Bool { credit.isEmpty && content.isEmpty && ignore.isEmpty }

    /// Whether the image element at `node` is taken out of the content by the selectors.
    func excludes(_ node: Int, in document: HTMLDocument, contentMatched: Bool) -> Bool {
        if ignore.contains(where: { $0.matchesSelfOrAncestor(node, in: document) }) { return true }
        guard contentMatched else { return false }
        return !content.contains { $0.matchesSelfOrAncestor(node, in: document) }
    }

    /// Whether any content selector matches an element of the page.
    func contentMatches(in document: HTMLDocument) -> Bool {
        guard !content.isEmpty else { return false }
        return document.nodes.indices.contains { index in
            document.nodes[index].kind == .element && content.contains { $0.matches(index, in: document) }
        }
    }

    /// The first element matching a credit selector in the image's figure, else in its
    /// nearest ancestor that holds a match (up to five levels, so one figure's credit is not
    /// taken for the next figure's).
    func creditElement(for node: Int, in document: HTMLDocument) -> Int? {
        guard !credit.isEmpty else { return nil }
        var container = document.nodes[node].parent
        var levels = 0
        while container > 0, levels < 5 {
            let found = document.descendants(of: container).first { index in
                credit.contains { $0.matches(index, in: document) }
            }
            if let found { return found }
            if document.nodes[container].name == "figure" { return nil }
            container = document.nodes[container].parent
            levels += 1
        }
        return nil
    }
}

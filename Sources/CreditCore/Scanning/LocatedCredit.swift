import CreditLicenses

/// A credit as found on the page, before it is split into its parts.
struct LocatedCredit {
    /// The credit span and the caption around it.
    var span: CreditSpan
    /// Where it was found.
    var strategy: CreditStrategy
    /// The links inside the element that held it (licence and source links).
    var links: [CreditLink]
}

/// Reads what a reader sees of an element: its text without screen-reader-only labels.
struct VisibleText {
    let document: HTMLDocument

    /// The visible text of a node, whitespace collapsed, leaving out the `skipping` subtrees.
    func of(_ index: Int, skipping: Set<Int> = []) -> String {
        var output = ""
        append(index, skipping: skipping, to: &output)
        return output.collapsingWhitespace()
    }

    private func append(_ index: Int, skipping: Set<Int>, to output: inout String) {
        guard !skipping.contains(index) else { return }
        let node = document.nodes[index]
        switch node.kind {
        case .text:
            output += node.text
        case .comment:
            return
        case .document, .element:
            if HTMLDocument.opaqueElements.contains(node.name) || Self.isHidden(node) { return }
            let isBlock = HTMLDocument.blockElements.contains(node.name)
            if isBlock { output += " " }
            for child in node.children { append(child, skipping: skipping, to: &output) }
            if isBlock { output += " " }
        }
    }

    /// Whether an element is only for screen readers (`sr-only`, `visually-hidden`,
    /// `off-screen`) or hidden outright.
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }),
            style.contains("display:none") {
            return true
        }
        let words = node.classAndIDWords
        guard !words.isEmpty else { return false }
        if words.contains("sr") && words.contains("only") { return true }
        if words.contains("visually") || words.contains("visuallyhidden") { return true }
        if words.contains("offscreen") || (words.contains("off") && words.contains("screen")) { return true }
        if words.contains("screen") && words.contains("reader") { return true }
        return words.contains("screenreader") || words.contains("assistive")
    }
}

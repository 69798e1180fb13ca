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

    /// Whether an element is hidden outright: the `hidden` attribute or an inline
    /// `display: none` / `visibility: hidden`.
    static func isHiddenOutright(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        guard let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Whether an element is hidden outright or only there for screen readers (`sr-only`,
    /// `visually-hidden`, `off-screen`): either way no reader sees its text.
    static func isHidden(_ node: HTMLNode) -> Bool {
        if isHiddenOutright(node) { return true }
        let words = node.classAndIDWords
        guard !words.isEmpty else { return false }
        if words.contains("sr") && words.contains("only") { return true }
        if words.contains("visually") || words.contains("visuallyhidden") { return true }
        if words.contains("offscreen") || (words.contains("off") && words.contains("screen")) { return true }
        if words.contains("screen") && words.contains("reader") { return true }
        return words.contains("screenreader") || words.contains("assistive")
    }
}

import CreditLicenses

/// Reads what a reader sees of an element: its text without screen-reader-only labels.
package struct VisibleText {
    let document: HTMLDocument

    package init(document: HTMLDocument) {
        self.document = document
    }

    /// The visible text of a node, whitespace collapsed, leaving out the `skipping` subtrees.
    package func of(_ index: Int, skipping: Set<Int> = []) -> String {
        document.text(of: index) { position, node in
            skipping.contains(position) || (node.kind == .element && Self.isHidden(node))
        }
    }

    /// Whether an element is hidden outright: the `hidden` attribute or an inline
    /// `display: none` / `visibility: hidden`.
    package static func isHiddenOutright(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        guard let raw = node.attribute("style") else { return false }
        // ASCII lower-cased, ASCII whitespace dropped: the needles are ASCII.
        let bytes = raw.utf8.compactMap { byte -> UInt8? in
            if byte.isASCIIWhitespace { return nil }
            return byte.asciiLowercased
        }
        let style = String(decoding: bytes, as: UTF8.self)
        return style.containsText("display:none") || style.containsText("visibility:hidden")
    }

    /// Whether an element is hidden outright or only there for screen readers (`sr-only`,
    /// `visually-hidden`, `off-screen`): either way no reader sees its text.
    package static func isHidden(_ node: HTMLNode) -> Bool {
        if isHiddenOutright(node) { return true }
        return node.identifiers.verdicts.marksScreenReaderText
    }
}

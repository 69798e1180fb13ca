import CreditDocument

/// One line of text as a reader sees it: what a block element shows between two line
/// breaks (`<br>`, a nested block, an image).
struct TextLine {
    /// The visible text, whitespace collapsed.
    var text: String
    /// The element that holds the line: the block, or the one inline element (`<em>`,
    /// `<span>`) that holds all of it.
    var holder: Int
    /// The block element the line belongs to.
    var block: Int
    /// The first node of the line, for its place in the document.
    var start: Int
    /// The links (`<a href>`) inside the line.
    var links: [Int]
}

/// Splits block elements into the lines a reader sees, so that "Image: A<br>Main image: B"
/// is read as two statements and a credit set as a `<br>`-separated line of a long `<div>`
/// is read on its own.
struct TextLines {
    let document: HTMLDocument

    /// The lines of `block`. Nested blocks end a line; with `descending` their lines follow
    /// in place, without it they are left out (each is read as a block of its own).
    func of(_ block: Int, descending: Bool) -> [TextLine] {
        var builder = Builder(document: document, descending: descending)
        builder.walk(block: block)
        return builder.lines
    }

    private struct Builder {
        let document: HTMLDocument
        let descending: Bool
        var lines: [TextLine] = []
        private var text = ""
        private var start = -1
        private var block = -1
        /// The children of `block` the current line's text came from.
        private var sources: [Int] = []
        private var links: [Int] = []

        init(document: HTMLDocument, descending: Bool) {
            self.document = document
            self.descending = descending
        }

        mutating func walk(block: Int) {
            flush()
            let outer = self.block
            self.block = block
            for child in document.nodes[block].children { visit(child, source: child) }
            flush()
            self.block = outer
        }

        private mutating func visit(_ index: Int, source: Int) {
            let node = document.nodes[index]
            switch node.kind {
            case .text:
                if start < 0 { start = index }
                if sources.last != source { sources.append(source) }
                text += node.text
            case .element:
                if node.isOpaque || VisibleText.isHidden(node) { return }
                // An image breaks the line too: its caption or credit starts after it.
                if node.name == "br" || node.name == "img" {
                    flush()
                    return
                }
                if node.isBlock {
                    flush()
                    if descending { walk(block: index) }
                    return
                }
                if node.name == "a", node.attribute("href") != nil { links.append(index) }
                for child in node.children { visit(child, source: source) }
            case .document, .comment:
                return
            }
        }

        private mutating func flush() {
            defer {
                text = ""
                start = -1
                sources = []
                links = []
            }
            let collapsed = text.collapsingWhitespace()
            guard !collapsed.isEmpty else { return }
            let single = sources.count == 1 && document.nodes[sources[0]].kind == .element
            lines.append(
                TextLine(text: collapsed, holder: single ? sources[0] : block, block: block, start: start, links: links)
            )
        }
    }
}

extension HTMLDocument {
    /// The indices of the node's ancestors, nearest first, excluding the document node.
    public func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = nodes[index].parent
        while current > 0 {
            result.append(current)
            current = nodes[current].parent
        }
        return result
    }

    /// The indices of every node below `index`, in document order.
    public func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack = nodes[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return result
    }

    /// The element descendants of `index` with one of these tag names, in document order.
    public func elements(named names: Set<String>, under index: Int = 0) -> [Int] {
        descendants(of: index).filter { nodes[$0].kind == .element && names.contains(nodes[$0].name) }
    }

    /// The siblings after the node, nearest first.
    public func followingSiblings(of index: Int) -> ArraySlice<Int> {
        let parent = nodes[index].parent
        guard parent >= 0, let position = nodes[parent].children.firstIndex(of: index) else {
            return []
        }
        return nodes[parent].children[(position + 1)...]
    }

    /// The siblings before the node, nearest first.
    public func precedingSiblings(of index: Int) -> [Int] {
        let parent = nodes[index].parent
        guard parent >= 0, let position = nodes[parent].children.firstIndex(of: index) else {
            return []
        }
        return nodes[parent].children[..<position].reversed()
    }

    /// The text of the node and everything below it, with whitespace collapsed.
    ///
    /// Block elements and `<br>` count as a space, inline elements add nothing, and script,
    /// style and template content is left out, the way a reader sees the text.
    public func text(of index: Int) -> String {
        text(of: index, omitting: { _, _ in false })
    }

    /// The text of the node as ``text(of:)`` reads it, leaving out every subtree whose root
    /// `shouldOmit` accepts (hidden elements, a credit span already taken out).
    public func text(of index: Int, omitting shouldOmit: (Int, HTMLNode) -> Bool) -> String {
        var output = ""
        appendText(of: index, omitting: shouldOmit, to: &output)
        return output.collapsingWhitespace()
    }

    /// Walks the subtree with an explicit stack rather than recursion: libxml2 keeps any depth
    /// (a hostile page nests 20,000 levels), and a recursive walk would overflow the stack.
    private func appendText(
        of index: Int, omitting shouldOmit: (Int, HTMLNode) -> Bool, to output: inout String
    ) {
        enum Step {
            case enter(Int)
            case space  // the space after a block element's content
        }
        var steps: [Step] = [.enter(index)]
        while let step = steps.popLast() {
            guard case .enter(let current) = step else {
                output += " "
                continue
            }
            let node = nodes[current]
            guard !shouldOmit(current, node) else { continue }
            switch node.kind {
            case .text:
                output += node.text
            case .comment:
                continue
            case .document, .element:
                if Self.opaqueElements.contains(node.name) { continue }
                if Self.blockElements.contains(node.name) {
                    output += " "
                    steps.append(.space)
                }
                steps += node.children.reversed().map { .enter($0) }
            }
        }
    }

    /// Elements whose content a reader never sees as text.
    static let opaqueElements: Set<String> = ["script", "style", "template", "noscript", "svg"]

    /// Elements that break a line of text when rendered.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "img",
    ]
}

extension String {
    /// The string with every run of whitespace turned into one space and the ends trimmed.
    public func collapsingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}

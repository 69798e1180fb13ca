import CreditLicenses

// The walks the scanner modules make at every ancestor of every element are `@inlinable`:
// called across a module boundary without inlining, each call copies the node it reads.
extension HTMLDocument {
    /// The indices of the node's ancestors, nearest first, excluding the document node.
    @inlinable public func ancestors(of index: Int) -> [Int] {
        // Counted first, so that the list is allocated once at its size rather than grown
        // a few times on every call (the skip rules ask for ancestors of every image often).
        var count = 0
        var current = nodes[index].parent
        while current > 0 {
            count += 1
            current = nodes[current].parent
        }
        var result: [Int] = []
        result.reserveCapacity(count)
        current = nodes[index].parent
        while current > 0 {
            result.append(current)
            current = nodes[current].parent
        }
        return result
    }

    /// How many of `nodes` sit below each node (their ancestors, the document node left
    /// out), by node index: an array the size of the page rather than a dictionary updated
    /// at every ancestor of every image.
    @inlinable package func counts(below nodes: [Int]) -> [Int32] {
        var below = [Int32](repeating: 0, count: self.nodes.count)
        for node in nodes {
            var current = self.nodes[node].parent
            while current > 0 {
                below[current] += 1
                current = self.nodes[current].parent
            }
        }
        return below
    }

    /// The indices of every node below `index`, in document order.
    @inlinable public func descendants(of index: Int) -> [Int] {
        Array((index + 1)..<subtreeEnd(of: index))
    }

    /// The element descendants of `index` with one of these tag names, in document order.
    public func elements(named names: Set<String>, under index: Int = 0) -> [Int] {
        var result: [Int] = []
        // A few names are compared rather than hashed: this runs over whole pages.
        let few = names.count <= 4 ? Array(names) : nil
        for next in (index + 1)..<subtreeEnd(of: index) where nodes[next].kind == .element {
            let name = nodes[next].name
            if few.map({ $0.contains(name) }) ?? names.contains(name) { result.append(next) }
        }
        return result
    }

    /// The index just past the last node below `index`.
    ///
    /// Nodes are stored in document order (the converter appends each node as its walk
    /// reaches it), so a subtree is the run of indices from the node to its last descendant,
    /// found by following last children: walks over it need no stack and no child lists.
    @inlinable public func subtreeEnd(of index: Int) -> Int {
        var last = index
        while let child = nodes[last].children.last { last = child }
        return last + 1
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
            guard !shouldOmit(current, nodes[current]) else { continue }
            switch nodes[current].kind {
            case .text:
                output += nodes[current].text
            case .comment:
                continue
            case .document, .element:
                if nodes[current].isOpaque { continue }
                if nodes[current].isBlock {
                    output += " "
                    steps.append(.space)
                }
                steps += nodes[current].children.reversed().map { .enter($0) }
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
        if isASCIIOnly { return collapsingASCIIWhitespace() }
        if let collapsed = utf8.withContiguousStorageIfAvailable(Self.collapsingUTF8Whitespace) { return collapsed }
        // Scalars rather than Characters: grapheme breaking is the costly part of iterating a
        // String, and whitespace is a property of single scalars.
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if Self.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The Unicode White_Space property (what `Character.isWhitespace` tests), spelled out:
    /// asking the property tables per scalar costs more than the whole rest of the loop.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// ``collapsingWhitespace()`` over bytes, for ASCII text (tab, LF, VT, FF, CR, space).
    private func collapsingASCIIWhitespace() -> String {
        utf8.withContiguousStorageIfAvailable(Self.collapsingASCIIWhitespace)
            ?? Self.collapsingASCIIWhitespace(Array(utf8))
    }

    private static func collapsingASCIIWhitespace(_ input: some Collection<UInt8>) -> String {
        // Written straight into the new string: the result is never longer than the input.
        String(unsafeUninitializedCapacity: input.count) { output in
            var count = 0
            var pendingSpace = false
            for byte in input {
                if byte.isASCIIWhitespace {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    output[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// ``collapsingWhitespace()`` over the bytes of valid UTF-8, whole scalars copied and the
    /// White_Space scalars of ``isWhitespace(_:)`` recognised by their encodings.
    private static func collapsingUTF8Whitespace(_ input: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: input.count) { output in
            var count = 0
            var pendingSpace = false
            var offset = 0
            while offset < input.count {
                let lead = input[offset]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard offset + length <= input.count else { break }
                let isWhitespace: Bool
                switch length {
                case 1: isWhitespace = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                case 2: isWhitespace = lead == 0xC2 && (input[offset + 1] == 0x85 || input[offset + 1] == 0xA0)
                case 3:
                    let (second, third) = (input[offset + 1], input[offset + 2])
                    isWhitespace =
                        (lead == 0xE1 && second == 0x9A && third == 0x80)  // U+1680
                        || (lead == 0xE2 && second == 0x80
                            && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF))
                        || (lead == 0xE2 && second == 0x81 && third == 0x9F)  // U+205F
                        || (lead == 0xE3 && second == 0x80 && third == 0x80)  // U+3000
                default: isWhitespace = false
                }
                if isWhitespace {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    for index in offset..<(offset + length) {
                        output[count] = input[index]
                        count += 1
                    }
                }
                offset += length
            }
            return count
        }
    }
}

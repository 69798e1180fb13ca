import CreditCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SAXTreeBuilder {
    /// Like browsers (Blink stops nesting at 512 open elements) and libxml2's XML parser (256),
    /// the tree is at most this deep: the content of an element at that depth is attached
    /// beside it, to its parent, instead of under it. Nothing is dropped, and walks of the
    /// tree that are linear per element (its text, its ancestors) cannot turn quadratic per
    /// page on a 20,000-deep chain.
    static let maximumDepth = 256

    /// The recorded tree as an ``HTMLDocument``, in document order, without recursion.
    func document(encoding: String, diagnostics: [ParseDiagnostic]) -> HTMLDocument {
        var output = [HTMLNode(kind: .document)]
        output.reserveCapacity(nodes.count)
        var depths = [0]
        depths.reserveCapacity(nodes.count)
        text.withUnsafeBufferPointer { characters in
            // Each entry: the next node to copy and the index of its parent in `output`.
            var stack: [(Int32, Int)] = []
            if nodes[0].first >= 0 { stack.append((nodes[0].first, 0)) }
            while let (index, parent) = stack.popLast() {
                let node = nodes[Int(index)]
                if node.next >= 0 { stack.append((node.next, parent)) }
                let line = max(lineNumber(of: index, depth: 0), 0)
                let converted: HTMLNode
                switch node.kind {
                case .element:
                    let element = elements[Int(node.payload)]
                    converted = HTMLNode(
                        kind: .element, name: element.name, attributes: element.attributes, line: line,
                        parent: parent)
                case .text, .cdata:
                    converted = HTMLNode(
                        kind: .text, text: Self.string(characters, node), line: line, parent: parent)
                case .comment:
                    converted = HTMLNode(
                        kind: .comment, text: Self.string(characters, node), line: line, parent: parent)
                case .document, .instruction:
                    continue
                }
                let position = output.count
                output.append(converted)
                depths.append(depths[parent] + 1)
                output[parent].children.append(position)
                if node.kind == .element, node.first >= 0 {
                    stack.append((node.first, depths[position] < Self.maximumDepth ? position : parent))
                }
            }
        }
        // Children were pushed after their next sibling, so they are visited first: indices
        // are in document order and `children` lists stay ordered.
        return HTMLDocument(nodes: output, encoding: encoding, diagnostics: diagnostics)
    }

    /// A node's characters as libxml2's tree holds them: a C string, so a NUL would end it.
    private static func string(_ characters: UnsafeBufferPointer<UInt8>, _ node: Node) -> String {
        guard node.end > node.payload, let base = characters.baseAddress else { return "" }
        let start = base + Int(node.payload)
        var count = Int(node.end - node.payload)
        if let nul = memchr(start, 0, count) { count = UnsafeRawPointer(nul) - UnsafeRawPointer(start) }
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// `xmlGetLineNo` over the recorded tree: a node's own line unless it is capped (then a
    /// child's, the next or the previous sibling's, five levels at most); a CDATA node has
    /// none, so it takes its previous sibling's or its parent's.
    func lineNumber(of index: Int32, depth: Int) -> Int {
        if depth >= 5 || index < 0 { return -1 }
        let node = nodes[Int(index)]
        switch node.kind {
        case .element, .text, .comment, .instruction:
            var result = -1
            if node.line == 65535 {
                if node.kind == .element, node.first >= 0 {
                    result = lineNumber(of: node.first, depth: depth + 1)
                } else if node.next >= 0 {
                    result = lineNumber(of: node.next, depth: depth + 1)
                } else if node.previous >= 0 {
                    result = lineNumber(of: node.previous, depth: depth + 1)
                }
            }
            if result == -1 || result == 65535 { result = Int(node.line) }
            return result
        case .cdata, .document:
            if node.previous >= 0, nodes[Int(node.previous)].kind != .cdata {
                return lineNumber(of: node.previous, depth: depth + 1)
            }
            if node.parent >= 0, nodes[Int(node.parent)].kind == .element {
                return lineNumber(of: node.parent, depth: depth + 1)
            }
            return -1
        }
    }
}

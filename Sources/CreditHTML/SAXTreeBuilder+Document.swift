import CreditDocument

extension SAXTreeBuilder {
    /// Like browsers (Blink stops nesting at 512 open elements) and libxml2's XML parser (256),
    /// the tree is at most this deep: the content of an element at that depth is attached
    /// beside it, to its parent, instead of under it. Nothing is dropped, and walks of the
    /// tree that are linear per element (its text, its ancestors) cannot turn quadratic per
    /// page on a 20,000-deep chain.
    static let maximumDepth = 256

    /// The finished tree: lines that depend on neighbours filled in, in document order.
    mutating func document(encoding: String, diagnostics: [ParseDiagnostic]) -> HTMLDocument {
        finishText()
        for index in lineless {
            nodes[Int(links[Int(index)].node)].line = max(lineNumber(of: index, depth: 0), 0)
        }
        // Reordering moves nodes: the lists, made in creation order, would not fit.
        if reordered { return HTMLDocument(nodes: inDocumentOrder(), encoding: encoding, diagnostics: diagnostics) }
        fillChildren()
        return HTMLDocument(nodes: nodes, encoding: encoding, diagnostics: diagnostics, index: index)
    }

    /// Each node's children, from the parents: nodes are in document order, so a parent's
    /// children come in order. Counted first, so that each list is allocated once.
    private mutating func fillChildren() {
        var counts = [Int32](repeating: 0, count: nodes.count)
        for index in nodes.indices.dropFirst() { counts[nodes[index].parent] += 1 }
        for index in nodes.indices where counts[index] > 0 { nodes[index].children.reserveCapacity(Int(counts[index])) }
        for index in nodes.indices.dropFirst() { nodes[nodes[index].parent].children.append(index) }
    }

    /// The nodes in document order, walking libxml2's links as a copy of its tree would:
    /// without recursion, and with the same depth limit.
    private func inDocumentOrder() -> [HTMLNode] {
        var output = [HTMLNode(kind: .document)]
        output.reserveCapacity(nodes.count)
        var depths = [0]
        // Each entry: the next link to copy and the index of its parent in `output`.
        var stack: [(Int32, Int)] = []
        if links[0].first >= 0 { stack.append((links[0].first, 0)) }
        while let (index, parent) = stack.popLast() {
            let link = links[Int(index)]
            if link.next >= 0 { stack.append((link.next, parent)) }
            // Processing instructions have no node.
            guard link.node >= 0 else { continue }
            var node = nodes[Int(link.node)]
            node.parent = parent
            node.children = []
            let position = output.count
            output.append(node)
            depths.append(depths[parent] + 1)
            output[parent].children.append(position)
            if link.kind == .element, link.first >= 0 {
                stack.append((link.first, depths[position] < Self.maximumDepth ? position : parent))
            }
        }
        // Children were pushed after their next sibling, so they are visited first: indices
        // are in document order and `children` lists stay ordered.
        return output
    }

    /// `xmlGetLineNo` over libxml2's links: a node's own line; a CDATA node has none, so it
    /// takes its previous sibling's or its parent's (five levels at most).
    func lineNumber(of index: Int32, depth: Int) -> Int {
        if depth >= 5 || index < 0 { return -1 }
        let link = links[Int(index)]
        switch link.kind {
        case .element, .text, .comment, .instruction:
            return Int(link.line)
        case .cdata, .document:
            if link.previous >= 0, links[Int(link.previous)].kind != .cdata {
                return lineNumber(of: link.previous, depth: depth + 1)
            }
            if link.parent >= 0, links[Int(link.parent)].kind == .element {
                return lineNumber(of: link.parent, depth: depth + 1)
            }
            return -1
        }
    }
}

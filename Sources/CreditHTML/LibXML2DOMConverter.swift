internal import CLibXML2
import CreditDocument

/// The reference parse: libxml2 builds its own C tree (`htmlReadMemory`), which is then
/// copied into Swift values and freed.
///
/// The scan does not use it (``LibXML2Converter`` builds the same tree from SAX events,
/// at a fraction of the cost); it stays as the yardstick that the equivalence tests compare
/// the SAX-built tree with, node for node. No libxml2 pointer outlives
/// ``parse(utf8:encoding:)``.
enum LibXML2DOMConverter {
    /// Parses UTF-8 bytes; `encoding` is only recorded as the charset the page was read in.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> HTMLDocument {
        LibXML2Setup.initialize()
        let collector = DiagnosticCollector()
        let document: htmlDocPtr? = collector.capturing {
            // An empty page has no tree to parse: it stays an empty document.
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
            return htmlReadMemory(
                UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self),
                Int32(clamping: bytes.count), nil, "UTF-8", LibXML2Converter.options)
        }
        defer { if let document { xmlFreeDoc(document) } }
        var nodes = [HTMLNode(kind: .document)]
        if let document, let first = document.pointee.children {
            TreeCopier(nodes: nodes).copy(from: first).map { nodes = $0 }
        }
        return HTMLDocument(nodes: nodes, encoding: encoding, diagnostics: collector.diagnostics)
    }
}

/// Copies a libxml2 sibling list and everything under it, without recursion, so that a
/// 20,000-deep page cannot overflow the stack, and at most
/// ``SAXTreeBuilder/maximumDepth`` deep.
private struct TreeCopier {
    static let maximumDepth = SAXTreeBuilder.maximumDepth

    var nodes: [HTMLNode]

    func copy(from first: xmlNodePtr) -> [HTMLNode]? {
        var nodes = self.nodes
        var depths = [Int](repeating: 0, count: nodes.count)
        // Each entry: the next C sibling to copy and the index of the Swift parent.
        var stack: [(xmlNodePtr, Int)] = [(first, 0)]
        while let (pointer, parent) = stack.popLast() {
            if let next = pointer.pointee.next { stack.append((next, parent)) }
            guard let node = Self.convert(pointer, parent: parent) else { continue }
            let index = nodes.count
            nodes.append(node)
            depths.append(depths[parent] + 1)
            nodes[parent].children.append(index)
            if node.kind == .element, let child = pointer.pointee.children {
                stack.append((child, depths[index] < Self.maximumDepth ? index : parent))
            }
        }
        // Siblings were pushed before children, so children of a node are visited before its
        // later siblings: indices are in document order and `children` lists stay ordered.
        return nodes
    }

    private static func convert(_ pointer: xmlNodePtr, parent: Int) -> HTMLNode? {
        let node = pointer.pointee
        let line = Int(xmlGetLineNo(pointer))
        switch node.type {
        case XML_ELEMENT_NODE:
            let name = node.name.map(SAXTreeBuilder.lowercasedName) ?? ""
            return HTMLNode(
                kind: .element, name: name, attributes: attributes(of: pointer),
                line: max(line, 0), parent: parent)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = node.content.map { String(cString: $0) } ?? ""
            return HTMLNode(kind: .text, text: text, line: max(line, 0), parent: parent)
        case XML_COMMENT_NODE:
            let text = node.content.map { String(cString: $0) } ?? ""
            return HTMLNode(kind: .comment, text: text, line: max(line, 0), parent: parent)
        default:
            return nil
        }
    }

    private static func attributes(of pointer: xmlNodePtr) -> [HTMLAttribute] {
        var result: [HTMLAttribute] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map(SAXTreeBuilder.lowercasedName) ?? ""
            result.append(HTMLAttribute(name: name, value: value(of: current)))
            attribute = current.pointee.next
        }
        return result
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        // The common case, one text child, needs no allocation by libxml2.
        if let child = attribute.pointee.children, child.pointee.next == nil,
            child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content
        {
            return String(cString: content)
        }
        guard let joined = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1)
        else { return "" }
        defer { clx_free(joined) }
        return String(cString: joined)
    }
}

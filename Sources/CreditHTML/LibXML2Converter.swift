internal import CLibXML2
import CreditCore

/// The one place where libxml2's C tree is read: it parses and copies the tree into Swift values.
///
/// No libxml2 pointer outlives ``parse(bytes:skipping:encoding:)``: the C document is freed
/// before it returns.
enum LibXML2Converter {
    /// Parse options: recover from errors, never fetch anything, keep quiet, no blank nodes,
    /// and keep line numbers above 65,535 for long minified pages.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    static func parse(bytes: [UInt8], skipping prefix: Int, encoding: String) -> HTMLDocument {
        LibXML2Setup.initialize()
        let collector = DiagnosticCollector()
        let document: htmlDocPtr? = collector.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                let start = buffer.baseAddress.map { UnsafeRawPointer($0 + prefix) }
                let length = Int32(clamping: buffer.count - prefix)
                return start.flatMap { pointer in
                    htmlReadMemory(
                        pointer.assumingMemoryBound(to: CChar.self), length, nil,
                        EncodingLabels.iconvName(forWHATWG: encoding), options)
                }
            }
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
/// 20,000-deep page cannot overflow the stack.
private struct TreeCopier {
    var nodes: [HTMLNode]

    func copy(from first: xmlNodePtr) -> [HTMLNode]? {
        var nodes = self.nodes
        // Each entry: the next C sibling to copy and the index of the Swift parent.
        var stack: [(xmlNodePtr, Int)] = [(first, 0)]
        while let (pointer, parent) = stack.popLast() {
            if let next = pointer.pointee.next { stack.append((next, parent)) }
            guard let node = Self.convert(pointer, parent: parent) else { continue }
            let index = nodes.count
            nodes.append(node)
            nodes[parent].children.append(index)
            if node.kind == .element, let child = pointer.pointee.children {
                stack.append((child, index))
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
            let name = node.name.map { String(cString: $0).lowercased() } ?? ""
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
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
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

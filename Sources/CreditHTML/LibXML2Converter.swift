internal import CLibXML2
import CreditCore

/// The one place where libxml2's C tree is read: it parses and copies the tree into Swift values.
///
/// No libxml2 pointer outlives ``parse(utf8:encoding:)``: the C document is freed
/// before it returns.
enum LibXML2Converter {
    /// Parse options: recover from errors, never fetch anything, keep quiet, no blank nodes,
    /// keep line numbers above 65,535 for long minified pages, ignore `<meta charset>` (the
    /// bytes arrive already decoded to UTF-8), and lift libxml2's hard-coded limits (a 10 MB
    /// text node, 256 levels of nesting), beyond which it would stop parsing and silently drop
    /// the rest of the page; memory stays bounded by `--max-file-size`.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_BIG_LINES.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 bytes; `encoding` is only recorded as the charset the page was read in.
    static func parse(utf8 bytes: [UInt8], encoding: String) -> HTMLDocument {
        LibXML2Setup.initialize()
        let collector = DiagnosticCollector()
        let document: htmlDocPtr? = collector.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                // An empty page has no tree to parse: it stays an empty document.
                guard let start = buffer.baseAddress, !buffer.isEmpty else { return nil }
                return htmlReadMemory(
                    UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self),
                    Int32(clamping: buffer.count), nil, "UTF-8", options)
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
///
/// Like browsers (Blink stops nesting at 512 open elements) and libxml2's XML parser (256),
/// the copy is at most ``maximumDepth`` deep: the content of an element at that depth is
/// attached beside it, to its parent, instead of under it. Nothing is dropped, and walks of the
/// tree that are linear per element (its text, its ancestors) cannot turn quadratic per page on
/// a 20,000-deep chain.
private struct TreeCopier {
    static let maximumDepth = 256

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
            let name = node.name.map(lowercasedName) ?? ""
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
            let name = current.pointee.name.map(lowercasedName) ?? ""
            result.append(HTMLAttribute(name: name, value: value(of: current)))
            attribute = current.pointee.next
        }
        return result
    }

    /// A tag or attribute name, lower-cased: libxml2's HTML parser already lower-cases ASCII
    /// names, so only a name with an upper-case or non-ASCII byte pays for `lowercased()`.
    private static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        var byte = name
        while byte.pointee != 0 {
            if byte.pointee >= 0x80 || (byte.pointee >= 0x41 && byte.pointee <= 0x5A) {
                return String(cString: name).lowercased()
            }
            byte += 1
        }
        return String(cString: name)
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

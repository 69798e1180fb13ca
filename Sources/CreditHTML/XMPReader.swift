internal import CLibXML2

/// Reads the credit and rights properties of an XMP packet with libxml2's XML parser.
///
/// Properties are found by namespace URI and local name, whatever the prefixes, in both
/// RDF spellings: an element (`<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">…`) and an
/// attribute of `rdf:Description` (`xmpRights:WebStatement="…"`). Of an `rdf:Alt` the
/// `x-default` item is taken, of an `rdf:Seq` or `rdf:Bag` every item. The parser never
/// fetches anything (no network, no external entities) and no libxml2 pointer outlives the call.
public enum XMPReader {
    private static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    private static let maxDepth = 64
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue)

    /// The properties of `packet`; a packet that is not well-formed XML gives a note.
    public static func read(_ packet: [UInt8]) -> XMPFields {
        LibXML2Setup.initialize()
        guard !packet.isEmpty, packet.count <= Int(Int32.max) else { return XMPFields(note: "empty XMP packet") }
        let document = packet.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document else { return XMPFields(note: "XMP packet is not well-formed XML") }
        defer { xmlFreeDoc(document) }
        var fields = XMPFields()
        if let root = xmlDocGetRootElement(document) { walk(root, depth: 0, into: &fields) }
        return fields
    }

    private static func walk(_ node: xmlNodePtr, depth: Int, into fields: inout XMPFields) {
        guard depth < maxDepth else { return }
        var attribute = node.pointee.properties
        while let current = attribute {
            if let property = property(namespace: current.pointee.ns, name: current.pointee.name),
                let text = current.pointee.children
            {
                fields.set(property, Self.text(text, depth: depth))
            }
            attribute = current.pointee.next
        }
        if let property = property(namespace: node.pointee.ns, name: node.pointee.name) {
            for value in values(of: node, depth: depth) { fields.set(property, value) }
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { walk(current, depth: depth + 1, into: &fields) }
            child = current.pointee.next
        }
    }

    /// The value of a property element: its text, or its container's items.
    private static func values(of node: xmlNodePtr, depth: Int) -> [String] {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, isRDF(current) {
                let kind = string(current.pointee.name)
                let items = elements(of: current).filter { isRDF($0) && string($0.pointee.name) == "li" }
                if kind == "Alt" {
                    let preferred = items.first { language(of: $0) == "x-default" } ?? items.first
                    return preferred.map { [elementText($0, depth: depth)] } ?? []
                }
                let texts = items.map { elementText($0, depth: depth) }.filter { !$0.isEmpty }
                return texts.isEmpty ? [] : [texts.joined(separator: ", ")]
            }
            child = current.pointee.next
        }
        let own = node.pointee.children.map { text($0, depth: depth) } ?? ""
        return [own]
    }

    private static func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The text of the nodes from `first` on and of their descendants: the text of an
    /// element's children when `first` is its first child.
    private static func text(_ first: xmlNodePtr, depth: Int) -> String {
        var result = ""
        var node: xmlNodePtr? = first
        while let current = node {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: result += string(current.pointee.content)
            case XML_ELEMENT_NODE where depth < maxDepth:
                if let child = current.pointee.children { result += text(child, depth: depth + 1) }
            default: break
            }
            node = current.pointee.next
        }
        return result
    }

    /// The text of an element, for an `rdf:li`.
    private static func elementText(_ element: xmlNodePtr, depth: Int) -> String {
        element.pointee.children.map { text($0, depth: depth + 1) } ?? ""
    }

    private static func language(of node: xmlNodePtr) -> String? {
        guard let value = xmlNodeGetLang(node) else { return nil }
        defer { clx_free(value) }
        return string(value)
    }

    private static func isRDF(_ node: xmlNodePtr) -> Bool { string(node.pointee.ns?.pointee.href) == rdf }

    private static func property(namespace: xmlNsPtr?, name: UnsafePointer<xmlChar>?) -> XMPFields.Property? {
        guard let namespace, let names = XMPFields.Property.names[string(namespace.pointee.href)] else { return nil }
        return names[string(name)]
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

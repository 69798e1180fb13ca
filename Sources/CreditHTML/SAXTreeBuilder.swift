internal import CLibXML2
import CreditCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the page's tree straight from libxml2's SAX events, without libxml2's own DOM.
///
/// `htmlReadMemory` builds a C tree (a malloc per node, attribute and text, and `strdup`s)
/// that the old converter then copied into Swift and freed: more than half of the parse
/// time. Here the HTML parser runs with the same options, and these callbacks record what
/// libxml2's SAX2 tree builder (`SAX2.c`, 2.9.14) would have built, in flat arrays: where
/// each node is attached (including the oddities below), how adjacent text merges, and the
/// line each node carries. ``document(encoding:diagnostics:)`` then walks it exactly as the
/// old copy walked the C tree, so the result is the same node for node.
///
/// What SAX2 does that a naive builder would not:
/// - text outside any element is dropped, and consecutive character events of the same kind
///   (text, or the CDATA of `script`/`style`) extend the last child instead of adding one;
/// - an element started while no element is open goes under the first element of the
///   document when the document's first child is an element (no doctype), else beside it;
/// - a tag name with a colon keeps only its local part (`xmlSplitQName`), which may also
///   report a "not XML Namespace compliant" error;
/// - an attribute without a value is empty, except boolean ones (`checked`), whose value is
///   their name; processing instructions are nodes that are never copied but split text;
/// - lines are capped at 65,535 (`XML_PARSE_BIG_LINES` is not passed on by the HTML
///   parser), and `xmlGetLineNo` falls back to neighbours for capped and CDATA nodes.
final class SAXTreeBuilder {
    enum Kind: UInt8 { case document, element, text, cdata, comment, instruction }

    /// One node of libxml2's would-be tree; links are indices into ``nodes``, -1 for none.
    struct Node {
        var kind: Kind
        /// The line SAX2 stores in `xmlNode.line`, capped at 65,535.
        var line: Int32
        var parent: Int32
        var first: Int32 = -1
        var last: Int32 = -1
        var next: Int32 = -1
        var previous: Int32 = -1
        /// Elements: the index in ``elements``; text, CDATA and comments: the start of their
        /// bytes in ``text``.
        var payload: Int32 = 0
        /// Text, CDATA and comments: the end of their bytes in ``text``.
        var end: Int32 = 0
    }

    struct Element {
        var name: String
        var attributes: [HTMLAttribute]
    }

    private(set) var nodes: [Node] = [Node(kind: .document, line: 0, parent: -1)]
    private(set) var elements: [Element] = []
    /// The characters of every text, CDATA and comment node, one after the other.
    private(set) var text: [UInt8] = []
    /// The open elements, innermost last (SAX2's `ctxt->node` stack).
    private var open: [Int32] = []
    /// Whether a doctype made a DTD node the document's first child.
    private var sawDoctype = false
    /// Set when the page holds something this builder does not mirror (an `xml:id`
    /// attribute): the page is then parsed again the old way.
    private(set) var needsDOM = false
    private let context: htmlParserCtxtPtr
    /// SAX2 registers `id` values (and `name` on `a`) in the document, and the parser
    /// reports a repeated one: a private document stands in for the tree's so that libxml2
    /// itself does both.
    private var idDocument: xmlDocPtr?
    private var idAttribute: xmlAttrPtr?

    init(context: htmlParserCtxtPtr) {
        self.context = context
        nodes.reserveCapacity(1024)
        text.reserveCapacity(16 * 1024)
    }

    deinit {
        if let idAttribute { xmlFreeProp(idAttribute) }
        if let idDocument { xmlFreeDoc(idDocument) }
    }

    /// What `xmlSAX2AttributeInternal` does with an ID attribute's value: `xmlAddID`, which
    /// raises "ID … already defined" through the parser context for a repeat.
    private func registerID(_ value: UnsafePointer<xmlChar>) {
        if idDocument == nil {
            idDocument = htmlNewDocNoDtD(nil, nil)
            idAttribute = xmlNewDocProp(idDocument, "id", nil)
        }
        guard let idDocument, let idAttribute else { return }
        _ = withUnsafeMutablePointer(to: &context.pointee.vctxt) { xmlAddID($0, idDocument, value, idAttribute) }
    }

    /// The line the parser is on, as SAX2 stores it.
    private var currentLine: Int32 {
        guard let input = context.pointee.input else { return 0 }
        return min(input.pointee.line, 65535)
    }

    /// Adds a node as the last child of `parent`.
    private func append(_ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        var node = node
        let parent = Int(node.parent)
        let previous = nodes[parent].last
        node.previous = previous
        nodes.append(node)
        if previous >= 0 { nodes[Int(previous)].next = index } else { nodes[parent].first = index }
        nodes[parent].last = index
        return index
    }

    func startElement(_ fullName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let name = Self.localName(fullName, context: context)
        var list: [HTMLAttribute] = []
        if let attributes {
            var index = 0
            while let attributeName = attributes[index] {
                var raw = attributes[index + 1]
                if raw == nil, htmlIsBooleanAttr(attributeName) != 0 { raw = UnsafePointer(attributeName) }
                list.append(HTMLAttribute(name: Self.lowercasedName(attributeName), value: raw.map(String.init(cString:)) ?? ""))
                if let raw, Self.isID(attributeName, element: name) { registerID(raw) }
                if attributeName[0] == 0x78, xmlStrEqual(attributeName, "xml:id") != 0 { needsDOM = true }
                index += 2
            }
        }
        let parent: Int32
        if let top = open.last {
            parent = top
        } else if !sawDoctype, nodes[0].first >= 0, nodes[Int(nodes[0].first)].kind == .element {
            parent = nodes[0].first
        } else {
            parent = 0
        }
        elements.append(Element(name: name, attributes: list))
        let index = append(
            Node(kind: .element, line: currentLine, parent: parent, payload: Int32(elements.count - 1)))
        open.append(index)
    }

    func endElement() {
        _ = open.popLast()
    }

    func characters(_ bytes: UnsafePointer<xmlChar>, count: Int32, kind: Kind) {
        // SAX2 drops text outside any element.
        guard let parent = open.last else { return }
        let last = nodes[Int(parent)].last
        let chunk = UnsafeBufferPointer(start: bytes, count: Int(max(count, 0)))
        if last >= 0, nodes[Int(last)].kind == kind {
            let node = Int(last)
            // Only the newest node can be the open text run; copy it to the end if not.
            if Int(nodes[node].end) != text.count {
                let start = text.count
                text.append(contentsOf: text[Int(nodes[node].payload)..<Int(nodes[node].end)])
                nodes[node].payload = Int32(start)
            }
            text.append(contentsOf: chunk)
            nodes[node].end = Int32(text.count)
            return
        }
        let start = Int32(text.count)
        text.append(contentsOf: chunk)
        // SAX2 gives new text nodes a line; xmlNewCDataBlock does not.
        let line = kind == .text ? currentLine : 0
        _ = append(Node(kind: kind, line: line, parent: parent, payload: start, end: Int32(text.count)))
    }

    func comment(_ value: UnsafePointer<xmlChar>?) {
        let start = Int32(text.count)
        if let value { text.append(contentsOf: UnsafeBufferPointer(start: value, count: strlen(value))) }
        _ = append(Node(kind: .comment, line: currentLine, parent: open.last ?? 0, payload: start, end: Int32(text.count)))
    }

    func processingInstruction() {
        _ = append(Node(kind: .instruction, line: currentLine, parent: open.last ?? 0))
    }

    func doctype() {
        sawDoctype = true
    }
}

extension SAXTreeBuilder {
    /// `xmlIsID` for an HTML document: `id`, and `name` on `a`.
    private static func isID(_ attribute: UnsafePointer<xmlChar>, element: String) -> Bool {
        switch attribute[0] {
        case 0x69: return attribute[1] == 0x64 && attribute[2] == 0  // "id"
        case 0x6E: return element == "a" && xmlStrEqual(attribute, "name") != 0
        default: return false
        }
    }

    /// The element name SAX2 gives a tag: the part after the first colon, if any.
    private static func localName(_ fullName: UnsafePointer<xmlChar>, context: htmlParserCtxtPtr) -> String {
        guard strchr(UnsafeRawPointer(fullName).assumingMemoryBound(to: CChar.self), 0x3A) != nil else {
            return lowercasedName(fullName)
        }
        // Rare: let libxml2 split it, so that the name and any error are its own.
        var prefix: UnsafeMutablePointer<xmlChar>?
        guard let local = xmlSplitQName(context, fullName, &prefix) else { return "" }
        defer {
            clx_free(local)
            if let prefix { clx_free(prefix) }
        }
        return lowercasedName(local)
    }

    /// A tag or attribute name, lower-cased: libxml2's HTML parser already lower-cases ASCII
    /// names, so only a name with an upper-case or non-ASCII byte pays for `lowercased()`.
    static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        var byte = name
        while byte.pointee != 0 {
            if byte.pointee >= 0x80 || (byte.pointee >= 0x41 && byte.pointee <= 0x5A) {
                return String(cString: name).lowercased()
            }
            byte += 1
        }
        return String(cString: name)
    }
}

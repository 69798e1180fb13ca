internal import CLibXML2

/// What `xmlSAX2AttributeInternal` does with an ID attribute: `xmlAddID`, which reports a
/// repeated value ("ID … already defined") through the parser context.
///
/// A private document and attribute stand in for the tree's, so that libxml2 itself decides
/// what is a repeat and raises the error, with its own line and message.
final class IDRegistry {
    private let context: htmlParserCtxtPtr
    private var document: xmlDocPtr?
    private var attribute: xmlAttrPtr?

    init(context: htmlParserCtxtPtr) {
        self.context = context
    }

    deinit {
        // The attribute first: freeing it looks its value up in the document's ID table.
        if let attribute { xmlFreeProp(attribute) }
        if let document { xmlFreeDoc(document) }
    }

    /// `xmlIsID` for an HTML document: `id`, and `name` on `a`.
    static func isID(_ attribute: UnsafePointer<xmlChar>, element: String) -> Bool {
        switch attribute[0] {
        case 0x69: return attribute[1] == 0x64 && attribute[2] == 0  // "id"
        case 0x6E: return element == "a" && xmlStrEqual(attribute, "name") != 0
        default: return false
        }
    }

    func register(_ value: UnsafePointer<xmlChar>) {
        if document == nil {
            document = htmlNewDocNoDtD(nil, nil)
            attribute = xmlNewDocProp(document, "id", nil)
        }
        guard let document, let attribute else { return }
        _ = withUnsafeMutablePointer(to: &context.pointee.vctxt) { xmlAddID($0, document, value, attribute) }
    }
}

/// A parsed HTML page as a flat, navigable tree of nodes.
///
/// Nodes live in one array and refer to each other by index, so a scan can walk up to
/// ancestors and across to siblings without reference cycles. The converter in `CreditHTML`
/// builds it from libxml2's tree; tests can build one with ``HTMLDocumentBuilder``.
public struct HTMLDocument: Sendable {
    /// Every node of the page; index 0 is the document node.
    public var nodes: [HTMLNode] {
        didSet { index = nil }
    }
    /// The charset the page was decoded with, as a WHATWG encoding name (`utf-8`, `windows-1252`).
    public var encoding: String
    /// Problems the HTML parser reported while building the tree (unknown HTML5 tags excluded).
    public var diagnostics: [ParseDiagnostic]
    /// The parser's lists of a few elements (see ``ElementIndex``); nil for a tree built any
    /// other way. Cleared when the nodes change, so it never describes other nodes.
    package private(set) var index: ElementIndex?

    /// Creates a document from its nodes.
    public init(nodes: [HTMLNode], encoding: String = "utf-8", diagnostics: [ParseDiagnostic] = []) {
        self.nodes = nodes
        self.encoding = encoding
        self.diagnostics = diagnostics
    }

    /// A parsed document with the parser's ``ElementIndex`` of its nodes.
    package init(nodes: [HTMLNode], encoding: String, diagnostics: [ParseDiagnostic], index: ElementIndex) {
        self.init(nodes: nodes, encoding: encoding, diagnostics: diagnostics)
        self.index = index
    }

    /// The index of the document node.
    public var root: Int { 0 }

    /// Accesses a node by index.
    @inlinable public subscript(index: Int) -> HTMLNode { nodes[index] }
}

/// One node of an ``HTMLDocument``: an element, a run of text or a comment.
public struct HTMLNode: Sendable {
    /// What a node is.
    public enum Kind: Sendable, Equatable {
        /// The document itself (index 0).
        case document
        /// An element such as `img` or `figure`.
        case element
        /// Character data.
        case text
        /// An HTML comment.
        case comment
    }

    /// What this node is.
    public var kind: Kind
    /// The lower-cased tag name for elements, empty otherwise.
    public var name: String
    /// The element's attributes in source order, names lower-cased.
    public var attributes: [HTMLAttribute] {
        didSet { identifierSlot = IdentifierSlot(words: IdentifierWords.of(attributes)) }
    }
    /// The characters of a text or comment node, empty for elements.
    public var text: String
    /// The 1-based source line where the node starts (0 when unknown).
    public var line: Int
    /// The index of the parent node, or -1 for the document node.
    public var parent: Int
    /// The indices of the child nodes in document order.
    public var children: [Int]
    /// `class` and `id` split once when the node is made: the scanner asks for them at every
    /// ancestor of every image, far more often than there are nodes.
    package var identifiers: IdentifierWords { identifierSlot.words ?? .none }
    /// The split, its words nil without `class` and `id`. Walks over every node read
    /// `identifierSlot.words`, a stored field, which needs no copy of the node.
    package private(set) var identifierSlot: IdentifierSlot
    /// Whether the element's content is never seen as text (`script`, `style` …), and whether
    /// it breaks a line: looked up once here instead of hashing the name at every visit.
    package private(set) var isOpaque: Bool
    package private(set) var isBlock: Bool

    /// Creates a node.
    public init(
        kind: Kind, name: String = "", attributes: [HTMLAttribute] = [], text: String = "",
        line: Int = 0, parent: Int = -1, children: [Int] = []
    ) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        identifierSlot = IdentifierSlot(words: IdentifierWords.of(attributes))
        isOpaque = kind == .element && Self.opaqueByLength.contains(name)
        isBlock = kind == .element && Self.blockByLength.contains(name)
        self.text = text
        self.line = line
        self.parent = parent
        self.children = children
    }

    /// An element node whose name was looked up once per page (see ``ElementName``) and whose
    /// `class`/`id` split the caller made (parsers share one split between elements).
    package init(
        element name: ElementName, attributes: [HTMLAttribute], identifiers: IdentifierWords?, line: Int, parent: Int
    ) {
        kind = .element
        self.name = name.name
        self.attributes = attributes
        identifierSlot = IdentifierSlot(words: identifiers)
        isOpaque = name.isOpaque
        isBlock = name.isBlock
        text = ""
        self.line = line
        self.parent = parent
        children = []
    }

    /// A text or comment node as a parser makes it, most of a page's nodes: no attributes to
    /// split and no name to look up, as the general initializer would for each.
    package init(characters text: String, kind: Kind, line: Int) {
        self.kind = kind
        name = ""
        attributes = []
        identifierSlot = IdentifierSlot(words: nil)
        isOpaque = false
        isBlock = false
        self.text = text
        self.line = line
        parent = -1
        children = []
    }

    /// The value of the first attribute with this (lower-case) name.
    @inlinable public func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// Whether the element is of one of these tag names.
    public func isElement(_ names: String...) -> Bool {
        kind == .element && names.contains(name)
    }
}

/// A node's optional `class`/`id` split, in a struct of its own. Stored directly, an optional
/// class reference makes Swift 6.3's optimiser build every ``HTMLNode`` in a temporary and
/// copy it out, retaining and releasing each of its fields once more; wrapped, the node is
/// built in place. Nil rather than a shared empty split, so that the many nodes without a
/// `class` or `id` touch no reference count shared between threads.
package struct IdentifierSlot: Sendable {
    package var words: IdentifierWords?
}

/// A tag name with what the tree needs to know about every element of that name, so that a
/// parser can look a name up once per page instead of once per element.
package struct ElementName: Sendable {
    /// The lower-cased tag name.
    package let name: String
    /// Whether the content is never seen as text (`script`, `style` …).
    package let isOpaque: Bool
    /// Whether the element breaks a line.
    package let isBlock: Bool
    /// The name's place in ``ElementIndex/tagNames`` and ``ElementIndex/attributeNames``
    /// (the same table serves attribute names), or -1.
    package let tagSlot: Int8
    package let attributeSlot: Int8

    package init(_ name: String) {
        self.name = name
        isOpaque = HTMLNode.opaqueByLength.contains(name)
        isBlock = HTMLNode.blockByLength.contains(name)
        tagSlot = Int8(ElementIndex.tagSlot(name))
        attributeSlot = Int8(ElementIndex.attributeSlot(name))
    }
}

extension HTMLNode {
    /// ``HTMLDocument/opaqueElements`` and ``HTMLDocument/blockElements`` sorted by name
    /// length: a node is made for every element of every page, and the length picks the few
    /// names to compare, cheaper than hashing the name into a set.
    static let opaqueByLength = NamesByLength(HTMLDocument.opaqueElements)
    static let blockByLength = NamesByLength(HTMLDocument.blockElements)

    struct NamesByLength: Sendable {
        private let buckets: [[String]]

        init(_ names: Set<String>) {
            var buckets = [[String]](repeating: [], count: (names.map(\.utf8.count).max() ?? 0) + 1)
            for name in names.sorted() { buckets[name.utf8.count].append(name) }
            self.buckets = buckets
        }

        func contains(_ name: String) -> Bool {
            let length = name.utf8.count
            return length < buckets.count && buckets[length].contains(name)
        }
    }
}

/// One attribute of an element.
public struct HTMLAttribute: Sendable, Equatable {
    /// The lower-cased attribute name.
    public var name: String
    /// The attribute value with character references decoded.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A problem the HTML parser reported.
public struct ParseDiagnostic: Sendable, Equatable, Codable {
    /// The 1-based line of the problem (0 when unknown).
    public var line: Int
    /// The parser's own message, trimmed.
    public var message: String
    /// The parser's error code.
    public var code: Int

    /// Creates a diagnostic.
    public init(line: Int, message: String, code: Int) {
        self.line = line
        self.message = message
        self.code = code
    }
}

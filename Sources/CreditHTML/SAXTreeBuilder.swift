internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the page's tree straight from libxml2's SAX events, without libxml2's own DOM.
///
/// `htmlReadMemory` builds a C tree (a malloc per node, attribute and text, and `strdup`s)
/// that would then have to be copied into Swift and freed. Here the HTML parser runs with the
/// same options, and these callbacks record what libxml2's SAX2 tree builder (`SAX2.c`,
/// 2.9.14) would have built: the Swift nodes themselves, made as the events come, plus a
/// small shadow of libxml2's links (``Link``) for the few things only the whole tree decides.
/// The result is the same, node for node, as copying libxml2's tree in document order.
///
/// What SAX2 does that a naive builder would not:
/// - text outside any element is dropped, and consecutive character events of the same kind
///   (text, or the CDATA of `script`/`style`) extend the last child instead of adding one;
/// - an element started while no element is open goes under the first element of the
///   document when the document's first child is an element (no doctype), else beside it;
/// - a tag name with a colon keeps only its local part (`xmlSplitQName`), which may also
///   report a "not XML Namespace compliant" error;
/// - an attribute without a value is empty, except boolean ones (`checked`), whose value is
///   their name; `id` values (and `name` on `a`) are registered, a repeat is reported;
/// - processing instructions are nodes that are never copied but split text;
/// - a CDATA node has no line of its own; `xmlGetLineNo` gives it its previous sibling's or its
///   parent's.
///
/// One difference is on purpose: a node's line is the parser's line when the node was made,
/// however large. libxml2 2.9's HTML parser caps the lines it stores at 65,535 (it does not
/// pass `XML_PARSE_BIG_LINES` on), which would point every finding on a long page at one line.
///
/// A value type reached through a pointer (see ``LibXML2Converter``), so that the callbacks
/// pay for neither reference counting nor exclusivity checks.
struct SAXTreeBuilder {
    enum Kind: UInt8 { case document, element, text, cdata, comment, instruction }

    /// libxml2's view of one node; links are indices into ``links``, -1 for none.
    struct Link {
        var kind: Kind
        /// The line the parser was on when the node was made.
        var line: Int32
        var parent: Int32
        var first: Int32 = -1
        var last: Int32 = -1
        var next: Int32 = -1
        var previous: Int32 = -1
        /// The node's index in ``nodes`` (-1 for a processing instruction).
        var node: Int32 = -1
        /// Elements: where their children go in ``nodes`` (themselves, or their parent at
        /// the depth limit).
        var target: Int32 = 0
    }

    /// The Swift nodes in the order they were made: document order, unless ``reordered``.
    var nodes: [HTMLNode] = [HTMLNode(kind: .document)]
    /// Each node's depth in ``nodes``.
    var depths: [Int32] = [0]
    var links: [Link] = [Link(kind: .document, line: 0, parent: -1)]
    /// Set when an element went under a closed root that has later siblings: creation
    /// order is then not document order, and ``document(encoding:diagnostics:)`` reorders.
    var reordered = false
    /// Set when the page holds something this builder does not mirror (an `xml:id`
    /// attribute): the page is then parsed again through libxml2's own tree
    /// (``LibXML2DOMConverter``).
    var needsDOM = false
    /// Links without a line of their own (CDATA): ``finish()`` takes it from the tree.
    var lineless: [Int32] = []
    /// The open elements, innermost last (SAX2's `ctxt->node` stack).
    private var open: [Int32] = []
    /// The text or CDATA node that may still grow, and its characters so far.
    private var pendingText: Int32 = -1
    /// The growing node's raw characters, once a second chunk comes (or when its first one
    /// did not survive decoding as it was); most text arrives in one chunk, which becomes
    /// the node's string at once, with no copy in between.
    private var pendingBytes: [UInt8] = []
    private var pendingIsRaw = false
    /// Whether a doctype made a DTD node the document's first child.
    private var sawDoctype = false
    let context: htmlParserCtxtPtr
    private let ids: IDRegistry
    var names = SAXNameCache()
    /// Whether the readers that stand in for libxml2 (``LeadingTextReader``, ``StartTagReader``
    /// …) read where they can: the same tree and diagnostics; tests compare.
    var readsInPlace = true
    var inPlace = InPlaceReads()
    /// The attributes ``StartTagReader`` read for the tag libxml2 reads next.
    var startTags = StartTagArena()
    /// This thread's table, which ``LibXML2Converter`` gives back once the page is parsed.
    private(set) var identifierCache = ThreadIdentifierCache.take()
    /// The element lists of the page, by index in ``nodes`` (see ``ElementIndex``).
    var index = ElementIndex()

    /// `size`: the page's length, from which the node count is guessed, to grow the arrays
    /// once or twice rather than a dozen times.
    init(context: htmlParserCtxtPtr, size: Int) {
        self.context = context
        ids = IDRegistry(context: context)
        let expected = min(size / 64, 1 << 16) + 64
        nodes.reserveCapacity(expected)
        depths.reserveCapacity(expected)
        links.reserveCapacity(expected)
        pendingBytes.reserveCapacity(4096)
    }

    /// The line the parser is on.
    var currentLine: Int32 {
        guard let input = context.pointee.input else { return 0 }
        return input.pointee.line
    }

    /// Adds a node where the children of libxml2's `parent` go, and returns its index. The
    /// node is consumed: moved into the array, not copied field by field and then destroyed.
    @inline(__always)
    private mutating func appendNode(_ node: consuming HTMLNode, parent: Int32) -> Int32 {
        let target = Int(links[Int(parent)].target)
        let position = nodes.count
        nodes.append(node)
        nodes[position].parent = target
        depths.append(depths[target] + 1)
        // Children lists are filled in once the tree is done (``document(encoding:diagnostics:)``),
        // each at its final size, rather than grown an element at a time.
        return Int32(position)
    }

    /// Adds a link as the last child of `parent`. Made here from its fields rather than
    /// passed in: a `Link` handed over in memory is read back before the caller's stores
    /// land (a store-forwarding stall), on every node of every page.
    private mutating func append(_ kind: Kind, line: Int32, parent: Int32, node: Int32 = -1) -> Int32 {
        var link = Link(kind: kind, line: line, parent: parent, node: node)
        let index = Int32(links.count)
        let parent = Int(link.parent)
        if link.kind == .element {
            let position = Int(link.node)
            link.target = Int(depths[position]) < Self.maximumDepth ? link.node : Int32(nodes[position].parent)
        }
        if link.node >= 0, link.kind == .cdata { lineless.append(index) }
        let previous = links[parent].last
        link.previous = previous
        links.append(link)
        if previous >= 0 { links[Int(previous)].next = index } else { links[parent].first = index }
        links[parent].last = index
        return index
    }

    mutating func startElement(
        _ fullName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        finishText()
        let (attributes, line) = attributesReadInPlace(for: fullName, attributes)
        let element = names.element(fullName) ?? ElementName(Self.localName(fullName, context: context))
        let name = element.name
        // The node's index-to-be, for the element lists (``ElementIndex``).
        let nodePosition = nodes.count
        if element.tagSlot >= 0 { index.byTag[Int(element.tagSlot)].append(nodePosition) }
        var list: [HTMLAttribute] = []
        var identifiers: IdentifierWords?
        if let attributes {
            // The first `class` and `id` decide the split (``IdentifierWords``); their strings
            // and split come shared from the cache. Counted in the same pass, so that the list
            // is allocated once at its size.
            var count = 0
            var classAt = -1
            var idAt = -1
            while let attributeName = attributes[count * 2] {
                if classAt < 0, Self.isNamed(attributeName, "class") { classAt = count }
                if idAt < 0, Self.isNamed(attributeName, "id") { idAt = count }
                count += 1
            }
            var shared: SAXIdentifierCache.Entry?
            if classAt >= 0 || idAt >= 0 {
                let entry = identifierCache.entry(
                    class: classAt < 0 ? nil : Self.value(attributes, classAt),
                    id: idAt < 0 ? nil : Self.value(attributes, idAt))
                identifiers = entry.identifiers
                shared = entry
            }
            list.reserveCapacity(count)
            for position in 0..<count {
                let attributeName = attributes[position * 2]!
                var raw = attributes[position * 2 + 1]
                if raw == nil, htmlIsBooleanAttr(attributeName) != 0 { raw = UnsafePointer(attributeName) }
                let value =
                    position == classAt
                    ? shared?.classValue ?? ""
                    : position == idAt
                        ? shared?.idValue ?? ""
                        : raw.map { String(cString: $0) } ?? ""
                let attribute = names.attribute(attributeName)
                list.append(HTMLAttribute(name: attribute.name, value: value))
                if attribute.attributeSlot >= 0, index.byAttribute[Int(attribute.attributeSlot)].last != nodePosition {
                    index.byAttribute[Int(attribute.attributeSlot)].append(nodePosition)
                }
                if let raw, IDRegistry.isID(attributeName, element: name) { ids.register(raw) }
                if attributeName[0] == 0x78, xmlStrEqual(attributeName, "xml:id") != 0 { needsDOM = true }
            }
        }
        let parent: Int32
        if let top = open.last {
            parent = top
        } else if !sawDoctype, links[0].first >= 0, links[Int(links[0].first)].kind == .element {
            // SAX2 puts it under the root; document order then differs if the root has
            // later siblings.
            parent = links[0].first
            if links[0].last != parent { reordered = true }
        } else {
            parent = 0
        }
        let node = appendNode(
            HTMLNode(element: element, attributes: list, identifiers: identifiers, line: Int(line), parent: 0),
            parent: parent)
        open.append(append(.element, line: line, parent: parent, node: node))
        if readsInPlace { readInPlace(after: element, named: fullName) }
    }

    mutating func endElement(_ name: UnsafePointer<xmlChar>?) {
        finishText()
        _ = open.popLast()
        if readsInPlace, let name { readTextInPlace(afterEndOf: name) }
    }

    mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int32, kind: Kind) {
        // SAX2 drops text outside any element.
        guard let parent = open.last else { return }
        let chunk = UnsafeBufferPointer(start: bytes, count: Int(max(count, 0)))
        let last = links[Int(parent)].last
        if last >= 0, links[Int(last)].kind == kind {
            if last != pendingText {
                // Not expected (any other event ends a text run), but SAX2 would extend it.
                finishText()
                pendingText = last
            }
            if !pendingIsRaw {
                // The first chunk's string holds its bytes exactly (see below). Copied into the
                // buffer kept from earlier runs, so that a long script grows one buffer.
                pendingBytes.removeAll(keepingCapacity: true)
                pendingBytes.append(contentsOf: nodes[Int(links[Int(last)].node)].text.utf8)
                pendingIsRaw = true
            }
            pendingBytes.append(contentsOf: chunk)
            return
        }
        finishText()
        // SAX2 gives new text nodes a line; xmlNewCDataBlock does not.
        let line = kind == .text ? currentLine : 0
        let text = Self.cString(chunk)
        let node = appendNode(HTMLNode(characters: text, kind: .text, line: Int(line)), parent: parent)
        pendingText = append(kind, line: line, parent: parent, node: node)
        // A chunk cut at a NUL or repaired while decoding is kept raw, so that a following
        // chunk extends the bytes libxml2 gave, as one C string, exactly as before.
        if text.utf8.count != chunk.count {
            pendingBytes.append(contentsOf: chunk)
            pendingIsRaw = true
        }
    }

    mutating func comment(_ value: UnsafePointer<xmlChar>?) {
        finishText()
        let text = value.map { String(cString: $0) } ?? ""
        let line = currentLine
        let parent = open.last ?? 0
        let node = appendNode(HTMLNode(characters: text, kind: .comment, line: Int(line)), parent: parent)
        _ = append(.comment, line: line, parent: parent, node: node)
    }

    mutating func processingInstruction() {
        finishText()
        _ = append(.instruction, line: currentLine, parent: open.last ?? 0)
    }

    mutating func doctype() {
        sawDoctype = true
    }

    /// Gives the growing text node its characters: nothing can extend it any more.
    mutating func finishText() {
        guard pendingText >= 0 else { return }
        if pendingIsRaw {
            let node = Int(links[Int(pendingText)].node)
            nodes[node].text = pendingBytes.withUnsafeBufferPointer(Self.cString)
            pendingBytes.removeAll(keepingCapacity: true)
            pendingIsRaw = false
        }
        pendingText = -1
    }

    /// Characters as libxml2's tree holds them: a C string, so a NUL would end it.
    private static func cString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        var count = bytes.count
        if let nul = memchr(base, 0, count) { count = UnsafeRawPointer(nul) - UnsafeRawPointer(base) }
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}

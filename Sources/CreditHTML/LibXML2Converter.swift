internal import CLibXML2
import CreditDocument

/// The one place where libxml2 parses a page: its HTML parser reports SAX events, which
/// ``SAXTreeBuilder`` turns into the Swift tree; libxml2 builds no tree of its own.
///
/// No libxml2 pointer outlives ``parse(utf8:encoding:)``: the parser context is freed
/// before it returns.
enum LibXML2Converter {
    /// Parse options: recover from errors, never fetch anything, keep quiet, ignore
    /// `<meta charset>` (the bytes arrive already decoded to UTF-8), and lift libxml2's
    /// hard-coded limits (a 10 MB text node, 256 levels of nesting), beyond which it would stop
    /// parsing and silently drop the rest of the page; memory stays bounded by
    /// `--max-file-size`. `XML_PARSE_BIG_LINES` is asked for, but libxml2 2.9's HTML parser
    /// does not pass it on: the lines it stores stay capped at 65,535, so the tree builder
    /// takes each node's line from the parser's input instead (see ``SAXTreeBuilder``).
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_BIG_LINES.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 bytes; `encoding` is only recorded as the charset the page was read in.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> HTMLDocument {
        parsed(utf8: bytes, encoding: encoding).document
    }

    /// ``parse(utf8:encoding:)``, with how much content was read in place of libxml2;
    /// `readingInPlace: false` leaves all of it to libxml2, for tests that compare the two.
    static func parsed(utf8 bytes: UnsafeBufferPointer<UInt8>, encoding: String, readingInPlace: Bool = true)
        -> (document: HTMLDocument, inPlace: InPlaceReads)
    {
        LibXML2Setup.initialize()
        let collector = DiagnosticCollector()
        // An empty page has no tree to parse: it stays an empty document.
        guard let start = bytes.baseAddress, !bytes.isEmpty,
            let context = xmlCreateMemoryParserCtxt(
                UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count))
        else { return (HTMLDocument(nodes: [HTMLNode(kind: .document)], encoding: encoding), InPlaceReads()) }
        defer { xmlFreeParserCtxt(context) }
        // The builder is reached from C through the context's `_private` pointer.
        let builder = UnsafeMutablePointer<SAXTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: SAXTreeBuilder(context: context, size: bytes.count))
        builder.pointee.readsInPlace = readingInPlace
        defer {
            builder.pointee.startTags.release()
            builder.deinitialize(count: 1).deallocate()
        }
        collector.capturing {
            context.pointee._private = UnsafeMutableRawPointer(builder)
            Self.installCallbacks(context)
            Self.run(context)
            context.pointee._private = nil
        }
        ThreadIdentifierCache.giveBack(builder.pointee.identifierCache)
        if builder.pointee.needsDOM {
            return (LibXML2DOMConverter.parse(utf8: bytes, encoding: encoding), InPlaceReads())
        }
        return (
            builder.pointee.document(encoding: encoding, diagnostics: collector.diagnostics),
            builder.pointee.inPlace
        )
    }

    /// What `htmlReadMemory` does between creating the context and returning, minus the tree:
    /// the same options, the page read as UTF-8, the same document parse.
    ///
    /// `htmlReadMemory` given "UTF-8" installs libxml2's UTF-8 to UTF-8 converter, which
    /// copies the whole page once more through a check of every byte. The bytes here are
    /// valid UTF-8 already (see ``HTMLParser``), so the parser is told the charset instead,
    /// as libxml2 does for UTF-8 it detects, and reads the input as it is.
    private static func run(_ context: htmlParserCtxtPtr) {
        htmlCtxtUseOptions(context, options)
        context.pointee.html = 1
        xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        if let input = context.pointee.input {
            // A charset named on the input keeps `<meta charset>` from switching it.
            if let old = input.pointee.encoding { clx_free(UnsafeMutableRawPointer(mutating: old)) }
            input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        }
        htmlParseDocument(context)
        // No callback creates a document; free one defensively should a default ever do so.
        if let document = context.pointee.myDoc {
            xmlFreeDoc(document)
            context.pointee.myDoc = nil
        }
    }

    /// libxml2's HTML defaults (as `htmlReadMemory` copies them), with the tree-building
    /// callbacks replaced by the builder's and the document ones removed.
    private static func installCallbacks(_ context: htmlParserCtxtPtr) {
        htmlDefaultSAXHandlerInit()
        guard let sax = context.pointee.sax, let defaults = __htmlDefaultSAXHandler() else { return }
        UnsafeMutableRawPointer(sax).copyMemory(from: defaults, byteCount: MemoryLayout<xmlSAXHandlerV1>.size)
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.internalSubset = { context, _, _, _ in LibXML2Converter.builder(context)?.pointee.doctype() }
        sax.pointee.startElement = { context, name, attributes in
            guard let name else { return }
            LibXML2Converter.builder(context)?.pointee.startElement(name, attributes)
        }
        sax.pointee.endElement = { context, name in LibXML2Converter.builder(context)?.pointee.endElement(name) }
        sax.pointee.characters = { context, bytes, count in
            guard let bytes, let builder = LibXML2Converter.builder(context) else { return }
            builder.pointee.characters(bytes, count: count, kind: .text)
            builder.pointee.readStartTagInPlaceAfterContent()
        }
        sax.pointee.cdataBlock = { context, bytes, count in
            guard let bytes else { return }
            LibXML2Converter.builder(context)?.pointee.characters(bytes, count: count, kind: .cdata)
        }
        sax.pointee.comment = { context, value in
            guard let builder = LibXML2Converter.builder(context) else { return }
            builder.pointee.comment(value)
            builder.pointee.readStartTagInPlaceAfterContent()
        }
        sax.pointee.processingInstruction = { context, _, _ in
            LibXML2Converter.builder(context)?.pointee.processingInstruction()
        }
    }

    /// The builder of the parse a callback belongs to (`userData` is the parser context).
    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTreeBuilder>? {
        guard let context,
            let builder = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private
        else { return nil }
        return builder.assumingMemoryBound(to: SAXTreeBuilder.self)
    }
}

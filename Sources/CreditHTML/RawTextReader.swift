internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the content of a `script` or `style` element in place of libxml2, with the same
/// result.
///
/// libxml2 2.9's HTML parser reads that content one character at a time (`htmlParseScript`:
/// a decoding call, a check and a copy for each), and on pages of today that content is about
/// two fifths of the bytes and a quarter of the whole parse. This reads it in one pass over the
/// bytes, gives it to the tree as the CDATA libxml2 would have given, raises the errors libxml2
/// would have raised, and moves the parser to the end tag, which libxml2 then reads as usual.
///
/// It mirrors `htmlParseElementInternal`, `htmlParseContentInternal` and `htmlParseScript` of
/// libxml2 2.9.14 (HTMLparser.c), and runs only with that version. Anything those would treat
/// differently from plain content is left to libxml2, before anything is changed: content that
/// starts like a tag, a character that is not allowed in XML (libxml2 drops it with an error),
/// an element not closed, or an end tag other than exactly `</script>` or `</style>`. The bytes
/// are valid UTF-8 (see ``LibXML2Converter``), so no decoding error can arise in the content.
enum RawTextReader {
    /// Reads the content when the parser stands at the `>` of a `script` or `style` start tag
    /// (the start-element event is being reported), hands it to `content` and moves the parser
    /// to the end tag; returns false, having changed nothing, when libxml2 must read it itself.
    static func read(
        _ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>, content: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        guard let found = find(context, name: name) else { return false }
        let input = context.pointee.input!
        content(UnsafeBufferPointer(start: found.start, count: found.close - found.start))
        // "Element script embeds close tag", at the line and column of each `</` within.
        for position in found.embeddedEndTags {
            input.pointee.line = position.line
            input.pointee.col = position.column
            clx_html_error(
                context, Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), "Element %s embeds close tag\n",
                context.pointee.name)
        }
        StartTagContent.move(context, to: found.close, line: found.endLine, column: found.endColumn)
        return true
    }

    /// Where the content ends, and what libxml2 would report while reading it.
    private struct Content {
        var start: UnsafePointer<UInt8>
        /// The `<` of the end tag.
        var close: UnsafePointer<UInt8>
        var endLine: Int32
        var endColumn: Int32
        var embeddedEndTags: [(line: Int32, column: Int32)]
    }

    private static func find(_ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>) -> Content? {
        guard let (start, end) = StartTagContent.opening(context, name: name),
            let input = context.pointee.input
        else { return nil }
        let nameLength = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        guard isRawTextElement(name, length: nameLength), StartTagContent.isReadFromPage(context, name: name) else {
            return nil
        }
        // Content that starts with `</` or a tag is read by libxml2's content loop, not as
        // script text.
        if start.pointee == UInt8(ascii: "<"), start + 1 < end,
            start[1] == UInt8(ascii: "/") || startsName(start[1])
        {
            return nil
        }
        var lines = LineCounter(start: start, line: input.pointee.line, column: input.pointee.col + 1)
        var embedded: [(line: Int32, column: Int32)] = []
        var byte = start
        while byte < end {
            // Most of a script or style sheet is neither `<`, a control character nor the start
            // of U+FFFE/U+FFFF.
            lines.skipPlainWords(&byte, end: end, stoppingAtAmpersand: false)
            guard byte < end else { break }
            let value = byte.pointee
            if value == UInt8(ascii: "\n") {
                lines.pass(newLineAt: byte)
            } else if value == UInt8(ascii: "<"), byte + 1 < end, byte[1] == UInt8(ascii: "/") {
                if closes(byte + 2, end: end, name: name, length: nameLength) { break }
                embedded.append((lines.line, lines.column(at: byte)))
            } else if StartTagContent.isUnusual(byte, end: end) {
                return nil
            }
            byte += 1
        }
        guard byte < end, byte + 2 + nameLength < end, byte[2 + nameLength] == UInt8(ascii: ">"),
            byte > start, byte - start <= Int(Int32.max)
        else { return nil }
        return Content(
            start: start, close: byte, endLine: lines.line, endColumn: lines.column(at: byte),
            embeddedEndTags: embedded)
    }

    /// `script` or `style`, the elements libxml2 reads as CDATA (its content loop compares the
    /// exact lower-case names).
    private static func isRawTextElement(_ name: UnsafePointer<xmlChar>, length: Int) -> Bool {
        switch length {
        case 6: memcmp(name, "script", 6) == 0
        case 5: memcmp(name, "style", 5) == 0
        default: false
        }
    }

    /// What `htmlParseContentInternal` takes for the start of a tag after `<`.
    private static func startsName(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":")
    }

    /// Whether the element's name follows, in any case of ASCII letters (`xmlStrncasecmp`
    /// over the name's length, as `htmlParseScript` compares in recovery mode).
    private static func closes(
        _ text: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, name: UnsafePointer<xmlChar>, length: Int
    ) -> Bool {
        end - text >= length && StartTagContent.spells(name, length: length, at: text)
    }
}

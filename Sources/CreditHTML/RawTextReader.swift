internal import CLibXML2

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
    /// The one libxml2 whose reading of `script` and `style` this repeats.
    static let mirroredVersion = "20914"

    /// The running libxml2's version, as digits (`20914`).
    static let runningVersion = String(cString: clx_parser_version())

    /// Whether the running libxml2 is ``mirroredVersion``.
    static let isAvailable = runningVersion == mirroredVersion

    /// Reads the content when the parser stands at the `>` of a `script` or `style` start tag
    /// (the start-element event is being reported), hands it to `content` and moves the parser
    /// to the end tag; returns false, having changed nothing, when libxml2 must read it itself.
    static func read(_ context: htmlParserCtxtPtr, content: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard isAvailable, let found = find(context) else { return false }
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
        // libxml2 steps over the start tag's `>` once this event returns; the last byte of the
        // content becomes that `>`, so the step lands on the end tag, with the line and column
        // the parser would have there.
        let last = UnsafeMutablePointer(mutating: found.close - 1)
        last.pointee = UInt8(ascii: ">")
        input.pointee.cur = UnsafePointer(last)
        input.pointee.line = found.endLine
        input.pointee.col = found.endColumn - 1
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

    private static func find(_ context: htmlParserCtxtPtr) -> Content? {
        let parser = context.pointee
        guard parser.recovery != 0, parser.disableSAX == 0, parser.token == 0,
            parser.instate != XML_PARSER_EOF, let input = parser.input, let name = parser.name,
            let cursor = input.pointee.cur, let end = input.pointee.end,
            cursor < end, cursor.pointee == UInt8(ascii: ">")
        else { return nil }
        let nameLength = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        guard isRawTextElement(name, length: nameLength) else { return nil }
        let start = cursor + 1
        // Content that starts with `</` or a tag is read by libxml2's content loop, not as
        // script text; an empty element has nothing to read.
        guard start < end else { return nil }
        if start.pointee == UInt8(ascii: "<"), start + 1 < end,
            start[1] == UInt8(ascii: "/") || startsName(start[1])
        {
            return nil
        }
        var lines = LineCounter(start: start, line: input.pointee.line, column: input.pointee.col + 1)
        var embedded: [(line: Int32, column: Int32)] = []
        var byte = start
        while byte < end {
            // Eight bytes at a time past plain text, counting its new lines: most of a script
            // or style sheet is neither `<`, a control character nor the start of U+FFFE/U+FFFF.
            while end - byte >= 8 {
                let word = UnsafeRawPointer(byte).loadUnaligned(as: UInt64.self)
                let newLines = Self.zeroBytes(word ^ Self.repeated(0x0A))
                let controls =
                    Self.zeroBytes(word & Self.repeated(0xE0)) & ~newLines & ~Self.zeroBytes(word ^ Self.repeated(0x09))
                    & ~Self.zeroBytes(word ^ Self.repeated(0x0D))
                let special =
                    controls | Self.zeroBytes(word ^ Self.repeated(0x3C)) | Self.zeroBytes(word ^ Self.repeated(0xEF))
                guard special == 0 else {
                    // On to the first special byte, past the new lines before it.
                    let offset = special.trailingZeroBitCount / 8
                    let before = newLines & ((1 << (8 * UInt64(offset))) &- 1)
                    if before != 0 { lines.pass(newLines: before, at: byte) }
                    byte += offset
                    break
                }
                if newLines != 0 { lines.pass(newLines: newLines, at: byte) }
                byte += 8
            }
            guard byte < end else { break }
            let value = byte.pointee
            if value == UInt8(ascii: "\n") {
                lines.pass(newLineAt: byte)
            } else if value == UInt8(ascii: "<"), byte + 1 < end, byte[1] == UInt8(ascii: "/") {
                if closes(byte + 2, end: end, name: name, length: nameLength) { break }
                embedded.append((lines.line, lines.column(at: byte)))
            } else if value < 0x20, value != 0x09, value != 0x0D {
                return nil
            } else if value == 0xEF, byte + 2 < end, byte[1] == 0xBF, byte[2] >= 0xBE {
                return nil  // U+FFFE or U+FFFF
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

    /// `byte` in each of a word's eight bytes.
    private static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The high bit of each byte of `word` that is zero, and no other bit.
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word) & 0x8080_8080_8080_8080
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
        guard end - text >= length else { return false }
        for offset in 0..<length {
            var byte = text[offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != name[offset] { return false }
        }
        return true
    }
}

/// The line and column libxml2 keeps while it reads content (`NEXTL`): a new line starts
/// each line at column 1, and every other character adds one column. Columns are counted only
/// where asked, from the last new line.
private struct LineCounter {
    private(set) var line: Int32
    private let start: UnsafePointer<UInt8>
    private let startColumn: Int32
    /// Just after the last new line passed, nil while on the first line.
    private var lineStart: UnsafePointer<UInt8>?

    init(start: UnsafePointer<UInt8>, line: Int32, column: Int32) {
        self.start = start
        self.line = line
        startColumn = column
    }

    mutating func pass(newLineAt byte: UnsafePointer<UInt8>) {
        line += 1
        lineStart = byte + 1
    }

    /// Passes the eight bytes at `word`, whose new lines `newLines` marks (the high bit of each).
    mutating func pass(newLines: UInt64, at word: UnsafePointer<UInt8>) {
        line += Int32(newLines.nonzeroBitCount)
        lineStart = word + (63 - newLines.leadingZeroBitCount) / 8 + 1
    }

    /// The column of the character at `byte`: characters are counted, not UTF-8 continuation
    /// bytes.
    func column(at byte: UnsafePointer<UInt8>) -> Int32 {
        let from = lineStart ?? start
        var count: Int32 = lineStart == nil ? startColumn : 1
        var next = from
        while next < byte {
            if next.pointee & 0xC0 != 0x80 { count += 1 }
            next += 1
        }
        return count
    }
}

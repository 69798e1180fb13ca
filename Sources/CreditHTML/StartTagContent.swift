internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the readers that take over from libxml2 around a tag share (``RawTextReader``,
/// ``LeadingTextReader``, ``TrailingTextReader``, ``StartTagReader``): when they may, where the
/// content starts, and how the parser is moved past what they read.
///
/// They mirror `htmlParseElementInternal`, `htmlParseEndTag` and `htmlParseContentInternal` of
/// libxml2 2.9.14 (HTMLparser.c), and run only with that version.
enum StartTagContent {
    /// The one libxml2 whose reading these readers repeat.
    static let mirroredVersion = "20914"

    /// The running libxml2's version, as digits (`20914`).
    static let runningVersion = String(cString: clx_parser_version())

    /// Whether the running libxml2 is ``mirroredVersion``.
    static let isAvailable = runningVersion == mirroredVersion

    /// Whether the parser is in the state the readers assume: libxml2 is the mirrored version,
    /// recovering, reporting events, and builds no tree of its own (`node` stays empty, so
    /// libxml2 never drops white space).
    static func isReady(_ parser: xmlParserCtxt) -> Bool {
        isAvailable && parser.recovery != 0 && parser.disableSAX == 0 && parser.token == 0
            && parser.instate != XML_PARSER_EOF && parser.node == nil && parser.myDoc == nil
    }

    /// The parser's input when it stands at the `>` that ends the start tag `name`, whose
    /// start-element event is being reported, and ``isReady(_:)``. The caller also asks
    /// ``isReadFromPage(_:name:)``.
    static func opening(_ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>) -> (
        start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>
    )? {
        let parser = context.pointee
        guard isReady(parser), parser.name == name, let input = parser.input,
            let cursor = input.pointee.cur, let end = input.pointee.end,
            cursor < end, cursor.pointee == UInt8(ascii: ">"), cursor + 1 < end
        else { return nil }
        return (cursor + 1, end)
    }

    /// Whether the `length` bytes at `text` are the (lower-case) tag name `name` in any case
    /// of ASCII letters, as libxml2 compares names it reads (`xmlStrncasecmp`).
    static func spells(_ name: UnsafePointer<xmlChar>, length: Int, at text: UnsafePointer<UInt8>) -> Bool {
        for offset in 0..<length {
            var byte = text[offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != name[offset] { return false }
        }
        return true
    }

    /// Whether the start-element event for `name` is that of a tag read from the page, after
    /// which the parser stands at the tag's end. Only such a tag has its name in the parser's
    /// dictionary: the elements libxml2 implies (`html`, `body`, `p`) are reported with names
    /// of its own wherever it stands, often at the `>` of the tag that implied them.
    static func isReadFromPage(_ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>) -> Bool {
        xmlDictOwns(context.pointee.dict, name) == 1
    }

    /// Moves the parser to `stop`, the first byte not read, as if it had read everything
    /// before it: with the line and column it would have there.
    ///
    /// libxml2 steps over the start tag's `>` once the event returns; the last byte read
    /// becomes that `>`, so the step lands on `stop`. That byte is libxml2's own copy of the
    /// page (`xmlCreateMemoryParserCtxt` copies it), already passed on, and never read again.
    static func move(_ context: htmlParserCtxtPtr, to stop: UnsafePointer<UInt8>, line: Int32, column: Int32) {
        let input = context.pointee.input!
        let last = UnsafeMutablePointer(mutating: stop - 1)
        last.pointee = UInt8(ascii: ">")
        input.pointee.cur = UnsafePointer(last)
        input.pointee.line = line
        input.pointee.col = column - 1
    }

    /// The bytes of a word that libxml2 does not copy as they are (`IS_CHAR`): control
    /// characters other than tab, line feed and carriage return, and the first byte of
    /// U+FFFE and U+FFFF (0xEF, for a closer look), marked in the high bit of each byte.
    static func unusual(_ word: UInt64, newLines: UInt64) -> UInt64 {
        let controls = ASCIIWords.zeroBytes(word & ASCIIWords.repeated(0xE0)) & ~newLines
        return controls & ~ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0x09))
            & ~ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0x0D))
            | ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0xEF))
    }

    /// Whether the byte at `byte` starts what libxml2 would not copy as it is (see
    /// ``unusual(_:newLines:)``).
    static func isUnusual(_ byte: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> Bool {
        let value = byte.pointee
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return value == 0xEF && end - byte > 2 && byte[1] == 0xBF && byte[2] >= 0xBE
    }
}

/// How many times content was read in place of libxml2 on a page.
struct InPlaceReads: Equatable {
    /// `script` and `style` elements (``RawTextReader``).
    var rawText = 0
    /// Texts right after a start tag (``LeadingTextReader``).
    var leadingText = 0
    /// Texts right after an end tag (``TrailingTextReader``).
    var trailingText = 0
    /// Start tags whose attributes were read (``StartTagReader``).
    var startTags = 0
}

/// The line and column libxml2 keeps while it reads content (`NEXTL`): a new line starts
/// each line at column 1, and every other character adds one column. Columns are counted only
/// where asked, from the last new line.
struct LineCounter {
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

    /// Moves `byte` eight bytes at a time past content with no `<` (nor `&`, when asked), no
    /// new line and nothing libxml2 would not copy as it is (see
    /// ``StartTagContent/unusual(_:newLines:)``), passing the new lines on the way: to the first
    /// such byte of the word that holds one, or to the last few bytes before `end`.
    @inline(__always)
    mutating func skipPlainWords(
        _ byte: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, stoppingAtAmpersand: Bool
    ) {
        while end - byte >= 8 {
            let word = UnsafeRawPointer(byte).loadUnaligned(as: UInt64.self)
            let newLines = ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0x0A))
            var special =
                StartTagContent.unusual(word, newLines: newLines)
                | ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0x3C))
            if stoppingAtAmpersand { special |= ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0x26)) }
            guard special == 0 else {
                let offset = special.trailingZeroBitCount / 8
                let before = newLines & ((1 << (8 * UInt64(offset))) &- 1)
                if before != 0 { pass(newLines: before, at: byte) }
                byte += offset
                return
            }
            if newLines != 0 { pass(newLines: newLines, at: byte) }
            byte += 8
        }
    }

    /// The column of the character at `byte`, on a line of ASCII bytes only up to it.
    func asciiColumn(at byte: UnsafePointer<UInt8>) -> Int32 {
        guard let lineStart else { return startColumn + Int32(byte - start) }
        return 1 + Int32(byte - lineStart)
    }

    /// The column of the character at `byte`: characters are counted, not UTF-8 continuation
    /// bytes.
    func column(at byte: UnsafePointer<UInt8>) -> Int32 {
        var next = lineStart ?? start
        var count: Int32 = lineStart == nil ? startColumn : 1
        // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts one.
        while byte - next >= 8 {
            let word = UnsafeRawPointer(next).loadUnaligned(as: UInt64.self)
            let continuations = word & ~(word << 1) & ASCIIWords.highBits
            count += 8 - Int32(continuations.nonzeroBitCount)
            next += 8
        }
        while next < byte {
            if next.pointee & 0xC0 != 0x80 { count += 1 }
            next += 1
        }
        return count
    }
}

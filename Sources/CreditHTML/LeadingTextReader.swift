internal import CLibXML2
import CreditDocument

/// Reads the text that follows a start tag in place of libxml2, with the same result.
///
/// libxml2 2.9's HTML parser reads text one character at a time (`htmlParseCharData`), as it
/// reads scripts (see ``RawTextReader``); most text of a page starts right after a start tag
/// (`<p>`, `<a href=…>`, `<figcaption>`). Inside any element but `html` and `head` (where text
/// opens an implied `p`), and without a tree of libxml2's own, that function passes the text
/// up to the next `<` or `&` on as it stands, in pieces of about 1,000 bytes, whatever it holds
/// (`areBlanks` and `htmlCheckParagraph` change nothing there). This reads that text in one
/// pass, gives it to the tree at the line libxml2 would give its first piece at, and moves the
/// parser to the `<` or `&`, which libxml2 then reads as usual.
///
/// Left to libxml2, before anything is changed: elements that are empty by libxml2's table
/// (`br`, `img`, whose following text belongs to the parent), `html`, `head`, `script` and
/// `style`, text that starts with `<` or `&`, runs to the end of the page, or holds a
/// character libxml2 does not copy as it is.
enum LeadingTextReader {
    /// The bytes libxml2 passes on in one piece (`HTML_PARSER_BIG_BUFFER_SIZE`).
    static let pieceSize = 1000

    /// Whether the parser stands at the `>` of a start tag with text after it, the first
    /// thing to know and the cheapest: most tags are followed by another.
    static func isBeforeText(_ context: htmlParserCtxtPtr) -> Bool {
        guard let input = context.pointee.input, let cursor = input.pointee.cur, let end = input.pointee.end,
            end - cursor > 1, cursor.pointee == UInt8(ascii: ">")
        else { return false }
        return cursor[1] != UInt8(ascii: "<") && cursor[1] != UInt8(ascii: "&")
    }

    /// Whether text after the start tag `name` may be read here: a tag read from the page
    /// (see ``StartTagContent/isReadFromPage(_:name:)``) of an element whose text libxml2
    /// passes on as it stands. The same for every start tag of one name at one address, so
    /// callers may keep the answer.
    static func allows(_ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>) -> Bool {
        StartTagContent.isReadFromPage(context, name: name) && holdsPlainText(name)
    }

    /// Reads the text when the parser stands at the `>` of a start tag (the start-element
    /// event is being reported) that ``allows(_:name:)``, hands it to `text` with the parser's
    /// line set to that of libxml2's first piece, and moves the parser past it; returns false,
    /// having changed nothing, when libxml2 must read it itself.
    static func read(
        _ context: htmlParserCtxtPtr, name: UnsafePointer<xmlChar>, text: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        guard let (start, end) = StartTagContent.opening(context, name: name), let input = context.pointee.input,
            let found = scan(from: start, end: end, line: input.pointee.line, column: input.pointee.col + 1)
        else { return false }
        input.pointee.line = found.firstPieceLine
        text(UnsafeBufferPointer(start: start, count: found.stop - start))
        StartTagContent.move(context, to: found.stop, line: found.line, column: found.column)
        return true
    }

    /// What reading a text found: where it stops (`<` or `&`), the line and column there, and
    /// the line libxml2 passes its first piece on at.
    struct Found {
        var stop: UnsafePointer<UInt8>
        var line: Int32
        var column: Int32
        var firstPieceLine: Int32
    }

    /// Reads text from `start`, at `line` and `column`, up to the next `<` or `&`; nil when it
    /// holds a character libxml2 does not copy as it is, or runs to the end.
    static func scan(from start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, line: Int32, column: Int32)
        -> Found?
    {
        guard start < end, start.pointee != UInt8(ascii: "<"), start.pointee != UInt8(ascii: "&") else { return nil }
        var lines = LineCounter(start: start, line: line, column: column)
        var byte = start
        while byte < end {
            lines.skipPlainWords(&byte, end: end, stoppingAtAmpersand: true)
            guard byte < end else { break }
            let value = byte.pointee
            if value == UInt8(ascii: "<") || value == UInt8(ascii: "&") { break }
            if value == UInt8(ascii: "\n") {
                lines.pass(newLineAt: byte)
            } else if StartTagContent.isUnusual(byte, end: end) {
                return nil
            }
            byte += 1
        }
        guard byte < end, byte - start <= Int(Int32.max) else { return nil }
        return Found(
            stop: byte, line: lines.line, column: lines.column(at: byte),
            firstPieceLine: firstPieceLine(start: start, stop: byte, startLine: line, endLine: lines.line))
    }

    /// The line libxml2 is on when it passes the first piece on: at the end for text shorter
    /// than a piece, else at the character that fills the piece (the one holding its last
    /// byte), before stepping past it. New lines are single bytes, so counting them up to
    /// that byte counts them up to that character.
    private static func firstPieceLine(
        start: UnsafePointer<UInt8>, stop: UnsafePointer<UInt8>, startLine: Int32, endLine: Int32
    ) -> Int32 {
        guard stop - start >= pieceSize else { return endLine }
        var line = startLine
        for byte in UnsafeBufferPointer(start: start, count: pieceSize - 1) where byte == UInt8(ascii: "\n") {
            line += 1
        }
        return line
    }

    /// Whether libxml2 reads the element's text as plain character data and passes it on as
    /// it stands: not `html` or `head`, not `script` or `style`, and not empty by its table.
    static func holdsPlainText(_ name: UnsafePointer<xmlChar>) -> Bool {
        if let description = htmlTagLookup(name), description.pointee.empty != 0 { return false }
        return xmlStrEqual(name, "html") == 0 && xmlStrEqual(name, "head") == 0
            && xmlStrEqual(name, "script") == 0 && xmlStrEqual(name, "style") == 0
    }
}

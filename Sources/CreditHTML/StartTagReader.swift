internal import CLibXML2
import CreditDocument

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the attributes of the start tag libxml2 is about to read, in place of libxml2, with
/// the same result.
///
/// `htmlParseStartTag` (libxml2 2.9.14) reads attribute values one character at a time, with
/// two calls for each (`htmlCurrentChar`, `xmlNextChar`), and values (`src`, `srcset`,
/// `class`, `href`, data attributes) are about a quarter of a page's bytes. Where the parser
/// stands before a start tag, this reads the tag's attributes in one pass as that function
/// would (names lower-cased and interned in the parser's dictionary, values as they stand),
/// keeps them in a ``StartTagArena``, and writes over the end of the tag the same tag without
/// attributes (`<img>`, `<img/>`), to which the parser moves, with the line and column it would
/// have there. The tree builder takes the attributes from the arena when the start-element
/// event for that tag comes; nothing else of the tag is read before that event but its name.
///
/// References are replaced as libxml2 replaces them (``AttributeReference``). Left to libxml2,
/// before anything is changed: tags that it reads more of than their attributes (`html`,
/// `head` and `body`, which it may drop, and `meta`, whose charset it reads unless told to
/// ignore it), names of 100 characters or more (it cuts them), and any tag whose attributes it
/// would report another error on or not copy as they stand: a bad or repeated name, a
/// reference it reads otherwise (`& `, `&#0;`), a NUL, a character that is not well-formed
/// UTF-8 or not a character (U+FFFE), an empty unquoted value, or no end.
enum StartTagReader {
    /// The longest name libxml2 reads whole (`HTML_PARSER_BUFFER_SIZE`), less one.
    static let nameLimit = 99

    /// Reads the start tag at `tag` (a `<` and an ASCII letter), which the parser reads next,
    /// when `tag` is at `line` and `column`; when `stepsOver`, the parser stands on a `>` it
    /// steps over first (a start-element event is being reported). Returns false, having
    /// changed nothing but the arena, when libxml2 must read the tag itself.
    static func read(
        _ context: htmlParserCtxtPtr, tag: UnsafePointer<UInt8>, line: Int32, column: Int32, stepsOver: Bool,
        into arena: inout StartTagArena
    ) -> Bool {
        guard let input = context.pointee.input, let base = input.pointee.base, let end = input.pointee.end,
            end - tag > 2, tag.pointee == UInt8(ascii: "<"), tag[1].isASCIILetter
        else { return false }
        let dictionary = context.pointee.dict
        var byte = tag + 1
        guard let element = intern(&byte, end: end, dictionary: dictionary, names: &arena.interned),
            isReadAsAttributesOnly(element, context)
        else { return false }
        let nameLength = byte - (tag + 1)
        var lines = LineCounter(start: tag, line: line, column: column)
        arena.begin()
        var value = AttributeValue()
        var tail = 0
        while tail == 0 {
            skipBlanks(&byte, end: end, lines: &lines)
            guard byte < end else { return false }
            if byte.pointee == UInt8(ascii: ">") {
                tail = 1
            } else if byte.pointee == UInt8(ascii: "/"), end - byte > 1, byte[1] == UInt8(ascii: ">") {
                tail = 2
            } else {
                guard readAttribute(&byte, end: end, dictionary: dictionary, lines: &lines, value: &value, into: &arena)
                else {
                    return false
                }
            }
        }
        guard arena.count > 0 else { return false }
        // `<`, the name and the tail, written over the end of the tag: libxml2 reads the name
        // there and stops where it would have stopped.
        let tagEnd = byte
        let moved = UnsafeMutablePointer(mutating: tagEnd - 1 - nameLength)
        memmove(moved + 1, tag + 1, nameLength)
        moved.pointee = UInt8(ascii: "<")
        let endColumn = value.holdsNonASCII ? lines.column(at: tagEnd) : lines.asciiColumn(at: tagEnd)
        let movedColumn = endColumn - 1 - Int32(nameLength)
        if stepsOver {
            StartTagContent.move(context, to: UnsafePointer(moved), line: lines.line, column: movedColumn)
        } else {
            input.pointee.cur = UnsafePointer(moved)
            input.pointee.line = lines.line
            input.pointee.col = movedColumn
        }
        arena.finish(name: element, endOffset: tagEnd - base, nameLine: line)
        report(value.missingSemicolons, context)
        return true
    }

    /// Reports the references without `;` as libxml2 would while reading the tag, each at the
    /// line and column it would stand at then.
    private static func report(_ missing: [AttributeReference.MissingSemicolon], _ context: htmlParserCtxtPtr) {
        guard !missing.isEmpty, let input = context.pointee.input else { return }
        let (line, column) = (input.pointee.line, input.pointee.col)
        for reference in missing {
            input.pointee.line = reference.line
            input.pointee.col = reference.column
            clx_html_error(
                context, Int32(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue), "htmlParseEntityRef: expecting ';'\n", nil)
        }
        input.pointee.line = line
        input.pointee.col = column
    }

    /// Whether libxml2 reads nothing of a tag named `name` but its attributes (see the type).
    /// It reads a `meta` tag's charset only when asked to follow it (no `HTML_PARSE_IGNORE_ENC`).
    private static func isReadAsAttributesOnly(_ name: UnsafePointer<xmlChar>, _ context: htmlParserCtxtPtr) -> Bool {
        guard xmlStrEqual(name, "html") == 0, xmlStrEqual(name, "head") == 0, xmlStrEqual(name, "body") == 0
        else { return false }
        return xmlStrEqual(name, "meta") == 0 || context.pointee.options & Int32(HTML_PARSE_IGNORE_ENC.rawValue) != 0
    }

    /// Reads one attribute at `byte` (not a blank, `>` or `/>`) as `htmlParseAttribute` does,
    /// passing what follows its name or value: false where libxml2 must read it.
    private static func readAttribute(
        _ byte: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, dictionary: xmlDictPtr?,
        lines: inout LineCounter, value: inout AttributeValue, into arena: inout StartTagArena
    ) -> Bool {
        guard let name = intern(&byte, end: end, dictionary: dictionary, names: &arena.interned), !arena.holds(name)
        else { return false }
        skipBlanks(&byte, end: end, lines: &lines)
        guard byte < end, byte.pointee == UInt8(ascii: "=") else {
            arena.add(name, valueStart: nil)
            return true
        }
        byte += 1
        skipBlanks(&byte, end: end, lines: &lines)
        guard byte < end else { return false }
        let start = arena.valueStart
        let quote = byte.pointee
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let stop = value.readQuoted(from: byte + 1, end: end, quote: quote, lines: &lines, into: &arena)
            else {
                return false
            }
            byte = stop + 1
        } else {
            guard let stop = value.readUnquoted(from: byte, end: end, lines: lines, into: &arena), stop > byte else {
                return false
            }
            byte = stop
        }
        arena.add(name, valueStart: start)
        return true
    }

    /// Reads a name at `byte` as `htmlParseHTMLName` does (an ASCII letter, `_`, `:` or `.`,
    /// then letters, digits, `:`, `-`, `_` and `.`), lower-cased and interned; nil when there
    /// is none or it is too long.
    private static func intern(
        _ byte: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, dictionary: xmlDictPtr?,
        names: inout InternedNames
    ) -> UnsafePointer<xmlChar>? {
        let start = byte
        guard start < end, start.pointee.startsHTMLName else { return nil }
        var next = start + 1
        var upper = start.pointee.isASCIIUppercase
        while next < end, next.pointee.continuesHTMLName {
            upper = upper || next.pointee.isASCIIUppercase
            next += 1
        }
        let length = next - start
        guard length <= nameLimit else { return nil }
        byte = next
        guard upper else { return names.name(at: start, length: length, readable: end - start, dictionary: dictionary) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: nameLimit) { lowered in
            for offset in 0..<length { lowered[offset] = start[offset].asciiLowercased }
            return xmlDictLookup(dictionary, lowered.baseAddress, Int32(length))
        }
    }

    /// Passes blanks (`htmlSkipBlankChars`: space, tab, line feed, carriage return).
    private static func skipBlanks(
        _ byte: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, lines: inout LineCounter
    ) {
        while byte < end {
            let value = byte.pointee
            if value == UInt8(ascii: "\n") {
                lines.pass(newLineAt: byte)
            } else if value != UInt8(ascii: " ") && value != UInt8(ascii: "\t") && value != UInt8(ascii: "\r") {
                return
            }
            byte += 1
        }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII letter.
    fileprivate var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    fileprivate var isASCIIUppercase: Bool { self >= 0x41 && self <= 0x5A }

    /// Whether libxml2's HTML parser starts a name with this byte.
    fileprivate var startsHTMLName: Bool {
        isASCIILetter || self == UInt8(ascii: "_") || self == UInt8(ascii: ":") || self == UInt8(ascii: ".")
    }

    /// Whether libxml2's HTML parser goes on with a name at this byte: an ASCII letter or
    /// digit, `:`, `-`, `_` or `.`, one bit each in a mask of the 128 ASCII bytes.
    fileprivate var continuesHTMLName: Bool {
        let low: UInt64 = 0x07FF_6000_0000_0000
        let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
        return self < 0x80 && ((self < 0x40 ? low : high) >> UInt64(self & 0x3F)) & 1 == 1
    }
}

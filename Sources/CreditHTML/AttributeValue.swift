internal import CLibXML2
import CreditDocument

/// Reads an attribute value as libxml2 2.9.14 does (`htmlParseHTMLAttribute`), for
/// ``StartTagReader``: up to its closing quote, or for an unquoted value up to a blank or `>`,
/// copying characters as they stand and replacing references (``AttributeReference``).
///
/// A value holds up the reading (nil) where libxml2 would end it early or report an error
/// this does not repeat: a NUL, a character that is not well-formed UTF-8 or not a character
/// (U+FFFE, U+FFFF), or a reference other than those ``AttributeReference`` reads.
struct AttributeValue {
    /// The references without `;` read, which libxml2 reports as errors.
    var missingSemicolons: [AttributeReference.MissingSemicolon] = []
    /// Whether a value read holds a character beyond ASCII: columns then need counting.
    var holdsNonASCII = false

    /// Reads a quoted value starting at `start`, after its opening `quote`, passing its new
    /// lines; returns its closing quote.
    mutating func readQuoted(
        from start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, quote: UInt8, lines: inout LineCounter,
        into arena: inout StartTagArena
    ) -> UnsafePointer<UInt8>? {
        let quotes = ASCIIWords.repeated(quote)
        let ampersands = ASCIIWords.repeated(UInt8(ascii: "&"))
        let newLines = ASCIIWords.repeated(UInt8(ascii: "\n"))
        var byte = start
        var copied = start
        while byte < end {
            if end - byte >= 8 {
                let word = UnsafeRawPointer(byte).loadUnaligned(as: UInt64.self)
                let special =
                    ASCIIWords.zeroBytes(word ^ quotes) | ASCIIWords.zeroBytes(word ^ ampersands)
                    | ASCIIWords.zeroBytes(word ^ newLines) | ASCIIWords.zeroBytes(word)
                    | (word & ASCIIWords.highBits)
                guard special != 0 else {
                    byte += 8
                    continue
                }
                byte += special.trailingZeroBitCount / 8
            }
            let value = byte.pointee
            if value == quote {
                arena.appendToValue(from: copied, to: byte)
                return byte
            }
            if value == UInt8(ascii: "\n") {
                lines.pass(newLineAt: byte)
                byte += 1
            } else if value == UInt8(ascii: "&") {
                arena.appendToValue(from: copied, to: byte)
                guard read(referenceAt: &byte, end: end, lines: lines, into: &arena) else { return nil }
                copied = byte
            } else if value == 0 {
                return nil
            } else if value < 0x80 {
                byte += 1
            } else {
                guard let length = Self.characterLength(at: byte, end: end) else { return nil }
                holdsNonASCII = true
                byte += length
            }
        }
        return nil
    }

    /// Reads an unquoted value starting at `start`; returns the blank or `>` that ends it.
    mutating func readUnquoted(
        from start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, lines: LineCounter,
        into arena: inout StartTagArena
    ) -> UnsafePointer<UInt8>? {
        var byte = start
        var copied = start
        while byte < end {
            switch byte.pointee {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ">"):
                arena.appendToValue(from: copied, to: byte)
                return byte
            case UInt8(ascii: "&"):
                arena.appendToValue(from: copied, to: byte)
                guard read(referenceAt: &byte, end: end, lines: lines, into: &arena) else { return nil }
                copied = byte
            case 0:
                return nil
            case 0x80...:
                guard let length = Self.characterLength(at: byte, end: end) else { return nil }
                holdsNonASCII = true
                byte += length
            default:
                byte += 1
            }
        }
        return nil
    }

    /// Reads the reference at `byte` into the value, passing it; false when libxml2 must.
    private mutating func read(
        referenceAt byte: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, lines: LineCounter,
        into arena: inout StartTagArena
    ) -> Bool {
        guard let reference = AttributeReference.read(at: byte, end: end) else { return false }
        switch reference.meaning {
        case .character(let scalar):
            arena.appendToValue(scalar: scalar)
        case .text(let start, let count):
            arena.appendToValue(from: start, to: start + count)
        }
        if reference.lacksSemicolon {
            missingSemicolons.append(
                AttributeReference.MissingSemicolon(line: lines.line, column: lines.column(at: reference.end)))
        }
        byte = reference.end
        return true
    }

    /// The length of the well-formed UTF-8 sequence at `byte`, whose first byte is above
    /// 0x7F, when it encodes a character libxml2 accepts (not U+FFFE or U+FFFF); else nil.
    static func characterLength(at byte: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> Int? {
        let first = byte.pointee
        let length: Int
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard end - byte >= length else { return nil }
        var scalar = UInt32(first) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let next = byte[offset]
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        switch length {
        case 3: guard scalar >= 0x800, !(0xD800...0xDFFF).contains(scalar), scalar < 0xFFFE else { return nil }
        case 4: guard scalar >= 0x10000, scalar <= 0x10FFFF else { return nil }
        default: break
        }
        return length
    }
}

internal import CLibXML2

/// A reference in an attribute value, read as libxml2 2.9.14 reads it there
/// (`htmlParseCharRef`, `htmlParseEntityRef`), for ``AttributeValue``.
///
/// Read here: a character reference (`&#39;`, `&#x2019;`) to a character, ended by `;`; a
/// reference by name whose name is ASCII and followed by another ASCII character: a name libxml2
/// knows (`&amp;`) is its character, any other stays as it stands, and one not ended by `;`
/// (`?a=1&b=2`) stays too, with the error libxml2 reports. Anything else is left to libxml2.
struct AttributeReference {
    /// What the reference stands for in the value.
    enum Meaning {
        case character(UInt32)
        /// Bytes of the page, as they stand.
        case text(UnsafePointer<UInt8>, Int)
    }

    /// Where the parser stands when libxml2 reports that a reference by name has no `;`
    /// (`XML_ERR_ENTITYREF_SEMICOL_MISSING`).
    struct MissingSemicolon {
        var line: Int32
        var column: Int32
    }

    var meaning: Meaning
    /// Where libxml2 goes on reading the value.
    var end: UnsafePointer<UInt8>
    /// Whether libxml2 reports the reference as missing its `;` (see ``MissingSemicolon``).
    var lacksSemicolon = false

    /// The longest name looked up; no entity libxml2 knows is longer.
    private static let nameLimit = 32

    /// Reads the reference at `start` (an `&`).
    static func read(at start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> AttributeReference? {
        guard end - start > 2 else { return nil }
        if start[1] == UInt8(ascii: "#") { return readCharacter(at: start, end: end) }
        let name = start + 1
        guard name.pointee.isNameStart else { return nil }
        var after = name + 1
        while after < end, after.pointee.isNameByte { after += 1 }
        // libxml2 reads a name followed by a NUL, a non-ASCII byte or nothing another way.
        guard after < end, after.pointee > 0, after.pointee < 0x80 else { return nil }
        let length = after - name
        guard after.pointee == UInt8(ascii: ";") else {
            return AttributeReference(
                meaning: .text(start, length + 1), end: after, lacksSemicolon: true)
        }
        guard length <= nameLimit else { return nil }
        let entity = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: nameLimit + 1) { copy in
            copy.baseAddress!.update(from: name, count: length)
            copy[length] = 0
            return htmlEntityLookup(copy.baseAddress)
        }
        guard let entity else {
            // Not known: `&` and the name stay, and the `;` is read as a character.
            return AttributeReference(meaning: .text(start, length + 1), end: after)
        }
        return AttributeReference(meaning: .character(entity.pointee.value), end: after + 1)
    }

    /// Reads `&#` and decimal digits, or `&#x` and hexadecimal ones, ended by `;`, to a
    /// character libxml2 accepts.
    private static func readCharacter(at start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>)
        -> AttributeReference?
    {
        let isHexadecimal = start[2] == UInt8(ascii: "x") || start[2] == UInt8(ascii: "X")
        var digit = start + (isHexadecimal ? 3 : 2)
        let first = digit
        var value: UInt32 = 0
        while digit < end, digit - first < 7, let next = digitValue(digit.pointee, hexadecimal: isHexadecimal) {
            value = value * (isHexadecimal ? 16 : 10) + next
            digit += 1
        }
        guard digit > first, digit < end, digit.pointee == UInt8(ascii: ";"), isCharacter(value) else { return nil }
        return AttributeReference(meaning: .character(value), end: digit + 1)
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// libxml2's `IS_CHAR`.
    private static func isCharacter(_ value: UInt32) -> Bool {
        value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
}

extension UInt8 {
    /// Whether `htmlParseName` starts an ASCII name with this byte.
    fileprivate var isNameStart: Bool {
        ((self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A) || self == UInt8(ascii: "_") || self == UInt8(ascii: ":")
    }

    /// Whether `htmlParseName` goes on with an ASCII name at this byte.
    fileprivate var isNameByte: Bool {
        isNameStart || (self >= 0x30 && self <= 0x39) || self == UInt8(ascii: "-") || self == UInt8(ascii: ".")
    }
}

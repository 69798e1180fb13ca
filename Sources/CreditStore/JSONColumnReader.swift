/// Reads the JSON held in a column of the run database, token by token, straight into the
/// models (see ``JSONColumns``).
///
/// The columns hold compact JSON written by ``JSONColumns``, SQLite or (in databases of
/// earlier versions) GRDB's `JSONEncoder`, and every page of every report reads them, where a
/// `JSONDecoder` call per value would cost more than the rest of reading a page. This reader
/// accepts what `JSONDecoder` accepts for these models (any whitespace, members in any order,
/// unknown members, every string escape, a trailing comma) and rejects the rest with
/// ``Damaged``. It never traps on bad input, and nesting is bounded so that a damaged value
/// cannot exhaust the stack.
struct JSONColumnReader {
    /// The text is not JSON, or not JSON of the shape the column holds.
    struct Damaged: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// How deep ``skipValue()`` may nest, as deep as `JSONDecoder` allows.
    private static let maximumDepth = 512

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value `body` reads from `text`, which must hold nothing else.
    /// - Throws: ``RecordMappingError`` naming `column` when the text is damaged.
    static func read<Value>(
        _ text: String, column: String, _ body: (inout JSONColumnReader) throws -> Value
    ) throws -> Value {
        var text = text
        do {
            return try text.withUTF8 { bytes in
                var reader = JSONColumnReader(bytes: bytes)
                let value = try body(&reader)
                reader.skipWhitespace()
                guard reader.index == bytes.count else { throw Damaged() }
                return value
            }
        } catch is Damaged {
            throw RecordMappingError(reason: "\(column) holds JSON this version cannot read")
        }
    }

    // MARK: Structure

    /// Reads an array, calling `element` to read each of its values.
    mutating func forEachElement(_ element: (inout JSONColumnReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if consume(UInt8(ascii: "]")) { return }
        while true {
            try element(&self)
            guard consume(UInt8(ascii: ",")) else { break }
            // `JSONDecoder` allows a comma after the last element, and so does this.
            if consume(UInt8(ascii: "]")) { return }
        }
        try expect(UInt8(ascii: "]"))
    }

    /// Reads an object, calling `member` with each key to read its value.
    mutating func forEachMember(_ member: (inout JSONColumnReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            guard consume(UInt8(ascii: ",")) else { break }
            // As in arrays, a comma after the last member is allowed.
            if consume(UInt8(ascii: "}")) { return }
        }
        try expect(UInt8(ascii: "}"))
    }

    /// Reads and drops one value of any kind: a member the models do not have, which
    /// `Decodable` ignores too.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < Self.maximumDepth else { throw Damaged() }
        switch peek() {
        case UInt8(ascii: "["): try forEachElement { try $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "{"): try forEachMember { reader, _ in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): guard null() else { throw Damaged() }
        default: _ = try number()
        }
    }

    /// Whether a string comes next (rather than an object, an array or a literal).
    mutating func nextIsString() -> Bool {
        skipWhitespace()
        return peek() == UInt8(ascii: "\"")
    }

    // MARK: Scalars

    /// Consumes `null` when it comes next and says whether it did.
    mutating func null() -> Bool {
        consume(literal: "null")
    }

    /// Reads `true` or `false`.
    mutating func bool() throws -> Bool {
        if consume(literal: "true") { return true }
        if consume(literal: "false") { return false }
        throw Damaged()
    }

    /// Reads a number that is a whole `Int`; like `JSONDecoder`, `2.0` and `2e0` are 2.
    mutating func int() throws -> Int {
        let (start, isInteger) = try number()
        let digits = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if isInteger {
            let negative = digits[0] == UInt8(ascii: "-")
            var value = 0
            for digit in digits.dropFirst(negative ? 1 : 0) {
                let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
                let delta = Int(digit &- UInt8(ascii: "0"))
                let (next, overflowB) =
                    negative ? shifted.subtractingReportingOverflow(delta) : shifted.addingReportingOverflow(delta)
                guard !overflowA, !overflowB else { throw Damaged() }
                value = next
            }
            return value
        }
        guard let double = Double(String(decoding: digits, as: UTF8.self)), let value = Int(exactly: double)
        else { throw Damaged() }
        return value
    }

    /// Reads a value the model stores as `raw`'s raw value (an enum case).
    mutating func rawValue<Raw: RawRepresentable>(_ type: Raw.Type) throws -> Raw where Raw.RawValue == String {
        guard let value = Raw(rawValue: try string()) else { throw Damaged() }
        return value
    }

    /// Reads a string, or nil for `null`: an optional member, which `decodeIfPresent` reads.
    mutating func optionalString() throws -> String? {
        null() ? nil : try string()
    }

    /// Reads a string, resolving its escapes.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        // Runs without escapes are copied whole, and a string without any (most of them) is
        // taken from the text in one piece; `image.sources` escapes every `/`.
        var output: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                // Every escape adds a byte: an empty output means there was none.
                if output.isEmpty { return String(decoding: run, as: UTF8.self) }
                output.append(contentsOf: run)
                return String(decoding: output, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                try unescape(into: &output)
                runStart = index
                continue
            }
            guard byte >= 0x20 else { throw Damaged() }
            index += 1
        }
        throw Damaged()
    }

    // MARK: Helpers

    /// Appends the character the escape after a backslash stands for.
    private mutating func unescape(into output: inout [UInt8]) throws {
        guard index < bytes.count else { throw Damaged() }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hexQuad()
            if (0xD800...0xDBFF).contains(value) {
                // A high surrogate counts only with the low one that must follow it.
                guard consume(literal: "\\u", skippingWhitespace: false) else { throw Damaged() }
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw Damaged() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw Damaged() }
            UTF8.encode(scalar) { output.append($0) }
        default:
            throw Damaged()
        }
    }

    /// Reads the four hex digits of a `\u` escape.
    private mutating func hexQuad() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw Damaged() }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Damaged()
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    /// Reads a number as JSON writes one; returns where it starts and whether it has neither
    /// fraction nor exponent.
    private mutating func number() throws -> (start: Int, isInteger: Bool) {
        skipWhitespace()
        let start = index
        _ = consume(UInt8(ascii: "-"), skippingWhitespace: false)
        // No leading zeros: `01` is not JSON.
        if consume(UInt8(ascii: "0"), skippingWhitespace: false) {
        } else {
            guard digits() > 0 else { throw Damaged() }
        }
        var isInteger = true
        if consume(UInt8(ascii: "."), skippingWhitespace: false) {
            guard digits() > 0 else { throw Damaged() }
            isInteger = false
        }
        if consume(UInt8(ascii: "e"), skippingWhitespace: false)
            || consume(UInt8(ascii: "E"), skippingWhitespace: false)
        {
            if !consume(UInt8(ascii: "+"), skippingWhitespace: false) {
                _ = consume(UInt8(ascii: "-"), skippingWhitespace: false)
            }
            guard digits() > 0 else { throw Damaged() }
            isInteger = false
        }
        return (start, isInteger)
    }

    /// Consumes a run of decimal digits and says how many there were.
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// The next byte after whitespace, not consumed; nil at the end.
    private mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard consume(byte) else { throw Damaged() }
    }

    private mutating func consume(_ byte: UInt8, skippingWhitespace: Bool = true) -> Bool {
        if skippingWhitespace { skipWhitespace() }
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func consume(literal: StaticString, skippingWhitespace: Bool = true) -> Bool {
        if skippingWhitespace { skipWhitespace() }
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        guard bytes[index..<index + count].elementsEqual(expected) else { return false }
        index += count
        return true
    }
}

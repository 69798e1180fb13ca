/// A small JSON reader for the html5lib test files. Foundation's decoders turn strings into
/// `String`, which cannot hold the lone surrogates some inputs consist of; this keeps every
/// string as UTF-16 code units.
struct JSONReader {
    indirect enum Value {
        case string([UInt16])
        case number
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
    }

    struct Malformed: Error {
        var offset: Int
    }

    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func value() throws -> Value {
        skipSpace()
        guard position < bytes.count else { throw Malformed(offset: position) }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var fields: [(String, Value)] = []
            while true {
                skipSpace()
                if try consume("}") { return .object(fields) }
                if !fields.isEmpty { try expect(",") }
                guard case .string(let key) = try value() else { throw Malformed(offset: position) }
                skipSpace()
                try expect(":")
                fields.append((String(decoding: key, as: UTF16.self), try value()))
            }
        case UInt8(ascii: "["):
            position += 1
            var items: [Value] = []
            while true {
                skipSpace()
                if try consume("]") { return .array(items) }
                if !items.isEmpty { try expect(",") }
                items.append(try value())
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try expectWord("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return .null
        default:
            while position < bytes.count, "+-.0123456789eE".utf8.contains(bytes[position]) { position += 1 }
            return .number
        }
    }

    private mutating func string() throws -> [UInt16] {
        position += 1
        var raw: [UInt8] = []
        var units: [UInt16] = []
        func flush() {
            units += Array(String(decoding: raw, as: UTF8.self).utf16)
            raw.removeAll()
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") {
                flush()
                return units
            }
            guard byte == UInt8(ascii: "\\"), position < bytes.count else {
                raw.append(byte)
                continue
            }
            flush()
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "n"): units.append(0x0A)
            case UInt8(ascii: "t"): units.append(0x09)
            case UInt8(ascii: "r"): units.append(0x0D)
            case UInt8(ascii: "b"): units.append(0x08)
            case UInt8(ascii: "f"): units.append(0x0C)
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count,
                    let unit = UInt16(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
                else { throw Malformed(offset: position) }
                units.append(unit)
                position += 4
            default: units.append(UInt16(escape))  // \" \\ \/
            }
        }
        throw Malformed(offset: position)
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func consume(_ character: Unicode.Scalar) throws -> Bool {
        guard position < bytes.count else { throw Malformed(offset: position) }
        guard bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ character: Unicode.Scalar) throws {
        guard try consume(character) else { throw Malformed(offset: position) }
    }

    private mutating func expectWord(_ word: String) throws {
        for byte in word.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw Malformed(offset: position) }
            position += 1
        }
    }
}

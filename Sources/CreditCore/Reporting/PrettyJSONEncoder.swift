/// Encodes a value as pretty-printed JSON with sorted keys and unescaped slashes, byte for byte
/// what Foundation's `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, but several times faster.
///
/// Every page of a scan is encoded once for the JSON report and the run database; with
/// `JSONEncoder` that was 5% of a scan. This encoder builds a small tree of the values as the
/// types' own `encode(to:)` methods describe them and writes it in one pass, already indented
/// to where the value stands in the report. `PrettyJSONEncoderTests` checks it against
/// `JSONEncoder` on every page of the test corpus and on hostile strings.
struct PrettyJSONEncoder {
    /// Encodes `value`; every line after the first is indented by `indent` spaces, and the
    /// first too when `indentFirstLine` is set.
    static func encode(_ value: some Encodable, indent: Int = 0, indentFirstLine: Bool = false) throws -> [UInt8] {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        if indentFirstLine { output.append(contentsOf: repeatElement(0x20, count: indent)) }
        write(encoder.value ?? .object(ObjectBox()), indent: indent, to: &output)
        return output
    }

    private static func write(_ value: JSONTreeValue, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .literal(let bytes):
            output.append(contentsOf: bytes)
        case .array(let box):
            output.append(0x5B)
            writeItems(box.items.count, indent: indent, to: &output) { index, output in
                write(box.items[index], indent: indent + 2, to: &output)
            }
            output.append(0x5D)
        case .object(let box):
            // Keys in byte order, as `.sortedKeys` compares them.
            let entries = box.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            output.append(0x7B)
            writeItems(entries.count, indent: indent, to: &output) { index, output in
                appendString(entries[index].key, to: &output)
                output.append(contentsOf: [0x20, 0x3A, 0x20])
                write(entries[index].value, indent: indent + 2, to: &output)
            }
            output.append(0x7D)
        }
    }

    /// The items of a container, one per line; an empty container is a blank line, as
    /// `JSONEncoder` writes it.
    private static func writeItems(
        _ count: Int, indent: Int, to output: inout [UInt8], item: (Int, inout [UInt8]) -> Void
    ) {
        output.append(0x0A)
        if count == 0 { output.append(0x0A) }
        for index in 0..<count {
            output.append(contentsOf: repeatElement(0x20, count: indent + 2))
            item(index, &output)
            if index < count - 1 { output.append(0x2C) }
            output.append(0x0A)
        }
        output.append(contentsOf: repeatElement(0x20, count: indent))
    }

    /// A JSON string: quotes, backslashes and control characters escaped (`\n`, `\u001f`),
    /// everything else, slashes and non-ASCII included, as it is.
    static func appendString(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        for byte in string.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            case 0x08: output.append(contentsOf: [0x5C, 0x62])
            case 0x0C: output.append(contentsOf: [0x5C, 0x66])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }
}

/// A value as the encoder collects it: a scalar already written out, or a container.
enum JSONTreeValue {
    case literal([UInt8])
    case array(ArrayBox)
    case object(ObjectBox)

    static func string(_ string: String) -> JSONTreeValue {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 2)
        PrettyJSONEncoder.appendString(string, to: &bytes)
        return .literal(bytes)
    }

    static func number(_ number: some BinaryInteger) -> JSONTreeValue { .literal(Array(String(number).utf8)) }

    static var null: JSONTreeValue { .literal([0x6E, 0x75, 0x6C, 0x6C]) }
}

/// The entries of an object, in the order they were encoded (sorted when written); a key
/// encoded twice keeps its last value, as in `JSONEncoder`.
final class ObjectBox {
    var entries: [(key: String, value: JSONTreeValue)] = []

    func set(_ key: String, _ value: JSONTreeValue) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append((key, value))
        }
    }
}

/// The items of an array.
final class ArrayBox {
    var items: [JSONTreeValue] = []
}

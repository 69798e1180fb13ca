/// Encodes a value as pretty-printed JSON with sorted keys and unescaped slashes, byte for byte
/// what Foundation's `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, but several times faster.
///
/// Every page of a scan is encoded once for the JSON report and the run database; with
/// `JSONEncoder` that was 5% of a scan. The report's types describe themselves as a small tree
/// (``JSONTreeRepresentable``, the same keys and values as their `encode(to:)`), which this
/// writes in one pass, already indented to where the value stands in the report.
/// `PrettyJSONEncoderTests` checks it against `JSONEncoder` on every page of the test corpus
/// and on hostile strings.
struct PrettyJSONEncoder {
    /// Encodes `value`; every line after the first is indented by `indent` spaces, and the
    /// first too when `indentFirstLine` is set.
    static func encode(_ value: some JSONTreeRepresentable, indent: Int = 0, indentFirstLine: Bool = false) -> [UInt8] {
        let tree = value.jsonTree
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        if indentFirstLine { output.append(contentsOf: repeatElement(0x20, count: indent)) }
        write(tree, indent: indent, to: &output)
        return output
    }

    private static func write(_ value: JSONTreeValue, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .string(let string): JSONString.append(string, to: &output)
        case .number(let digits): output.append(contentsOf: digits.utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let box):
            output.append(0x5B)
            writeItems(box.items.count, indent: indent, to: &output) { index, output in
                write(box.items[index], indent: indent + 2, to: &output)
            }
            output.append(0x5D)
        case .object(let box):
            let entries = box.sortedEntries()
            output.append(0x7B)
            writeItems(entries.count, indent: indent, to: &output) { index, output in
                JSONString.append(entries[index].key, to: &output)
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
}

/// A value as the encoder collects it. Scalars keep their Swift form until written: short
/// strings and numbers are stored inline, so most values cost no allocation.
enum JSONTreeValue {
    case string(String)
    /// An integer's decimal digits.
    case number(String)
    case bool(Bool)
    case null
    case array(ArrayBox)
    case object(ObjectBox)

    static func number(_ number: some BinaryInteger) -> JSONTreeValue { .number(String(number)) }
}

/// The entries of an object in the order they were encoded.
final class ObjectBox {
    private var entries: [(key: String, value: JSONTreeValue)] = []

    func set(_ key: String, _ value: JSONTreeValue) {
        entries.append((key, value))
    }

    /// Whether the keys were set in strictly ascending byte order.
    var isInKeyOrder: Bool {
        entries.indices.dropFirst().allSatisfy { entries[$0 - 1].key.utf8.lexicographicallyPrecedes(entries[$0].key.utf8) }
    }

    /// The entries with keys in byte order, as `.sortedKeys` compares them; a key encoded
    /// twice keeps its last value, as in `JSONEncoder`.
    func sortedEntries() -> [(key: String, value: JSONTreeValue)] {
        // The model trees list their keys in order already (see `PrettyJSONEncoder+Models`):
        // one pass confirms it, and only other objects pay for the sort.
        if isInKeyOrder { return entries }
        let order = entries.indices.sorted { left, right in
            let (a, b) = (entries[left].key, entries[right].key)
            return a == b ? left < right : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        var sorted: [(key: String, value: JSONTreeValue)] = []
        sorted.reserveCapacity(order.count)
        for index in order {
            if let last = sorted.last, last.key == entries[index].key {
                sorted[sorted.count - 1] = entries[index]
            } else {
                sorted.append(entries[index])
            }
        }
        return sorted
    }
}

/// The items of an array.
final class ArrayBox {
    var items: [JSONTreeValue] = []
}

/// Encodes a value as pretty-printed JSON with sorted keys and unescaped slashes, byte for byte
/// what Foundation's `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, but several times faster.
///
/// Every page of a scan is encoded once for the JSON report and the run database; with
/// `JSONEncoder` that was 5% of a scan. The report's types write themselves
/// (``JSONWritable``, the same keys and values as their `encode(to:)`) straight into the
/// output, already indented to where the value stands in the report, with no intermediate
/// tree. `PrettyJSONEncoderTests` checks it against `JSONEncoder` on every page of the test
/// corpus and on hostile strings.
struct PrettyJSONEncoder {
    /// Encodes `value`; every line after the first is indented by `indent` spaces, and the
    /// first too when `indentFirstLine` is set.
    static func encode(_ value: some JSONWritable, indent: Int = 0, indentFirstLine: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: true, escapingSlashes: false, indent: indent)
        if indentFirstLine { writer.bytes.append(contentsOf: repeatElement(0x20, count: indent)) }
        value.write(to: &writer)
        return writer.bytes
    }
}

/// A value that writes itself as JSON, keys in byte order, as its `encode(to:)` encodes it:
/// an optional encoded with `encodeIfPresent` (or synthesized) is left out when nil, one
/// encoded with `encode` is written `null`.
protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

/// JSON written as it goes, in `JSONEncoder`'s layout: pretty (two-space indents, `"key" :
/// value`, an empty container as a blank line) or compact.
///
/// Keys are written in the order given, which must be byte order, as `.sortedKeys` has it;
/// debug builds record any that are not (`keysOutOfOrder`). ``sortedObject(_:)`` sorts keys that come in no order (a dictionary).
struct JSONWriter {
    var bytes: [UInt8] = []
    let pretty: Bool
    let escapingSlashes: Bool
    private var indent: Int
    /// Items written so far in each open container, innermost last.
    private var counts: [Int] = []
    #if DEBUG
        private var lastKeys: [String?] = []
        /// Keys written after a key that sorts after them: a writer that lists its keys out of
        /// order (tests check this is empty; the output would not match `JSONEncoder`).
        private(set) var keysOutOfOrder: [String] = []
    #endif

    init(pretty: Bool, escapingSlashes: Bool, indent: Int = 0) {
        self.pretty = pretty
        self.escapingSlashes = escapingSlashes
        self.indent = indent
        bytes.reserveCapacity(4096)
    }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Starts the next entry of the open object.
    mutating func key(_ name: String) {
        #if DEBUG
            if let last = lastKeys[lastKeys.count - 1], !last.utf8.lexicographicallyPrecedes(name.utf8) {
                keysOutOfOrder.append("\(last) before \(name)")
            }
            lastKeys[lastKeys.count - 1] = name
        #endif
        nextItem()
        string(name)
        if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
    }

    /// Starts the next item of the open array.
    mutating func nextItem() {
        let count = counts[counts.count - 1]
        if count > 0 { bytes.append(0x2C) }
        counts[counts.count - 1] = count + 1
        if pretty { newline(indent) }
    }

    mutating func string(_ value: String) { JSONString.append(value, to: &bytes, escapingSlashes: escapingSlashes) }
    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// `"key" : value` for a value that is never left out.
    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        number(value)
    }

    /// Left out when nil.
    mutating func field(_ name: String, ifPresent value: String?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: String, ifPresent value: Int?) {
        guard let value else { return }
        field(name, value)
    }

    /// Written `null` when nil.
    mutating func field(_ name: String, orNull value: (some JSONWritable)?) {
        key(name)
        if let value { value.write(to: &self) } else { null() }
    }

    mutating func field(_ name: String, _ items: [some JSONWritable]) {
        key(name)
        beginArray()
        for item in items {
            nextItem()
            item.write(to: &self)
        }
        endArray()
    }

    mutating func field(_ name: String, _ items: [String]) {
        key(name)
        beginArray()
        for item in items {
            nextItem()
            string(item)
        }
        endArray()
    }

    /// An object whose keys come in any order: sorted by their bytes first, a repeated key
    /// keeping its last value, as `JSONEncoder` does.
    mutating func sortedObject(_ entries: [(key: String, write: (inout JSONWriter) -> Void)]) {
        let order = entries.indices.sorted { left, right in
            let (a, b) = (entries[left].key, entries[right].key)
            return a == b ? left < right : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        beginObject()
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, entries[order[position + 1]].key == entries[index].key { continue }
            key(entries[index].key)
            entries[index].write(&self)
        }
        endObject()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        counts.append(0)
        indent += 2
        #if DEBUG
            lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        let count = counts.removeLast()
        indent -= 2
        #if DEBUG
            lastKeys.removeLast()
        #endif
        if pretty {
            // `JSONEncoder` writes an empty container as a blank line.
            if count == 0 { bytes.append(0x0A) }
            newline(indent)
        }
        bytes.append(bracket)
    }

    private mutating func newline(_ spaces: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: spaces))
    }
}

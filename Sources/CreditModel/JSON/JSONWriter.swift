/// JSON written as it goes, in `JSONEncoder`'s layout: pretty (two-space indents, `"key" :
/// value`, an empty container as a blank line) or compact.
///
/// The report's types hand it their members (it is a ``JSONMembers``), so that a page is
/// written straight into the output with no `Encoder` containers and no intermediate tree:
/// every page is encoded once a scan, and through `JSONEncoder` that costs several percent of
/// it. Members come in the order their types list them, which must be byte order, as
/// `.sortedKeys` has it; debug builds record any that are not (`keysOutOfOrder`).
/// ``sortedObject(_:)`` sorts keys that come in no order (a dictionary's).
package struct JSONWriter: JSONMembers {
    package typealias Failure = Never

    /// The bytes written so far.
    package var bytes: [UInt8] = []
    let pretty: Bool
    let escapingSlashes: Bool
    private var indent: Int
    /// Items written so far in each open container, innermost last.
    private var counts: [Int] = []
    #if DEBUG
        private var lastKeys: [String?] = []
        /// Keys written after a key that sorts after them: a type that lists its members out
        /// of order (tests check this is empty; the output would not match `JSONEncoder`).
        package private(set) var keysOutOfOrder: [String] = []
    #endif

    /// A writer whose lines after the first are indented by `indent` spaces (pretty), with `/`
    /// written `\/` when `escapingSlashes`, as `JSONEncoder` does unless told
    /// `.withoutEscapingSlashes`.
    package init(pretty: Bool, escapingSlashes: Bool, indent: Int = 0) {
        self.pretty = pretty
        self.escapingSlashes = escapingSlashes
        self.indent = indent
        bytes.reserveCapacity(4096)
    }

    package mutating func beginObject() { open(0x7B) }
    package mutating func endObject() { close(0x7D) }
    package mutating func beginArray() { open(0x5B) }
    package mutating func endArray() { close(0x5D) }

    /// Starts the next item of the open array.
    package mutating func nextItem() {
        let count = counts[counts.count - 1]
        if count > 0 { bytes.append(0x2C) }
        counts[counts.count - 1] = count + 1
        if pretty { newline(indent) }
    }

    package mutating func string(_ value: String) {
        JSONString.append(value, to: &bytes, escapingSlashes: escapingSlashes)
    }
    package mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    package mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    package mutating func null() { bytes.append(contentsOf: "null".utf8) }

    package mutating func field<Key: CodingKey>(_ key: Key, _ value: some JSONWritable) {
        self.key(key.stringValue)
        value.write(to: &self)
    }

    package mutating func field<Key: CodingKey>(_ key: Key, orNull value: (some JSONWritable)?) {
        self.key(key.stringValue)
        if let value { value.write(to: &self) } else { null() }
    }

    package mutating func field<Key: CodingKey>(_ key: Key, ifPresent value: (some JSONWritable)?) {
        guard let value else { return }
        field(key, value)
    }

    /// An object whose keys come in any order: sorted by their bytes first, a repeated key
    /// keeping its last value, as `JSONEncoder` does.
    package mutating func sortedObject(_ entries: [(key: String, write: (inout JSONWriter) -> Void)]) {
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

    /// Starts the next entry of the open object.
    private mutating func key(_ name: String) {
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

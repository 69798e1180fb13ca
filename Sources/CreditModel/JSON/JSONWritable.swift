/// A value of the report's JSON that ``JSONWriter`` writes straight into the output, exactly
/// as `JSONEncoder` encodes it (its `Encodable` conformance).
///
/// Objects conform through ``JSONObject``, which derives both from one list of members;
/// strings, numbers, booleans, string enums, arrays and dictionaries of such values conform
/// below.
package protocol JSONWritable: Encodable {
    /// Writes the value where the writer stands.
    func write(to writer: inout JSONWriter)
}

extension String: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.string(self) }
}

extension Int: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.number(self) }
}

extension Bool: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.bool(self) }
}

/// A string enum is encoded as its raw value.
extension JSONWritable where Self: RawRepresentable, RawValue == String {
    package func write(to writer: inout JSONWriter) { writer.string(rawValue) }
}

extension Array: JSONWritable where Element: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginArray()
        for item in self {
            writer.nextItem()
            item.write(to: &writer)
        }
        writer.endArray()
    }
}

/// An object keyed by the keys' coding keys, which a dictionary holds in no order.
extension Dictionary: JSONWritable where Key: CodingKeyRepresentable & Encodable, Value: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.sortedObject(map { key, value in (key.codingKey.stringValue, { value.write(to: &$0) }) })
    }
}

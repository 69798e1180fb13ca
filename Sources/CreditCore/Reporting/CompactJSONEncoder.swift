/// Writes the JSON columns of the run database exactly as GRDB's default JSON encoder does
/// (`JSONEncoder` with `.sortedKeys`: compact, slashes escaped), from the same trees the
/// report encoder uses (``JSONTreeRepresentable``).
///
/// Every credit's field origins and every image's structured metadata are stored as JSON;
/// a `JSONEncoder` per value was 1.3% of a scan. `CompactJSONEncoderTests` compares both
/// encoders on every credit and image of the test corpus.
package enum CompactJSONEncoder {
    /// A credit's `origins` column.
    package static func origins(_ origins: [CreditField: FieldOrigin]) -> String {
        let box = ObjectBox()
        for (field, origin) in origins { box.set(field.rawValue, origin.jsonTree) }
        return encode(.object(box))
    }

    /// An image's `metadata` column.
    package static func metadata(_ metadata: ImageMetadata) -> String {
        encode(metadata.jsonTree)
    }

    private static func encode(_ value: JSONTreeValue) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: JSONTreeValue, to output: inout [UInt8]) {
        switch value {
        case .string(let string): JSONString.append(string, to: &output, escapingSlashes: true)
        case .number(let digits): output.append(contentsOf: digits.utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let box):
            output.append(0x5B)
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(0x2C) }
                write(item, to: &output)
            }
            output.append(0x5D)
        case .object(let box):
            output.append(0x7B)
            for (index, entry) in box.sortedEntries().enumerated() {
                if index > 0 { output.append(0x2C) }
                JSONString.append(entry.key, to: &output, escapingSlashes: true)
                output.append(0x3A)
                write(entry.value, to: &output)
            }
            output.append(0x7D)
        }
    }
}

import CreditModel

/// Encodes a value as pretty-printed JSON with sorted keys and unescaped slashes, byte for byte
/// what Foundation's `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (``JSONRenderer/encoder()``), but several times faster.
///
/// Every page of a scan is encoded once for the JSON report and the run database. The report's
/// types write themselves (``JSONWritable``, from the same members as their `Encodable`
/// conformance) straight into the output, already indented to where the value stands in the
/// report. `PrettyJSONEncoderTests` checks it against `JSONEncoder` on every page of the test
/// corpus and on hostile strings.
enum PrettyJSONEncoder {
    /// Encodes `value`; every line after the first is indented by `indent` spaces, and the
    /// first too when `indentFirstLine` is set.
    static func encode(_ value: some JSONWritable, indent: Int = 0, indentFirstLine: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: true, escapingSlashes: false, indent: indent)
        if indentFirstLine { writer.bytes.append(contentsOf: repeatElement(0x20, count: indent)) }
        value.write(to: &writer)
        return writer.bytes
    }
}

import CreditModel

/// Writes the JSON columns of the run database exactly as GRDB's default JSON encoder does
/// (`JSONEncoder` with `.sortedKeys`: compact, slashes escaped), with the writers the report
/// encoder uses (``JSONWritable``).
///
/// Every credit's field origins and every image's structured metadata are stored as JSON;
/// a `JSONEncoder` per value was 1.3% of a scan. `CompactJSONEncoderTests` compares both
/// encoders on every credit and image of the test corpus.
package enum CompactJSONEncoder {
    /// A credit's `origins` column.
    package static func origins(_ origins: [CreditField: FieldOrigin]) -> String {
        var writer = JSONWriter(pretty: false, escapingSlashes: true)
        ImageCredit.write(origins: origins, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// An image's `metadata` column.
    package static func metadata(_ metadata: ImageMetadata) -> String {
        var writer = JSONWriter(pretty: false, escapingSlashes: true)
        metadata.write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

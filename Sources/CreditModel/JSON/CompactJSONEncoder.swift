/// Writes the JSON columns of the run database exactly as GRDB's default JSON encoder does
/// (`JSONEncoder` with `.sortedKeys`: compact, slashes escaped), with the writer the report
/// encoder uses (``JSONWriter``).
///
/// Every credit's field origins and every image's structured metadata are stored as JSON, and
/// a `JSONEncoder` per value costs a visible share of a scan. It sits beside the writer so
/// that the writing is compiled for these types rather than for any value.
/// `CompactJSONEncoderTests` compares both encoders on every credit and image of the test
/// corpus.
package enum CompactJSONEncoder {
    /// A credit's `origins` column.
    package static func origins(_ origins: [CreditField: FieldOrigin]) -> String {
        encode(origins)
    }

    /// An image's `metadata` column.
    package static func metadata(_ metadata: ImageMetadata) -> String {
        encode(metadata)
    }

    /// An image's `embedded` column.
    package static func embedded(_ embedded: EmbeddedMetadata) -> String {
        encode(embedded)
    }

    /// An image's `evidence` column.
    package static func evidence(_ evidence: ImageEvidence) -> String {
        encode(evidence)
    }

    private static func encode(_ value: some JSONWritable) -> String {
        var writer = JSONWriter(pretty: false, escapingSlashes: true)
        value.write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

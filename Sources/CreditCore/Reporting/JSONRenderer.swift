import Foundation

/// Renders the JSON contract documented in the README: the report's fields plus `summary`.
///
/// Keys are sorted and slashes are not escaped, so the output is stable and diffable.
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders the report as pretty-printed JSON.
    public func render(_ report: ScanReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Envelope(report: report))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The report with its summary alongside, so consumers need not recount.
    private struct Envelope: Encodable {
        var report: ScanReport

        enum CodingKeys: String, CodingKey { case summary }

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report.summary, forKey: .summary)
        }
    }
}

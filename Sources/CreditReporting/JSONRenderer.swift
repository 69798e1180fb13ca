import CreditModel
import Foundation

/// Renders the JSON contract documented in the README: the report's fields plus `summary`.
///
/// Keys are sorted and slashes are not escaped, so the output is stable and diffable.
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders the report as pretty-printed JSON, one page at a time.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        try render(report, text: output) { try output(String(decoding: $0, as: UTF8.self)) }
    }

    /// Renders the report into `sink`, a recorded page's element copied in as its bytes.
    public func render(_ report: ReportStream, into sink: ReportSink) throws {
        try render(report, text: sink.write, bytes: sink.write(bytes:))
    }

    private func render(
        _ report: ReportStream, text output: (String) throws -> Void,
        bytes: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let encoder = Self.encoder()
        let data = try encoder.encode(Envelope(report: report.header, summary: report.summary))
        let skeleton = String(decoding: data, as: UTF8.self) + "\n"
        let key = ScanReport.CodingKeys.documents
        guard let splice = JSONArraySplice(skeleton: skeleton, key: key, indent: Self.documentsIndent, encoder: encoder)
        else {
            throw EncodingError.invalidValue(
                report.header, EncodingError.Context(codingPath: [], debugDescription: "no documents array"))
        }
        try output(splice.opening)
        var first = true
        // A recorded run hands over most pages as the text of their element, ready to write.
        try report.forEachJSONPage { page in
            switch page {
            case .document(let document):
                try output(splice.element(document, first: first))
            case .element(let element):
                try output(first ? "\n" : ",\n")
                try element.write(bytes)
            }
            first = false
        }
        try output(splice.closing(empty: first))
    }

    /// The report with its summary alongside, so consumers need not recount.
    private struct Envelope: Encodable {
        var report: ScanReport
        var summary: ScanSummary

        enum CodingKeys: String, CodingKey { case summary }

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(summary, forKey: .summary)
        }
    }
}

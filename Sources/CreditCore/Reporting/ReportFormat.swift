/// The report formats creditlint can print; the raw value is the `--format` spelling.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// Compiler-style lines grouped by file, then a summary: for people and CI logs.
    case text
    /// The documented, stable JSON contract: for tools.
    case json

    /// The renderer that prints this format. Exhaustive, so a new case cannot lack one.
    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextRenderer()
        case .json: JSONRenderer()
        }
    }

    /// The file extension of this format's output.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        }
    }
}

/// Turns a ``ScanReport`` into the text of one format; pure, so outputs can be golden-tested.
public protocol ReportRenderer: Sendable {
    /// Renders the whole report, ending with a newline.
    func render(_ report: ScanReport) throws -> String
}

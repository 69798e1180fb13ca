import CreditModel

/// The report formats creditlint can print; the raw value is the `--format` spelling.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// Compiler-style lines grouped by file, then a summary: for people and CI logs.
    case text
    /// The documented, stable JSON contract: for tools.
    case json
    /// SARIF 2.1.0: for GitHub code scanning and other static-analysis dashboards.
    case sarif
    /// GitHub Actions workflow commands: annotations on the lines of a pull request.
    case github
    /// JUnit XML: for CI systems that show test reports (GitLab, Jenkins, Azure).
    case junit
    /// GitHub-flavoured Markdown: for pull-request comments and the job summary.
    case markdown
    /// RFC 4180 CSV, one row per content image: the credits register editors and lawyers ask for.
    case csv
    /// One self-contained HTML page with a card per content image: for editors and photo desks.
    case html

    /// The renderer that prints this format. Exhaustive, so a new case cannot lack one.
    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextRenderer()
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer()
        case .github: GitHubRenderer()
        case .junit: JUnitRenderer()
        case .markdown: MarkdownRenderer()
        case .csv: CSVRenderer()
        case .html: HTMLRenderer()
        }
    }

    /// The file extension of this format's output.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .github: "github.txt"
        case .junit: "xml"
        case .markdown: "md"
        case .csv: "csv"
        case .html: "html"
        }
    }
}

/// Turns a report into the text of one format; pure, so outputs can be golden-tested.
///
/// A renderer reads the pages once or twice through ``ReportStream`` and writes its text in
/// pieces as it goes, so that neither the pages nor the output are ever held whole.
public protocol ReportRenderer: Sendable {
    /// Renders the report, handing the text to `output` piece by piece; the pieces joined end
    /// with a newline (or are empty when there is nothing to say).
    func render(_ report: ReportStream, to output: (String) throws -> Void) throws

    /// Renders the report into `sink`; by default the text `render(_:to:)` gives. A renderer
    /// that holds text as bytes already (the JSON of recorded pages) writes those instead.
    func render(_ report: ReportStream, into sink: ReportSink) throws
}

extension ReportRenderer {
    public func render(_ report: ReportStream, into sink: ReportSink) throws {
        try render(report) { try sink.write($0) }
    }

    /// Renders a report held in memory into one string.
    public func render(_ report: ScanReport) throws -> String {
        var text = ""
        try render(ReportStream(report)) { text += $0 }
        return text
    }
}

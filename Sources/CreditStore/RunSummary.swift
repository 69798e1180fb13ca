import CreditModel

/// One line of the run history: enough to choose a run without rebuilding its report.
public struct RunSummary: Sendable, Codable, Hashable {
    /// The run id, as returned by ``ReportStore/record(_:)``.
    public var id: Int
    /// When the scan started, ISO 8601 in UTC, as recorded.
    public var startedAt: String
    /// The scanned folder as given on the command line.
    public var root: String
    /// Pages scanned.
    public var documents: Int
    /// Content images over all pages.
    public var images: Int
    /// Findings (page-level and image-level) by severity name; every severity is present,
    /// with zero when the run had none, like ``ScanSummary/findingsBySeverity``.
    public var findingsBySeverity: [String: Int]

    /// Creates a summary.
    public init(
        id: Int, startedAt: String, root: String, documents: Int, images: Int,
        findingsBySeverity: [String: Int]
    ) {
        self.id = id
        self.startedAt = startedAt
        self.root = root
        self.documents = documents
        self.images = images
        self.findingsBySeverity = findingsBySeverity
    }

    /// The number of findings of one severity.
    public func findings(_ severity: Severity) -> Int { findingsBySeverity[severity.rawValue] ?? 0 }
}

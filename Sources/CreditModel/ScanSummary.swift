/// The counts a report ends with.
public struct ScanSummary: Sendable, Codable, Hashable {
    /// Pages scanned.
    public var documents: Int
    /// Files found but not scanned.
    public var failedFiles: Int
    /// Content images.
    public var images: Int
    /// Content images with a credit.
    public var credited: Int
    /// Content images without a credit.
    public var uncredited: Int
    /// Images skipped as decorative or outside the article.
    public var skipped: Int
    /// Findings by severity name.
    public var findingsBySeverity: [String: Int]
    /// Content images by licence id (`none` for images without a stated licence).
    public var imagesByLicense: [String: Int]

    /// Pages whose recorded results were reused from an earlier run (unchanged since);
    /// absent when none were.
    public var reused: Int?

    /// Counts the report.
    public init(_ report: ScanReport) {
        self = ReportTotals(report).summary(failures: report.failures.count)
    }

    /// Creates a summary from its counts.
    public init(
        documents: Int, failedFiles: Int, images: Int, credited: Int, skipped: Int,
        findingsBySeverity: [String: Int], imagesByLicense: [String: Int], reused: Int? = nil
    ) {
        self.documents = documents
        self.failedFiles = failedFiles
        self.images = images
        self.credited = credited
        uncredited = images - credited
        self.skipped = skipped
        self.findingsBySeverity = findingsBySeverity
        self.imagesByLicense = imagesByLicense
        self.reused = reused
    }
}

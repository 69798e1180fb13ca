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

    /// Counts the report.
    public init(_ report: ScanReport) {
        documents = report.documents.count
        failedFiles = report.failures.count
        let images = report.documents.flatMap(\.images)
        self.images = images.count
        credited = images.filter { $0.credit != nil }.count
        uncredited = self.images - credited
        skipped = report.documents.reduce(0) { $0 + $1.skipped.count }
        var bySeverity: [String: Int] = [:]
        for severity in Severity.allCases { bySeverity[severity.rawValue] = 0 }
        for finding in report.documents.flatMap(\.allFindings) {
            bySeverity[finding.severity.rawValue, default: 0] += 1
        }
        // Files that could not be scanned are reported as error findings of their own rule.
        bySeverity[Severity.error.rawValue, default: 0] += report.failures.count
        findingsBySeverity = bySeverity
        var byLicense: [String: Int] = [:]
        for image in images { byLicense[image.license?.id ?? "none", default: 0] += 1 }
        imagesByLicense = byLicense
    }
}

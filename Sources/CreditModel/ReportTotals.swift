/// Counts over the pages of a run, added up one page at a time: what the summary and the
/// verdict need, without keeping the pages.
public struct ReportTotals: Sendable, Hashable {
    /// The lowest severity that fails the build.
    public var failOn: Severity
    /// Pages counted.
    public private(set) var documents = 0
    /// Pages whose recorded results were reused.
    public private(set) var reused = 0
    /// Content images.
    public private(set) var images = 0
    /// Content images with a credit.
    public private(set) var credited = 0
    /// Skipped images.
    public private(set) var skipped = 0
    /// The pages' findings by severity (files that could not be scanned not included).
    public private(set) var findings: [Severity: Int] = [:]
    /// Content images by licence id (`none` without a stated licence).
    public private(set) var imagesByLicense: [String: Int] = [:]
    /// Whether any page has a finding at or above ``failOn``.
    public private(set) var hasFindingAtOrAboveFailOn = false

    /// Creates empty totals.
    public init(failOn: Severity) {
        self.failOn = failOn
    }

    /// Totals counted elsewhere (by the run database).
    public init(
        failOn: Severity, documents: Int, reused: Int, images: Int, credited: Int, skipped: Int,
        findings: [Severity: Int], imagesByLicense: [String: Int]
    ) {
        self.failOn = failOn
        self.documents = documents
        self.reused = reused
        self.images = images
        self.credited = credited
        self.skipped = skipped
        self.findings = findings
        self.imagesByLicense = imagesByLicense
        hasFindingAtOrAboveFailOn = findings.contains { $0.key >= failOn && $0.value > 0 }
    }

    /// Counts one page.
    public mutating func add(_ document: DocumentReport) {
        documents += 1
        if document.reusedFrom != nil { reused += 1 }
        images += document.images.count
        skipped += document.skipped.count
        for image in document.images {
            if image.credit != nil { credited += 1 }
            imagesByLicense[image.license?.id ?? "none", default: 0] += 1
            count(image.findings)
        }
        count(document.findings)
    }

    private mutating func count(_ list: [Finding]) {
        for finding in list {
            findings[finding.severity, default: 0] += 1
            if finding.severity >= failOn { hasFindingAtOrAboveFailOn = true }
        }
    }

    /// The summary of a run with these pages and `failures` files that could not be scanned.
    public func summary(failures: Int) -> ScanSummary {
        var bySeverity: [String: Int] = [:]
        for severity in Severity.allCases { bySeverity[severity.rawValue] = findings[severity] ?? 0 }
        // Files that could not be scanned are reported as error findings of their own rule.
        bySeverity[Severity.error.rawValue, default: 0] += failures
        return ScanSummary(
            documents: documents, failedFiles: failures, images: images, credited: credited,
            skipped: skipped, findingsBySeverity: bySeverity, imagesByLicense: imagesByLicense,
            reused: reused == 0 ? nil : reused)
    }

    /// The totals of a whole report.
    public init(_ report: ScanReport) {
        self.init(failOn: report.failOn)
        for document in report.documents { add(document) }
    }
}

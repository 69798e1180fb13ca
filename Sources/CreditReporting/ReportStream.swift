import CreditModel
import CreditRules

/// A report whose pages are read one at a time: what every ``ReportRenderer`` renders.
///
/// The scan-wide fields, the files that could not be scanned and the totals are known up
/// front; the pages come from ``forEachDocument(byPath:_:)``, which may read them from the run
/// database as it goes, so that a report of any size is rendered with flat memory.
///
/// ```swift
/// let stream = ReportStream(report)              // an in-memory report
/// try JSONRenderer().render(stream) { print($0, terminator: "") }
/// ```
public struct ReportStream: Sendable {
    /// Calls its argument with every page, in recorded order.
    public typealias Pages = @Sendable (_ body: (DocumentReport) throws -> Void) throws -> Void
    /// Calls its argument with every page's JSON element, or the page, in recorded order.
    public typealias JSONPages = @Sendable (_ body: (JSONPage) throws -> Void) throws -> Void

    /// The scan-wide fields and ``ScanReport/failures``; its `documents` are not used.
    public var header: ScanReport
    /// The counts over every page.
    public var totals: ReportTotals
    private let pages: Pages
    /// The pages for the JSON report, when they come rendered already (a recorded run).
    private let jsonPages: JSONPages?
    /// Whether ``pages`` already come sorted by path (a recorded run does).
    private let pagesAreSorted: Bool
    /// The pages of an in-memory report, sorted by path when they were not.
    private let sortedPages: [DocumentReport]?

    /// A report whose pages come from `pages`, sorted by path.
    ///
    /// - Parameters:
    ///   - header: The scan-wide fields and failed files.
    ///   - totals: The counts over every page `pages` yields.
    ///   - pages: Calls its argument with each page, sorted by path; may be called more than once.
    ///   - jsonPages: The same pages in the same order for the JSON report, each as its recorded
    ///     element where there is one; nil to encode the pages `pages` yields.
    public init(
        header: ScanReport, totals: ReportTotals, pages: @escaping Pages, jsonPages: JSONPages? = nil
    ) {
        var header = header
        header.documents = []
        self.header = header
        self.totals = totals
        self.pages = pages
        self.jsonPages = jsonPages
        pagesAreSorted = true
        sortedPages = nil
    }

    /// The stream of a report held in memory.
    public init(_ report: ScanReport) {
        var header = report
        header.documents = []
        self.header = header
        totals = ReportTotals(report)
        let documents = report.documents
        pages = { body in for document in documents { try body(document) } }
        jsonPages = nil
        let isSorted = zip(documents, documents.dropFirst()).allSatisfy { $0.path <= $1.path }
        pagesAreSorted = isSorted
        sortedPages = isSorted ? nil : documents.sorted { $0.path < $1.path }
    }

    /// Calls `body` with every page: in recorded order, or sorted by path.
    public func forEachDocument(byPath: Bool = false, _ body: (DocumentReport) throws -> Void) throws {
        if byPath, let sortedPages {
            for document in sortedPages { try body(document) }
        } else {
            try pages(body)
        }
    }

    /// Calls `body` with every page in recorded order, as its JSON element where the report
    /// has one rendered already (see ``JSONPage``).
    public func forEachJSONPage(_ body: (JSONPage) throws -> Void) throws {
        if let jsonPages {
            try jsonPages(body)
        } else {
            try pages { try body(.document($0)) }
        }
    }

    /// The counts a report ends with.
    public var summary: ScanSummary { totals.summary(failures: header.failures.count) }

    /// Whether the build should fail (see ``ScanReport/fails``).
    public var fails: Bool {
        hasFindingAtOrAboveFailOn || exceedsMaxWarnings
            || (header.baseline.map { $0.strict && !$0.stale.isEmpty } ?? false)
    }

    /// Whether a failed file or a page's finding is at or above `failOn`.
    public var hasFindingAtOrAboveFailOn: Bool {
        !header.failures.isEmpty || totals.hasFindingAtOrAboveFailOn
    }

    /// Whether there are more warnings than `maxWarnings` allows.
    public var exceedsMaxWarnings: Bool {
        guard let maxWarnings = header.maxWarnings else { return false }
        return (totals.findings[.warning] ?? 0) > maxWarnings
    }

    /// Findings (failed files included) counted by severity, every severity present.
    public var findingCounts: [Severity: Int] {
        let summary = summary
        var counts: [Severity: Int] = [:]
        for severity in Severity.allCases {
            counts[severity] = summary.findingsBySeverity[severity.rawValue] ?? 0
        }
        return counts
    }

    /// The page path as typed where the scan ran (see ``ScanReport/displayPath(_:)``).
    public func displayPath(_ path: String) -> String { header.displayPath(path) }

    /// Calls `body` with every finding of the run, failed files included, in the order of
    /// ``ScanReport/locatedFindings``, one page at a time.
    public func forEachLocatedFinding(_ body: (LocatedFinding) throws -> Void) throws {
        let failures = header.failures.map { failure in
            LocatedFinding(
                path: failure.path, displayPath: displayPath(failure.path), image: nil,
                finding: RuleEngine.unreadableFileFinding(reason: failure.reason), isFailedFile: true)
        }.sorted(by: LocatedFinding.precedes)
        var next = failures.startIndex
        try forEachDocument(byPath: true) { document in
            let located = document.locatedFindings(displayPath: displayPath(document.path))
            while next < failures.endIndex, failures[next].path < document.path {
                try body(failures[next])
                next += 1
            }
            for finding in located { try body(finding) }
        }
        while next < failures.endIndex {
            try body(failures[next])
            next += 1
        }
    }
}

extension DocumentReport {
    /// The page's findings with their image, sorted by line, rule and image.
    func locatedFindings(displayPath: String) -> [LocatedFinding] {
        var all = findings.map {
            LocatedFinding(path: path, displayPath: displayPath, image: nil, finding: $0, isFailedFile: false)
        }
        for image in images {
            for finding in image.findings {
                all.append(
                    LocatedFinding(
                        path: path, displayPath: displayPath, image: image, finding: finding, isFailedFile: false))
            }
        }
        return all.sorted(by: LocatedFinding.precedes)
    }
}

extension LocatedFinding {
    /// The report order: page, line, rule, image.
    static func precedes(_ lhs: LocatedFinding, _ rhs: LocatedFinding) -> Bool {
        (lhs.path, lhs.finding.line, lhs.finding.rule, lhs.finding.image ?? "")
            < (rhs.path, rhs.finding.line, rhs.finding.rule, rhs.finding.image ?? "")
    }
}

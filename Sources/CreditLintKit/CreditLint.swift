import CreditLicenses
import CreditModel
import CreditReporting
import CreditRules
import CreditStore
import Foundation

/// The whole pipeline behind the `creditlint` command, callable in-process.
///
/// ```swift
/// let report = try CreditLint.scan(ScanOptions(root: "site"))
/// print(try report.render(.text))
/// exit(report.fails ? 1 : 0)
/// ```
///
/// Compliance problems come back as findings inside the report; only a failure to do the job
/// (no such folder, a database that cannot be opened) is thrown.
public enum CreditLint {
    /// Receives the number of pages scanned so far and the total, after each page.
    public typealias ScanProgress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// The version recorded with every run.
    public static let version = "0.1.0"

    /// Scans the folder, checks every content image, records the run and returns its report.
    ///
    /// The whole report is loaded back into memory; for large sites use ``scanRecorded(_:startedAt:progress:)``.
    ///
    /// - Parameters:
    ///   - options: What to scan and how.
    ///   - startedAt: The time recorded for the run (injectable for reproducible output).
    ///   - progress: Called after each page with the pages done and the total, for a progress
    ///     line; keep it cheap, it runs once per page.
    /// - Returns: The report, with `run` set to the database's run number.
    /// - Throws: ``CreditLintError`` when the root cannot be listed, store errors when the
    ///   database cannot be opened or written.
    public static func scan(
        _ options: ScanOptions, startedAt: Date = Date(), progress: ScanProgress? = nil
    ) throws -> ScanReport {
        let stream = try scanRecorded(options, startedAt: startedAt, progress: progress)
        var report = stream.header
        try stream.forEachDocument { report.documents.append($0) }
        return report
    }

    /// Scans the folder and records the run page by page, reusing the recorded results of
    /// pages that did not change since an earlier run with the same options and version.
    ///
    /// Pages are scanned on `options.jobs` threads and written to the database as they are
    /// done, all in the run's one transaction; the returned stream reads them back one at a
    /// time, so memory stays flat however large the site.
    ///
    /// - Returns: The report as a stream over the recorded run, `header.run` set.
    /// - Throws: Like ``scan(_:startedAt:progress:)``.
    public static func scanRecorded(
        _ options: ScanOptions, startedAt: Date = Date(), progress: ScanProgress? = nil
    ) throws -> ReportStream {
        // Open the database first: a bad --db fails fast, before minutes of scanning.
        let store = try ReportStore(path: options.databasePath)
        var pipeline = try ScanPipeline(options: options)
        pipeline.rendersJSON = true
        var header = pipeline.header(startedAt: startedAt)
        let (run, totals) = try store.recordRun(header) { recorder in
            let reuse = try recorder.reuseIndex(
                toolVersion: version, optionsFingerprint: options.resultsFingerprint)
            try pipeline.run(
                header: &header, reuse: reuse, load: recorder.recordedPage,
                copy: { try recorder.copy($0, optionsFingerprint: $1) }, append: recorder.append,
                stamp: recorder.recordStamp, progress: progress,
                // One shard holds part of the site: its pages, and the baseline's entries of
                // findings that compare pages, are compared by `merge`.
                afterPages: (options.shard?.count ?? 1) > 1
                    ? nil
                    : { matcher in
                        // Every page is recorded now: compare them before the run's counts are taken.
                        var crossPage = BaselinedCrossPageCheck(
                            check: try crossPageCheck(for: options), matcher: matcher)
                        try recorder.applyCrossPageChecks(missingAttributionRule: MissingAttributionRule.id, &crossPage)
                        matcher = crossPage.matcher
                        return crossPage.check.suppressed
                    })
            try recorder.finish(header)
            try recorder.recordConfiguration(
                fingerprint: options.configurationFingerprint, shard: options.shard?.runShard)
            return (recorder.run, try recorder.totals(failOn: options.failOn))
        }
        header.run = run
        // After the commit, in a transaction of its own, and never a reason to fail the scan:
        // when another scan holds the database, the next scan prunes what is left.
        _ = try? store.prune(keep: options.keepRuns)
        return ReportStream(
            header: header, totals: totals, pages: { body in try store.forEachDocument(run: run, body) },
            jsonPages: { body in try store.forEachJSONPage(run: run, body) })
    }

    /// Scans and checks without touching the database (for tests and embedding).
    public static func scanWithoutRecording(
        _ options: ScanOptions, startedAt: Date = Date(), progress: ScanProgress? = nil
    ) throws -> ScanReport {
        try scanWithoutRecording(options, startedAt: startedAt, progress: progress, beforeReading: { _ in })
    }

    /// The scan, with a hook called between listing a page and reading it (see
    /// ``ScanPipeline/beforeReading``).
    static func scanWithoutRecording(
        _ options: ScanOptions, startedAt: Date, progress: ScanProgress? = nil,
        beforeReading: @escaping @Sendable (FileWalker.Entry) -> Void
    ) throws -> ScanReport {
        var pipeline = try ScanPipeline(options: options)
        pipeline.beforeReading = beforeReading
        var report = pipeline.header(startedAt: startedAt)
        var documents: [DocumentReport] = []
        try pipeline.run(
            header: &report, reuse: nil, load: { _ in throw CreditLintError.noRuns(database: "") },
            copy: { _, _ in }, append: { documents.append($0.document) }, progress: progress)
        report.documents = documents
        return report
    }

    /// The page analyzer with the rules and site policy the options ask for.
    static func analyzer(for options: ScanOptions) throws -> PageAnalyzer {
        let licenses = try LicenseCatalogExtension.make(from: options.extraLicenses)
        let extra = licenses
        let engine = RuleEngine(
            severityOverrides: options.severityOverrides, commercial: options.commercial,
            licenseLookup: { id in extra?.license(id: id) ?? LicenseCatalog.license(id: id) },
            licensePolicy: options.licensePolicy)
        var site = SitePolicy()
        site.selectors = options.selectors
        site.licenses = licenses
        site.waivers = WaiverSet(options.waivers, lines: options.waiverLines, today: options.today)
        site.reportUnusedIgnores = options.reportUnusedIgnores
        let resolver = LocalImageResolver(root: options.root, siteURL: options.siteURL)
        return PageAnalyzer(
            rules: engine, maxFileSize: options.maxFileSize, site: site,
            embedded: EmbeddedMetadataCache(resolver: resolver))
    }

    /// Reads a recorded run back from the database: the latest one, or run `run`.
    public static func recordedReport(database: String, run: Int? = nil) throws -> ScanReport {
        let stream = try recordedStream(database: database, run: run)
        var report = stream.header
        try stream.forEachDocument { report.documents.append($0) }
        return report
    }

    /// A recorded run as a stream that reads its pages one at a time (see ``ReportStream``).
    public static func recordedStream(database: String, run: Int? = nil) throws -> ReportStream {
        guard FileManager.default.fileExists(atPath: database) else {
            throw CreditLintError.noRuns(database: database)
        }
        let store = try ReportStore(path: database)
        guard let id = try run ?? store.latestRunID() else {
            throw CreditLintError.noRuns(database: database)
        }
        let header = try store.header(run: id)
        let totals = try store.totals(run: id, failOn: header.failOn)
        return ReportStream(
            header: header, totals: totals, pages: { body in try store.forEachDocument(run: id, body) },
            jsonPages: { body in try store.forEachJSONPage(run: id, body) })
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension ScanReport {
    /// Renders the report in a format.
    public func render(_ format: ReportFormat) throws -> String {
        try format.renderer.render(self)
    }
}

extension ReportStream {
    /// Renders the report in a format into one string (for small reports and tests).
    public func render(_ format: ReportFormat) throws -> String {
        var text = ""
        try format.renderer.render(self) { text += $0 }
        return text
    }
}

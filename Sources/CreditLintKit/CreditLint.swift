import CreditCore
import CreditLicenses
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
        // Open the database first: a bad --db fails fast, before minutes of scanning.
        let store = try ReportStore(path: options.databasePath)
        var report = try scanWithoutRecording(options, startedAt: startedAt, progress: progress)
        report.run = try store.record(report)
        return report
    }

    /// Scans and checks without touching the database (for tests and embedding).
    public static func scanWithoutRecording(
        _ options: ScanOptions, startedAt: Date = Date(), progress: ScanProgress? = nil
    ) throws -> ScanReport {
        try scanWithoutRecording(options, startedAt: startedAt, progress: progress, beforeReading: { _ in })
    }

    /// The scan, with a hook called between listing a page and reading it: the window in
    /// which a file can vanish or change, which tests use to make that happen on purpose.
    static func scanWithoutRecording(
        _ options: ScanOptions, startedAt: Date, progress: ScanProgress? = nil,
        beforeReading: (FileWalker.Entry) -> Void
    ) throws -> ScanReport {
        let walker = FileWalker(
            include: options.include.map(Glob.init), exclude: options.exclude.map(Glob.init))
        if options.writeBaselinePath != nil, options.onlyPages != nil {
            // A baseline written from a few pages would drop every other page's entries.
            throw CreditLintError.invalidValue(
                option: "--write-baseline", value: options.writeBaselinePath ?? "",
                hint: "write the baseline from a scan of the whole site, not in changed-files mode")
        }
        let listing =
            try options.onlyPages.map { try walker.listing(of: $0, root: options.root) }
            ?? walker.walk(root: options.root)
        // Read the baseline before scanning: a missing file fails fast.
        let baseline = try options.baselinePath.map(Baseline.load)
        let analyzer = try Self.analyzer(for: options)
        var documents: [DocumentReport] = []
        var suppressed = SuppressedFindings()
        var failures = listing.unlistable.map { FailedFile(path: $0.path, reason: $0.reason) }
        for (done, entry) in listing.pages.enumerated() {
            beforeReading(entry)
            switch analyzer.analyze(entry) {
            case .scanned(let document, let counts):
                documents.append(document)
                suppressed.ignored += counts.ignored
                suppressed.waived += counts.waived
            case .failed(let failure): failures.append(failure)
            }
            progress?(done + 1, listing.pages.count)
        }
        failures.sort { $0.path < $1.path }
        var report = ScanReport(
            toolVersion: version, root: options.root, startedAt: Self.timestamp(startedAt),
            failOn: options.failOn, commercial: options.commercial, documents: documents,
            failures: failures)
        report.maxWarnings = options.maxWarnings
        report.suppressed = suppressed.isEmpty ? nil : suppressed
        if let path = options.writeBaselinePath {
            // The findings just recorded are accepted: this run already passes with them.
            let written = Baseline(report: report)
            try written.write(to: path)
            written.apply(to: &report, path: path, strict: options.strictBaseline)
        } else if let baseline, let path = options.baselinePath {
            baseline.apply(to: &report, path: path, strict: options.strictBaseline)
        }
        return report
    }

    /// The page analyzer with the rules and site policy the options ask for.
    static func analyzer(for options: ScanOptions) throws -> PageAnalyzer {
        var licenses: LicenseCatalogExtension?
        if !options.extraLicenses.isEmpty {
            guard let built = LicenseCatalogExtension(rows: options.extraLicenses.map(\.row)) else {
                throw CreditLintError.invalidValue(
                    option: "licenses", value: options.extraLicenses.map(\.id).joined(separator: ", "),
                    hint: "every licence needs an id and a known family")
            }
            licenses = built
        }
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
        return PageAnalyzer(rules: engine, maxFileSize: options.maxFileSize, site: site)
    }

    /// Reads a recorded run back from the database: the latest one, or run `run`.
    public static func recordedReport(database: String, run: Int? = nil) throws -> ScanReport {
        guard FileManager.default.fileExists(atPath: database) else {
            throw CreditLintError.noRuns(database: database)
        }
        let store = try ReportStore(path: database)
        guard let id = try run ?? store.latestRunID() else {
            throw CreditLintError.noRuns(database: database)
        }
        return try store.report(run: id)
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

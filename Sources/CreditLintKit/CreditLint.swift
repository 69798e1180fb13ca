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
    /// The version recorded with every run.
    public static let version = "0.1.0"

    /// Scans the folder, checks every content image, records the run and returns its report.
    ///
    /// - Parameters:
    ///   - options: What to scan and how.
    ///   - startedAt: The time recorded for the run (injectable for reproducible output).
    /// - Returns: The report, with `run` set to the database's run number.
    /// - Throws: ``CreditLintError`` when the root cannot be listed, store errors when the
    ///   database cannot be opened or written.
    public static func scan(_ options: ScanOptions, startedAt: Date = Date()) throws -> ScanReport {
        // Open the database first: a bad --db fails fast, before minutes of scanning.
        let store = try ReportStore(path: options.databasePath)
        var report = try scanWithoutRecording(options, startedAt: startedAt)
        report.run = try store.record(report)
        return report
    }

    /// Scans and checks without touching the database (for tests and embedding).
    public static func scanWithoutRecording(_ options: ScanOptions, startedAt: Date = Date()) throws
        -> ScanReport
    {
        try scanWithoutRecording(options, startedAt: startedAt, beforeReading: { _ in })
    }

    /// The scan, with a hook called between listing a page and reading it: the window in
    /// which a file can vanish or change, which tests use to make that happen on purpose.
    static func scanWithoutRecording(
        _ options: ScanOptions, startedAt: Date, beforeReading: (FileWalker.Entry) -> Void
    ) throws -> ScanReport {
        let walker = FileWalker(
            include: options.include.map(Glob.init), exclude: options.exclude.map(Glob.init))
        let listing = try walker.walk(root: options.root)
        let analyzer = PageAnalyzer(
            rules: RuleEngine(
                severityOverrides: options.severityOverrides, commercial: options.commercial),
            maxFileSize: options.maxFileSize)
        var documents: [DocumentReport] = []
        var failures = listing.unlistable.map { FailedFile(path: $0.path, reason: $0.reason) }
        for entry in listing.pages {
            beforeReading(entry)
            switch analyzer.analyze(entry) {
            case .scanned(let document): documents.append(document)
            case .failed(let failure): failures.append(failure)
            }
        }
        failures.sort { $0.path < $1.path }
        return ScanReport(
            toolVersion: version, root: options.root, startedAt: Self.timestamp(startedAt),
            failOn: options.failOn, commercial: options.commercial, documents: documents,
            failures: failures)
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

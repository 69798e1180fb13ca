import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint scan PATH [PAGE…]`: scan, check, record, report, and fail the build on findings.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan a folder of HTML pages and check every content image's credit.",
        discussion: """
            Give pages after PATH (or --files-from) to scan only those, e.g. the files a pull \
            request changed; a listed page that does not exist is an error (exit 2), and so is \
            a PAGE argument that is not a page. A folder scan that finds no page is an error \
            (exit 2) unless --allow-empty; changed-files mode may be empty.
            """)

    @Argument(help: "The folder (or page) to scan.")
    var path: String

    @Argument(help: "Scan only these pages (relative to the current folder or to PATH).")
    var pages: [String] = []

    @OptionGroup var output: OutputOptions

    @Option(help: "Fail (exit 1) on findings at or above this severity: error, warning or note (default: error).")
    var failOn: Severity?

    // Unconditional: `--max-warnings -1` reaches validate() and its message instead of
    // being read as an unknown option and reported as a missing value.
    @Option(parsing: .unconditional, help: "Also fail (exit 1) when there are more than this many warnings.")
    var maxWarnings: Int?

    @Option(help: "Only scan pages whose relative path matches this glob (repeatable).")
    var include: [String] = []

    @Option(help: "Skip pages whose relative path matches this glob (repeatable).")
    var exclude: [String] = []

    @Option(
        help: ArgumentHelp(
            "Scan only the pages listed in this file, one per line ('-': standard input).", valueName: "file"))
    var filesFrom: String?

    @Flag(inversion: .prefixedNo, help: "Accept a folder scan that finds no page (default: exit 2).")
    var allowEmpty: Bool?

    @Flag(inversion: .prefixedNo, help: "The site is commercial: NonCommercial (NC) licences are errors.")
    var commercial: Bool?

    @Option(help: "Report files larger than this many bytes as failed (default: 50 MiB).")
    var maxFileSize: Int?

    @Option(
        name: [.customShort("j"), .long], parsing: .unconditional,
        help: "Scan this many pages at once (default, or 0: one per CPU this process may use).")
    var jobs: Int?

    @Option(
        help: ArgumentHelp(
            "Scan only shard K of N (1-based), split by a hash of each page's path; combine the shards with `creditlint merge`.",
            valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Suppress the findings listed in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Write the current findings to this baseline file, and accept them for this run.", valueName: "file"))
    var writeBaseline: String?

    @Flag(inversion: .prefixedNo, help: "Fail (exit 1) when baseline entries match no finding any more.")
    var strictBaseline: Bool?

    @Flag(inversion: .prefixedNo, help: "Report inline ignores that suppressed nothing (rule unused-ignore).")
    var reportUnusedIgnores: Bool?

    @Option(
        help: ArgumentHelp(
            "The site's own base URL: images under it are read from the files under PATH.", valueName: "url"))
    var siteURL: String?

    @Option(help: "The configuration file (default: the nearest \(Configuration.fileName) in PATH or above).")
    var config: String?

    func validate() throws {
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more.") }
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 (one per core) or more.") }
        if let shard {
            do {
                _ = try ScanShard(parsing: shard)
            } catch {
                throw ValidationError("--shard must be K/N with 1 <= K <= N, e.g. 2/4; got '\(shard)'.")
            }
        }
        if baseline != nil, writeBaseline != nil {
            throw ValidationError("give --baseline or --write-baseline, not both.")
        }
    }

    func run() throws {
        let loaded = try Configuration.load(forRoot: path, explicitPath: config)
        let plan = try output.plan(configured: loaded.configuration)
        let onlyPages = try changedPages()
        let (merged, warnings) = try ScanOptions.merged(
            root: path, configuration: loaded,
            commandLine: CommandLineOverrides(
                failOn: failOn, commercial: commercial, include: include, exclude: exclude,
                databasePath: output.db, maxFileSize: maxFileSize, maxWarnings: maxWarnings,
                baseline: baseline, strictBaseline: strictBaseline, writeBaseline: writeBaseline,
                reportUnusedIgnores: reportUnusedIgnores, onlyPages: onlyPages, jobs: jobs, allowEmpty: allowEmpty,
                siteURL: siteURL),
            knownRules: RuleCatalogText.ruleIDs)
        var options = merged
        options.shard = try shard.map(ScanShard.init(parsing:))
        for warning in warnings {
            FileHandle.standardError.write(Data("creditlint: warning: \(warning)\n".utf8))
        }
        if onlyPages?.isEmpty == true {
            // A commit that changed no page is normal in CI: the scan runs, empty, and passes.
            FileHandle.standardError.write(
                Data("creditlint: no pages to scan: none of the listed files is a page under \(path)\n".utf8))
        }
        AllocatorTuning.configure(workers: options.jobs)
        let progress = output.progressLine(plan: plan)
        let report: ReportStream
        do {
            report = try CreditLint.scanRecorded(options, startedAt: Self.startTime()) { done, total in
                progress?.update(done: done, total: total)
            }
            progress?.finish()
        } catch {
            progress?.finish()
            throw error
        }
        if let path = options.baselinePath, !plan.quiet {
            let unchecked = try Baseline.load(path).unchecked(rulesOff: options.rulesOff)
            if !unchecked.isEmpty {
                // Neither matched nor stale: said here, so that a rule turned off is not taken for a fix.
                let rules = Set(unchecked.map(\.rule)).sorted().joined(separator: ", ")
                let entries = unchecked.count == 1 ? "entry" : "entries"
                FileHandle.standardError.write(
                    Data("creditlint: \(unchecked.count) baseline \(entries) not checked (rule off: \(rules))\n".utf8))
            }
        }
        if let writeBaseline, let status = report.header.baseline {
            FileHandle.standardError.write(
                Data("creditlint: wrote \(status.matched) known findings to \(writeBaseline)\n".utf8))
        }
        try output.emit(report, plan: plan)
        if report.fails { throw ExitCode(ExitStatus.findings) }
    }

    /// The pages of changed-files mode, nil when neither arguments nor --files-from give any.
    ///
    /// A PAGE argument was named on purpose and must be a page under PATH; a `--files-from`
    /// list is everything a commit changed, so its other files are left out.
    private func changedPages() throws -> [String]? {
        guard !pages.isEmpty || filesFrom != nil else { return nil }
        var found = try ChangedFiles.pages(pages, root: path, explicit: true)
        if let filesFrom {
            found += try ChangedFiles.pages(try ChangedFiles.read(filesFrom), root: path)
        }
        return found
    }
}

extension ScanCommand {
    /// Now, or `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), so that
    /// sample reports can be regenerated byte for byte.
    static func startTime() -> Date {
        if let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(value) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}

/// `creditlint report`: reprint a recorded run without scanning again.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the latest (or a given) recorded run from the database, without rescanning.")

    @Option(name: .customLong("run"), help: "The run number to print (default: the latest).")
    var runNumber: Int?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let plan = try output.plan()
        let report = try CreditLint.recordedStream(database: output.databasePath, run: runNumber)
        try output.emit(report, plan: plan)
        if report.fails { throw ExitCode(ExitStatus.findings) }
    }
}

import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint scan PATH`: scan, check, record, report, and fail the build on findings.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan a folder of HTML pages and check every content image's credit.")

    @Argument(help: "The folder (or page) to scan.")
    var path: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Fail (exit 1) on findings at or above this severity: error, warning or note (default: error).")
    var failOn: Severity?

    @Option(help: "Only scan pages whose relative path matches this glob (repeatable).")
    var include: [String] = []

    @Option(help: "Skip pages whose relative path matches this glob (repeatable).")
    var exclude: [String] = []

    @Flag(inversion: .prefixedNo, help: "The site is commercial: NonCommercial (NC) licences are errors.")
    var commercial: Bool?

    @Option(help: "Report files larger than this many bytes as failed (default: 50 MiB).")
    var maxFileSize: Int?

    @Option(help: "The configuration file (default: the nearest \(Configuration.fileName) in PATH or above).")
    var config: String?

    func run() throws {
        let loaded = try Configuration.load(forRoot: path, explicitPath: config)
        let (options, warnings) = try ScanOptions.merged(
            root: path, configuration: loaded,
            commandLine: CommandLineOverrides(
                failOn: failOn, commercial: commercial, include: include, exclude: exclude,
                databasePath: output.db, maxFileSize: maxFileSize),
            knownRules: RuleCatalogText.ruleIDs)
        for warning in warnings {
            FileHandle.standardError.write(Data("creditlint: warning: \(warning)\n".utf8))
        }
        let report = try CreditLint.scan(options)
        try output.emit(report)
        if report.fails { throw ExitCode(ExitStatus.findings) }
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
        let report = try CreditLint.recordedReport(database: output.databasePath, run: runNumber)
        try output.emit(report)
        if report.fails { throw ExitCode(ExitStatus.findings) }
    }
}

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

    @Option(help: "Fail (exit 1) on findings at or above this severity: error, warning or note.")
    var failOn: Severity = .error

    @Option(help: "Only scan pages whose relative path matches this glob (repeatable).")
    var include: [String] = []

    @Option(help: "Skip pages whose relative path matches this glob (repeatable).")
    var exclude: [String] = []

    @Flag(help: "The site is commercial: NonCommercial (NC) licences are errors.")
    var commercial = false

    @Option(help: "Report files larger than this many bytes as failed instead of parsing them.")
    var maxFileSize: Int = ScanOptions.defaultMaxFileSize

    func run() throws {
        let options = ScanOptions(
            root: path, include: include, exclude: exclude, failOn: failOn, commercial: commercial,
            databasePath: output.databasePath, maxFileSize: maxFileSize)
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

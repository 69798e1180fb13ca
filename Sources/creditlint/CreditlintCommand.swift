import ArgumentParser
import CreditLintKit
import Foundation

#if Mimalloc && canImport(CMimalloc)
    import CMimalloc
#endif

/// The `creditlint` command: argument parsing and exit codes only; the work is in CreditLintKit.
@main
struct CreditlintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "creditlint",
        abstract: "Check that every content image on a site carries a proper credit and licence.",
        discussion: """
            Exit codes: 0 no finding at or above --fail-on, 1 there are, 2 usage, \
            configuration or I/O error.
            """,
        version: CreditLint.version,
        subcommands: [
            ScanCommand.self, MergeCommand.self, ReportCommand.self, RunsCommand.self, HistoryCommand.self,
            ImagesCommand.self, PruneCommand.self, ExplainCommand.self, CreditsCommand.self, LicenseCommand.self,
            RulesCommand.self, DumpConfigCommand.self,
        ]
    )

    /// Parses, runs, and maps every way out to the documented exit codes: ArgumentParser's own
    /// usage errors become 2 rather than 64 so CI users can tell them from findings (1).
    static func main() {
        #if Mimalloc && canImport(CMimalloc)
            // A use of mimalloc keeps the linker from dropping the library as unneeded: being
            // linked is what makes it the process's malloc (see Package.swift).
            _ = mi_version()
        #endif
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help and --version
            }
            // Usage errors get ArgumentParser's message with usage; the tool's own errors
            // (CreditLintError, StoreError) carry an actionable description of their own.
            let message =
                code == .validationFailure
                ? fullMessage(for: error) : "creditlint: error: \(String(describing: error))"
            FileHandle.standardError.write(Data("\(message)\n".utf8))
            Foundation.exit(ExitStatus.toolError)
        }
    }
}

/// The documented exit codes.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let toolError: Int32 = 2
}

extension Severity: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}

/// Options shared by the commands that print a report.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); NAME=PATH writes that format to a file (repeatable).",
            valueName: "name[=path]"),
        completion: .list(ReportFormat.allCases.map(\.rawValue)))
    var format: [String] = []

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the standard-output report to this file instead.", valueName: "file"))
    var output: String?

    @Option(help: "Colour the text report: auto (default) colours a terminal without NO_COLOR, always, never.")
    var color: ColorChoice?

    @Flag(name: .shortAndLong, help: "Print only the findings that fail the build, and the verdict when it fails.")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    /// Where the report goes, checked before any work is done. Command-line formats and
    /// output replace the configuration's.
    func plan(configured: Configuration = Configuration()) throws -> OutputPlan {
        let plan = try OutputPlan(
            formats: format.isEmpty ? configured.format ?? [] : format, output: output ?? configured.output,
            color: color ?? configured.color.flatMap(ColorChoice.init(rawValue:)) ?? .auto,
            quiet: quiet || configured.quiet == true,
            environment: ProcessInfo.processInfo.environment, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
        try plan.checkDestinations()
        return plan
    }

    func emit(_ report: ReportStream, plan: OutputPlan) throws {
        let warnings = try plan.emit(report) { FileHandle.standardOutput.write(Data($0.utf8)) }
        for warning in warnings {
            FileHandle.standardError.write(Data("creditlint: warning: \(warning)\n".utf8))
        }
    }

    /// A progress line for long scans, when standard error is a terminal and not `--quiet`.
    func progressLine(plan: OutputPlan) -> ProgressLine? {
        plan.quiet || isatty(STDERR_FILENO) != 1 ? nil : ProgressLine()
    }

    var databasePath: String { db ?? DatabaseLocation.defaultPath() }
}

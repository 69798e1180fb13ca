import ArgumentParser
import CreditLintKit
import Foundation

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
            ScanCommand.self, ReportCommand.self, LicenseCommand.self, RulesCommand.self,
            DumpConfigCommand.self,
        ]
    )

    /// Parses, runs, and maps every way out to the documented exit codes: ArgumentParser's own
    /// usage errors become 2 rather than 64 so CI users can tell them from findings (1).
    static func main() {
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

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Options shared by the commands that print a report.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    func emit(_ report: ScanReport, configured: Configuration = Configuration()) throws {
        let text = try report.render(format ?? Self.format(configured) ?? .text)
        if let output = output ?? configured.output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw CreditLintError.invalidValue(
                    option: "--output", value: output, hint: "cannot write the report: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    var databasePath: String { db ?? DatabaseLocation.defaultPath() }

    /// The first format of the configuration's `format` list this command can print.
    private static func format(_ configured: Configuration) -> ReportFormat? {
        (configured.format ?? []).lazy.compactMap { ReportFormat(rawValue: $0) }.first
    }
}

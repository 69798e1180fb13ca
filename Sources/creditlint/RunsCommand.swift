import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint runs`: list the recorded runs, to pick one for `creditlint report --run N`.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the runs recorded in the database, newest first, for report --run N.")

    /// How the list is printed.
    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(
        help: ArgumentHelp(
            "The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    @Option(name: .shortAndLong, help: "text (default, one line per run) or json.")
    var format: ListFormat = .text

    func run() throws {
        let runs = try CreditLint.recordedRuns(database: db ?? DatabaseLocation.defaultPath())
        let text = format == .json ? try runs.listingJSON() : runs.listingText()
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint history`: the recorded runs over time, with their findings by rule and what
/// each run found new or no longer found.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the recorded runs oldest first: pages, images, findings by rule, new and fixed.")

    @Option(
        help: ArgumentHelp(
            "The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    @Option(name: .shortAndLong, help: "text (default, a block per run) or json.")
    var format: RunsCommand.ListFormat = .text

    func run() throws {
        let history = try CreditLint.runHistory(database: db ?? DatabaseLocation.defaultPath())
        let text = format == .json ? try history.historyJSON() : history.historyText()
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint images`: each picture of a recorded run once, with the pages that show it and
/// the credits they give.
struct ImagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "List each image of the latest (or run N) with the pages showing it and the credits seen.")

    @Option(
        help: ArgumentHelp(
            "The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    @Option(name: .customLong("run"), help: "The run to list (default: the latest).")
    var runNumber: Int?

    @Option(name: .shortAndLong, help: "text (default, a block per image) or json.")
    var format: RunsCommand.ListFormat = .text

    func run() throws {
        let listing = try CreditLint.recordedImages(database: db ?? DatabaseLocation.defaultPath(), run: runNumber)
        let text = format == .json ? try listing.json() : listing.text()
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

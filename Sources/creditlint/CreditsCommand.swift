import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint credits`: the credits register of a recorded run, for a site's credits page.
struct CreditsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credits",
        abstract: "Print the credits register of the latest (or a given) recorded run.",
        discussion: """
            One line per credited image in TASL form (title, author, source, licence with its \
            link), grouped by page or by image, then the content images that have no credit.
            """)

    @Option(name: .customLong("run"), help: "The run number (default: the latest).")
    var runNumber: Int?

    @Option(
        help: ArgumentHelp(
            "The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    @Option(name: .shortAndLong, help: "text (default), markdown, html or json.")
    var format: CreditsRenderer.Format = .text

    @Option(name: .customLong("by"), help: "Group the credits by page (default) or by image.")
    var grouping: CreditsRenderer.Grouping = .page

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the register to this file.", valueName: "file"))
    var output: String?

    func run() throws {
        let register = try CreditLint.creditsRegister(database: db ?? DatabaseLocation.defaultPath(), run: runNumber)
        let text = try CreditsRenderer(format: format, grouping: grouping).render(register)
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            throw CreditLintError.invalidValue(
                option: "--output", value: output, hint: "cannot write the register: \(error.localizedDescription)")
        }
    }
}

extension CreditsRenderer.Format: ExpressibleByArgument {}
extension CreditsRenderer.Grouping: ExpressibleByArgument {}

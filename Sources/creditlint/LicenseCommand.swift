import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint license`: identify a licence from text or a URL.
struct LicenseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "license",
        abstract: "Identify a licence from a text or a URL.",
        discussion: """
            With --batch, reads one input per line from standard input and writes one line per \
            input: the input, a tab, then the licence id, AMBIGUOUS or NONE.
            """)

    @Argument(help: "The licence text or URL, e.g. \"CC BY-SA 3.0 DE\".")
    var input: [String] = []

    @Flag(help: "Read inputs from standard input, one per line; write TSV.")
    var batch = false

    func validate() throws {
        if batch == input.isEmpty { return }
        throw ValidationError(batch ? "--batch reads standard input; give no arguments." : "give a licence text or URL, or --batch.")
    }

    func run() throws {
        if batch {
            while let line = readLine(strippingNewline: true) {
                let item = line.hasSuffix("\r") ? String(line.dropLast()) : line
                print("\(item)\t\(LicenseLookup.identify(item).contractValue)")
            }
            return
        }
        let text = input.joined(separator: " ")
        print(LicenseLookup.describe(text), terminator: "")
    }
}

/// `creditlint rules`: every rule with its default severity and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule: id, default severity and summary.")

    func run() throws {
        print(RuleCatalogText.render())
    }
}

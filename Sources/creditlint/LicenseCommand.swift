import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint license`: identify a licence from text or a URL.
struct LicenseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "license",
        abstract: "Identify a licence from a text or a URL.",
        discussion: """
            The answer is the one a scan gives for a credit holding the same words or link.             The configuration's extra licences count, and its licence policy is reported             (acceptedLicenses, deniedLicenses). With --batch, reads one input per line from             standard input and writes one line per input: the input, a tab, then the licence             id, AMBIGUOUS or NONE.
            """)

    @Argument(help: "The licence text or URL, e.g. \"CC BY-SA 3.0 DE\".")
    var input: [String] = []

    @Flag(help: "Read inputs from standard input, one per line; write TSV.")
    var batch = false

    @Option(
        help: "The configuration file (default: the nearest \(Configuration.fileName) in the current folder or above).")
    var config: String?

    func validate() throws {
        if batch == input.isEmpty { return }
        throw ValidationError(
            batch ? "--batch reads standard input; give no arguments." : "give a licence text or URL, or --batch.")
    }

    func run() throws {
        let loaded = try Configuration.load(forRoot: ".", explicitPath: config)
        for warning in loaded.warnings {
            FileHandle.standardError.write(Data("creditlint: warning: \(warning)\n".utf8))
        }
        let lookup = try LicenseLookup(configuration: loaded.configuration)
        if batch {
            while let line = readLine(strippingNewline: true) {
                let item = line.hasSuffix("\r") ? String(line.dropLast()) : line
                print("\(item)\t\(lookup.identify(item).contractValue)")
            }
            return
        }
        let text = input.joined(separator: " ")
        print(lookup.describe(text), terminator: "")
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

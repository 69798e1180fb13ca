import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint explain PAGE`: why the scan decided what it did about each image of one page.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why each image of one page is content or not, and where its credit and licence came from.",
        discussion: """
            The page is scanned as `scan` would scan it (same configuration), nothing is recorded. \
            Exit codes: 0 after printing (explain is no gate), 2 when the page cannot be read, \
            is no HTML page, or --image matches no image.
            """)

    /// The output formats of `explain`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The HTML page.")
    var page: String

    @Option(help: ArgumentHelp("Only the images one of whose URLs contains this text.", valueName: "src"))
    var image: String?

    @Option(name: .shortAndLong, help: "Output format: text (default) or json.")
    var format: Format = .text

    @Option(
        help: "The configuration file (default: the nearest \(Configuration.fileName) in the page's folder or above).")
    var config: String?

    @Flag(inversion: .prefixedNo, help: "The site is commercial: NonCommercial (NC) licences are errors.")
    var commercial: Bool?

    func run() throws {
        let (explanation, warnings) = try CreditLint.explain(
            page: page, image: image, configPath: config, commercial: commercial)
        for warning in warnings {
            FileHandle.standardError.write(Data("creditlint: warning: \(warning)\n".utf8))
        }
        switch format {
        case .text:
            FileHandle.standardOutput.write(Data(explanation.text().utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(explanation) + Data("\n".utf8))
        }
    }
}

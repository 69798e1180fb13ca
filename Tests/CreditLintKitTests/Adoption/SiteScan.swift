import CreditCore
import CreditLintKit
import Foundation
import Testing

/// Scans a small site built from strings, in-process, with a configuration text.
enum SiteScan {
    /// A figure whose caption credits the image.
    static func credited(_ src: String) -> String {
        "<figure><img src=\"\(src)\" alt=\"x\"><figcaption>Harbour at dawn. Photo: Jane Doe/Reuters</figcaption></figure>"
    }

    /// A figure whose caption only describes the image.
    static func uncredited(_ src: String) -> String {
        "<figure><img src=\"\(src)\" alt=\"x\"><figcaption>The harbour at dawn.</figcaption></figure>"
    }

    /// A page whose article holds `body`.
    static func page(_ body: String) -> String {
        "<html><body><article><p>Some text about the harbour.</p>\n\(body)\n</article></body></html>"
    }

    /// Options merged from a configuration text and command-line values, as `scan` does.
    static func options(
        _ folder: TemporaryFolder, config: String? = nil, root: String = "site",
        commandLine: CommandLineOverrides = CommandLineOverrides(), today: String = "2026-06-01"
    ) throws -> ScanOptions {
        if let config { try folder.write(".creditlint.yml", config) }
        let loaded = try Configuration.load(forRoot: folder.file(root))
        var (options, _) = try ScanOptions.merged(
            root: folder.file(root), configuration: loaded, commandLine: commandLine,
            knownRules: Set(RuleRegistry.all.map { $0.id }))
        options.today = try #require(WaiverDate(today))
        return options
    }

    /// Scans without a database.
    static func run(
        _ folder: TemporaryFolder, config: String? = nil,
        commandLine: CommandLineOverrides = CommandLineOverrides(), today: String = "2026-06-01"
    ) throws -> ScanReport {
        try CreditLint.scanWithoutRecording(
            options(folder, config: config, commandLine: commandLine, today: today))
    }

    /// Every finding's rule id, page by page in path order.
    static func rules(_ report: ScanReport) -> [String] {
        report.documents.flatMap { $0.allFindings.map(\.rule) }
    }
}

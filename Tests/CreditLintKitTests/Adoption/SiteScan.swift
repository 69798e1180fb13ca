import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

/// Scans a small site built from strings (see `TestPages`), in-process, with a configuration
/// text.
enum SiteScan {
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

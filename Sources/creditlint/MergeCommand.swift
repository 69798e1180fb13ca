import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint merge --db OUT SHARD_DB…`: the shards of a scan made by `scan --shard K/N`, as one run.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the databases of `scan --shard K/N` into one run and report it as one scan.",
        discussion: """
            Records the merged run in --db and prints its report, exiting as the scan of every \
            page would (0 or 1). Every shard 1/N to N/N must be given once, all scanned with \
            the same creditlint, configuration and options; otherwise nothing is recorded and \
            the exit status is 2.
            """)

    @Argument(help: "The shard databases, one per shard, in any order.")
    var shards: [String] = []

    @OptionGroup var output: OutputOptions

    @Option(
        help: """
            The configuration file of the checks across pages, which run on the merged run \
            (default: the nearest \(Configuration.fileName) in the scanned folder or above).
            """)
    var config: String?

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give the shard databases to merge.") }
    }

    func run() throws {
        let plan = try output.plan()
        let report = try ShardMerge.merge(shards: shards, into: output.databasePath) { root in
            // The checks across pages read the site's files, as the scan did.
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
                throw CreditLintError.cannotMerge(
                    reason: "the scanned folder \(root) is not here; the checks across pages read its pages and "
                        + "images, so run merge where the shards' folder is, at the same path")
            }
            let loaded = try Configuration.load(forRoot: root, explicitPath: config)
            return try ScanOptions.merged(
                root: root, configuration: loaded, commandLine: CommandLineOverrides(),
                knownRules: RuleCatalogText.ruleIDs
            ).0
        }
        try output.emit(report, plan: plan)
        if report.fails { throw ExitCode(ExitStatus.findings) }
    }
}

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

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give the shard databases to merge.") }
    }

    func run() throws {
        let plan = try output.plan()
        let report = try ShardMerge.merge(shards: shards, into: output.databasePath)
        try output.emit(report, plan: plan)
        if report.fails { throw ExitCode(ExitStatus.findings) }
    }
}

import ArgumentParser
import CreditLintKit
import Foundation

/// `creditlint prune --keep N`: remove all but the newest N runs and reclaim their space.
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove all but the newest N runs from the database and give the space back.",
        discussion: """
            Scans already keep the newest `keepRuns` (default 20) runs; prune trims further by \
            hand and rewrites the file (VACUUM), which a scan does not. Kept runs read back \
            exactly as before.
            """)

    @Option(help: "The number of newest runs to keep (1 or more).")
    var keep: Int

    @Option(
        help: ArgumentHelp(
            "The run database.", discussion: "Default: $CREDITLINT_DB, else \(DatabaseLocation.relativeDefault)."))
    var db: String?

    func validate() throws {
        if keep < 1 { throw ValidationError("--keep must be 1 or more.") }
    }

    func run() throws {
        let database = db ?? DatabaseLocation.defaultPath()
        let outcome = try RunPruning.prune(database: database, keep: keep)
        let runs = outcome.removedRuns.count == 1 ? "run" : "runs"
        print(
            "removed \(outcome.removedRuns.count) \(runs), kept the newest \(keep); "
                + "\(database): \(outcome.bytesBefore) → \(outcome.bytesAfter) bytes")
    }
}

import CreditStore
import Foundation

/// `creditlint prune`: trims a run database to its newest runs and gives the space back.
public enum RunPruning {
    /// What a prune did.
    public struct Outcome: Sendable, Equatable {
        /// The numbers of the runs removed, oldest first.
        public var removedRuns: [Int]
        /// The size of the database (with its write-ahead log) before and after, in bytes.
        public var bytesBefore: Int
        public var bytesAfter: Int
    }

    /// Removes every run of `database` but the newest `keep` (at least 1), then rewrites the
    /// file without the space they held.
    /// - Throws: ``CreditLintError/noRuns(database:)`` when there is no database, store errors.
    public static func prune(database: String, keep: Int) throws -> Outcome {
        guard FileManager.default.fileExists(atPath: database) else {
            throw CreditLintError.noRuns(database: database)
        }
        guard keep >= 1 else {
            throw CreditLintError.invalidValue(option: "--keep", value: String(keep), hint: "keep 1 run or more")
        }
        let before = size(of: database)
        let store = try ReportStore(path: database)
        let removed = try store.prune(keep: keep).removedRuns
        try store.vacuum()
        return Outcome(removedRuns: removed, bytesBefore: before, bytesAfter: size(of: database))
    }

    /// The bytes of a SQLite database and of its write-ahead log.
    public static func size(of database: String) -> Int {
        [database, database + "-wal"].reduce(0) { total, path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}

import CreditModel
import Foundation
internal import GRDB

/// A shard's run database, opened read-only for `creditlint merge`: its latest run, which
/// shard that run holds, and its pages one by one. The file is never written, not even
/// migrated, so a shard made by another version is refused rather than changed.
public final class ShardFile: @unchecked Sendable {
    /// The database path, as given.
    public let path: String
    /// The latest run's scan-wide fields and failed files, `run` set; nil when the file holds no run.
    public let header: ScanReport?
    /// The shard the latest run scanned; nil for a run of every page.
    public let shard: RunShard?
    /// The configuration fingerprint the latest run was recorded with.
    public let configurationFingerprint: String?
    private let dbQueue: DatabaseQueue

    /// Opens the shard database at `path` read-only and reads its latest run.
    /// - Throws: ``StoreError/unreadable(path:reason:)`` (missing file too),
    ///   ``StoreError/notCreditlintDatabase(path:)``, ``StoreError/newerSchema(path:found:)``
    ///   or ``StoreError/olderSchema(path:found:)``.
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.unreadable(path: path, reason: "no such file")
        }
        try StoreFileInspector(path: path).checkBeforeOpening()
        var configuration = ReportStore.configuration()
        configuration.readonly = true
        self.path = path
        do {
            dbQueue = try DatabaseQueue(path: path, configuration: configuration)
            let applied = try dbQueue.read { db in
                try db.tableExists("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") : []
            }
            if applied.last != ReportStore.schemaVersion {
                throw StoreError.olderSchema(path: path, found: applied.last ?? "none")
            }
            let read = try dbQueue.read { db -> (ScanReport?, RunRecord?) in
                guard let id = try Int64.fetchOne(db, sql: "SELECT max(id) FROM run") else { return (nil, nil) }
                return (try DocumentReader.header(run: id, in: db), try RunRecord.fetchOne(db, key: id))
            }
            header = read.0
            let record = read.1
            if let index = record?.shardIndex, let count = record?.shardCount, count >= 1, (1...count).contains(index) {
                shard = RunShard(index: index, count: count)
            } else {
                shard = nil
            }
            configurationFingerprint = record?.configurationFingerprint
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }

    /// A page of the shard's latest run: its path, and where to read it.
    public struct Page: Sendable {
        /// The page's path relative to the scan root.
        public let path: String
        let documentID: Int64
    }

    /// The latest run's pages, in recorded (path) order.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func pages() throws -> [Page] {
        guard let run = header?.run else { return [] }
        return try reading { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT path, id FROM document WHERE run_id = ? ORDER BY ordinal", arguments: [run])
            var pages: [Page] = []
            while let row = try rows.next() { pages.append(Page(path: row[0], documentID: row[1])) }
            return pages
        }
    }

    /// A page as recorded: baseline-suppressed findings apart, suppressed counts, options fingerprint.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func page(_ page: Page) throws -> RecordedPage {
        try reading { db in
            guard let recorded = try DocumentReader.page(id: page.documentID, in: db) else {
                throw RecordMappingError(reason: "document \(page.documentID) disappeared")
            }
            return recorded
        }
    }

    private func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }
}

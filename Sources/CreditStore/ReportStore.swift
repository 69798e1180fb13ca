import CreditModel
import Foundation
internal import GRDB

/// The SQLite record of every scan: one run per ``record(_:)``, each rebuildable as the
/// exact ``ScanReport`` that was recorded.
///
/// A store is a cheap value around one serialized connection; copies share it. The file is
/// in WAL mode with a busy timeout, so two scans may record into the same file at once.
public struct ReportStore: Sendable {
    /// The name of the newest migration: the schema this version writes.
    public static let schemaVersion: String = migrator.migrations.last ?? ""

    /// How long a connection waits for another process's write lock before giving up.
    static let busyTimeout: TimeInterval = 5

    /// The database path, as given (`:memory:` for an in-memory store); used in error messages.
    let path: String
    /// The one connection and its pending checkpoint, shared by every copy of the store.
    let connection: StoreConnection
    /// The one connection; internal only so that the test hooks in `ReportStore+Testing` reach it.
    var dbQueue: DatabaseQueue { connection.queue }

    /// Opens the database at `path`, creating its parent folders and the file when missing,
    /// and migrating it to ``schemaVersion``.
    ///
    /// An existing non-empty file is first inspected read-only and left byte-for-byte
    /// untouched unless it is a creditlint database this version can migrate.
    /// - Throws: ``StoreError/notCreditlintDatabase(path:)``,
    ///   ``StoreError/newerSchema(path:found:)``, ``StoreError/unreadable(path:reason:)`` or
    ///   ``StoreError/cannotCreate(path:reason:)``.
    public init(path: String) throws {
        try Self.createParentFolder(of: path)
        // Only after this check may a read-write connection exist: opening one already
        // switches the file to WAL mode, which would alter a file that is not ours.
        try StoreFileInspector(path: path).checkBeforeOpening()

        let dbQueue = try Self.openReadWrite(path: path)
        try self.init(path: path, dbQueue: dbQueue)
    }

    /// A store in memory, empty and migrated, gone when the last copy is released.
    public static func inMemory() throws -> ReportStore {
        do {
            return try ReportStore(path: ":memory:", dbQueue: DatabaseQueue(configuration: configuration()))
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotCreate(path: ":memory:", reason: StoreError.reason(error))
        }
    }

    private init(path: String, dbQueue: DatabaseQueue) throws {
        self.path = path
        connection = StoreConnection(queue: dbQueue, path: path)
        try Self.migrate(dbQueue, path: path)
    }

    /// Records a whole report in one write transaction and returns the new run id.
    ///
    /// The report's own `run` is ignored: ids are assigned by the database, increasing and
    /// never reused. If anything fails, the transaction is rolled back and no trace of the
    /// run remains.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func record(_ report: ScanReport) throws -> Int {
        do {
            return try dbQueue.writeWithoutTransaction { db in
                var runID: Int64 = 0
                // IMMEDIATE takes the write lock up front, so a concurrent writer makes this
                // one wait (busy timeout) instead of failing halfway through the transaction.
                try db.inTransaction(.immediate) {
                    let recorder = try RunRecorder(recording: report, db: db, path: path)
                    for document in report.documents { try recorder.append(RecordedPage(document: document)) }
                    try recorder.finish(report)
                    runID = recorder.runID
                    return .commit
                }
                return Int(runID)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
    }

    /// The id of the most recently recorded run, or nil when the database has none.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func latestRunID() throws -> Int? {
        try read { db in try Int.fetchOne(db, sql: "SELECT max(id) FROM run") }
    }

    /// Rebuilds the report of `run` exactly as it was recorded, with ``ScanReport/run`` set.
    /// - Throws: ``StoreError/unknownRun(run:path:)`` or ``StoreError/unreadable(path:reason:)``.
    public func report(run: Int) throws -> ScanReport {
        let report = try read { db in
            guard var report = try DocumentReader.header(run: Int64(run), in: db) else { return ScanReport?.none }
            try DocumentReader.forEachDocument(run: Int64(run), in: db) { report.documents.append($0) }
            return report
        }
        guard let report else { throw StoreError.unknownRun(run: run, path: path) }
        return report
    }

    /// The newest `limit` runs, newest first (by id, i.e. by the order they were recorded,
    /// which can differ from `startedAt` when scans overlap). A negative limit lists none.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func runs(limit: Int) throws -> [RunSummary] {
        try read { db in try RunReader.summaries(limit: limit, in: db) }
    }

    /// Runs `body` in a read transaction (one consistent snapshot even while another process
    /// records), turning every failure into ``StoreError/unreadable(path:reason:)``.
    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }
}

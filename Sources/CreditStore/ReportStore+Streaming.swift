import CreditModel
import CreditReporting
import Foundation
internal import GRDB

extension ReportStore {
    /// How long a scan waits for another scan recording into the same database to finish.
    static let runLockTimeout: TimeInterval = 30 * 60
    /// SQLite's default WAL size, in pages, past which a commit checkpoints.
    static let walAutocheckpointPages = 1000

    /// Records a run page by page: inserts the run row, hands `body` a ``RunRecorder`` to
    /// append pages to as they are done, and commits when `body` returns.
    ///
    /// ```swift
    /// let run = try store.recordRun(header) { recorder in
    ///     for page in pages { try recorder.append(page) }
    ///     try recorder.finish(header)
    ///     return recorder.run
    /// }
    /// ```
    ///
    /// Everything happens in one IMMEDIATE transaction on the store's one connection: when
    /// `body` throws, or the process dies before the commit, no trace of the run remains.
    /// `body` runs on the store's queue and must not use the store itself; it may wait for
    /// other threads.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws, unchanged; ``StoreError/writeFailed(path:reason:)`` when
    ///   the run row or the commit fails.
    @discardableResult
    public func recordRun<T>(_ header: ScanReport, _ body: (RunRecorder) throws -> T) throws -> T {
        var result: T?
        do {
            try dbQueue.writeWithoutTransaction { db in
                // The run holds the write lock for as long as it scans, so another scan of the
                // same database waits for it to finish (up to runLockTimeout) instead of giving
                // up after the usual few seconds.
                try db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.runLockTimeout * 1000))")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))") }
                // Copying a reused page's rows (INSERT … SELECT) journals the pages each statement
                // touches in a statement journal; past 64 KiB SQLite spills that journal to a
                // temporary file for the rest of the run, and every copied page then cost a
                // dozen writes to it. In memory it stays a few pages per statement.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                defer { try? db.execute(sql: "PRAGMA temp_store = DEFAULT") }
                // The commit would also copy the whole run from the WAL into the file (an
                // automatic checkpoint); that happens on another thread instead, below.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                defer { try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.walAutocheckpointPages)") }
                try db.inTransaction(.immediate) {
                    let recorder = try RunRecorder(recording: header, db: db, path: path)
                    result = try body(recorder)
                    // The rows of the last copied pages, if `body` did not read or finish the run,
                    // and the run's pages as the newest to reuse.
                    try recorder.updateReuseEntries()
                    return .commit
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        } catch let error as RecordMappingError {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
        guard let result else { throw StoreError.writeFailed(path: path, reason: "the run was not recorded") }
        connection.checkpointInBackground(configuration: Self.configuration())
        return result
    }

    /// The scan-wide fields and failed files of `run`, without its pages (see
    /// ``forEachDocument(run:_:)``).
    /// - Throws: ``StoreError/unknownRun(run:path:)`` or ``StoreError/unreadable(path:reason:)``.
    public func header(run: Int) throws -> ScanReport {
        let header = try readPages { db in try DocumentReader.header(run: Int64(run), in: db) }
        guard let header else { throw StoreError.unknownRun(run: run, path: path) }
        return header
    }

    /// Calls `body` with each page of `run` in recorded order, reading one page at a time, so
    /// that memory stays flat however large the run. Errors thrown by `body` pass unchanged.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func forEachDocument(run: Int, _ body: (DocumentReport) throws -> Void) throws {
        try readEach(body) { db, pass in try DocumentReader.forEachDocument(run: Int64(run), in: db, pass) }
    }

    /// Calls `body` with each page of `run` in recorded order for the JSON report: the element
    /// recorded with the page where there is one, the page read back otherwise (see
    /// ``JSONPage``). Memory stays flat; errors thrown by `body` pass unchanged.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func forEachJSONPage(run: Int, _ body: (JSONPage) throws -> Void) throws {
        try readEach(body) { db, pass in try DocumentReader.forEachJSONPage(run: Int64(run), in: db, pass) }
    }

    /// Runs `read` in a read transaction, handing what it yields to `body`: errors thrown by
    /// `body` pass unchanged, the others become ``StoreError/unreadable(path:reason:)``.
    private func readEach<Item>(
        _ body: (Item) throws -> Void, _ read: (Database, (Item) throws -> Void) throws -> Void
    ) throws {
        var bodyError: (any Error)?
        do {
            // `body` runs only while `read` does: the escape is a formality of the nesting.
            try withoutActuallyEscaping(body) { body in
                try dbQueue.read { db in
                    try read(db) { item in
                        do {
                            try body(item)
                        } catch {
                            bodyError = error
                            throw error
                        }
                    }
                }
            }
        } catch {
            if let bodyError { throw bodyError }
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }

    /// The counts over every page of `run`, computed by SQLite without reading the pages.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func totals(run: Int, failOn: Severity) throws -> ReportTotals {
        try readPages { db in try DocumentReader.totals(run: Int64(run), failOn: failOn, in: db) }
    }

    private func readPages<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }
}

import Foundation
internal import GRDB

extension ReportStore {
    /// The connection settings every store connection shares.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "creditlint.store"
        return configuration
    }

    /// The page size of a new database, in bytes (SQLite's default is 4096; a file keeps the
    /// size it was created with).
    ///
    /// A run writes pages in bulk and never updates a row in place, and a page's element of
    /// the JSON report is ~10 KB of text: at 4 KB it spans a chain of overflow pages, each read
    /// and written by its own system call. At 32 KB it mostly fits its row, and a rescan's
    /// checkpoint (the wait at the end of every scan) copies an eighth as many pages: on the
    /// benchmark site a rescan takes ~8 ms less, the file ~13% more space.
    static let pageSize = 32_768

    /// Opens the read-write connection, in WAL mode.
    ///
    /// Switching a new file to WAL needs an exclusive lock, and SQLite answers
    /// `PRAGMA journal_mode = WAL` with SQLITE_BUSY at once, without the busy handler, while
    /// another scan opening the same file holds a lock. So a busy open is retried until the
    /// busy timeout has passed, like any other wait for a lock.
    ///
    /// WAL mode is set here rather than with GRDB's `journalMode = .wal`, which also writes to
    /// the database (it creates and drops a table) whenever the log file is missing or empty,
    /// as it is after every scan: a write whose commit waits for the disk, at the start of the
    /// run where nothing overlaps it. Without it, the run's own first write creates the log,
    /// in the middle of the scan, while the workers go on.
    static func openReadWrite(path: String) throws -> DatabaseQueue {
        var configuration = configuration()
        // Stamping a blank file first means that a creation interrupted at any later point
        // still leaves a file the inspector recognises as ours; the v1 migration sets the same
        // id for databases that predate this stamp.
        configuration.prepareDatabase { db in
            let stamped = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if stamped == 0 && objects == 0 {
                // Before the first write fixes it: see `pageSize`.
                try db.execute(sql: "PRAGMA page_size = \(pageSize)")
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                // The page cache keeps the number of pages it was given for the old page size
                // (2,000 KB of 4 KB pages): without this it would hold 16 MB of 32 KB pages.
                try db.execute(sql: "PRAGMA cache_size = -2000")
            }
            // A file in WAL mode already stays as it is; a new one switches (and the switch
            // is persistent). NORMAL: a commit does not wait for the disk, a checkpoint does.
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard mode == "wal" else {
                throw DatabaseError(message: "cannot switch the database to WAL mode")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try DatabaseQueue(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            } catch {
                throw StoreError.cannotCreate(path: path, reason: StoreError.reason(error))
            }
        }
    }

    /// Creates the folders leading to `path`, so that a database path inside a folder that
    /// does not exist yet (a fresh checkout, a new CI workspace) just works.
    static func createParentFolder(of path: String) throws {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreate(
                path: path, reason: "cannot create the folder \(parent.path): \(StoreError.reason(error))")
        }
    }
}

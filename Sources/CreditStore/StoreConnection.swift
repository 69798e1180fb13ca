import Dispatch
internal import GRDB

/// The store's one connection, and the checkpoint that may still be copying its last run
/// from the write-ahead log into the database file.
///
/// A recorded run's pages sit in the WAL until a checkpoint copies them into the file and
/// syncs both. SQLite would do that inside the run's commit, on the thread that then reads
/// the report back; here it runs on a second connection while the report is read, and the
/// connection waits for it before it closes, so that the file is whole when the store is gone.
final class StoreConnection: Sendable {
    let queue: DatabaseQueue
    private let path: String
    private let pending = DispatchGroup()

    init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Starts copying the WAL into the database file on another connection and thread.
    ///
    /// A checkpoint that cannot run (another process holds a lock, the file is gone) is
    /// simply skipped: the committed run is safe in the WAL, and the next connection to close
    /// last, or the next checkpoint, moves it.
    func checkpointInBackground(configuration: Configuration) {
        guard path != ":memory:" else { return }
        let path = path
        DispatchQueue.global(qos: .utility).async(group: pending) {
            guard let checkpointer = try? DatabaseQueue(path: path, configuration: configuration) else { return }
            _ = try? checkpointer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
            try? checkpointer.close()
        }
    }

    /// Waits for the checkpoint started last, if any (for tests: closing waits anyway).
    func waitForCheckpoint() {
        pending.wait()
    }

    deinit {
        pending.wait()
    }
}

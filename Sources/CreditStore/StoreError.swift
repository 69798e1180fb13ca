import Foundation

/// Why the report store could not do what was asked.
///
/// Every case names the database path so that a message printed on its own still tells the
/// user which file is concerned; descriptions are lower-case and end with what to do next.
public enum StoreError: Error, LocalizedError, CustomStringConvertible, Equatable {
    /// The file exists and holds data, but it is not a creditlint database (another
    /// application's SQLite database, or not SQLite at all). It was left untouched.
    case notCreditlintDatabase(path: String)
    /// The database was written by a newer creditlint: it has applied migrations this version
    /// does not know. `found` is the newest of those. The file was left untouched.
    case newerSchema(path: String, found: String)
    /// A database read as it is (a shard given to `creditlint merge`) was written by an older
    /// creditlint, whose schema ends at `found`. It was left untouched.
    case olderSchema(path: String, found: String)
    /// The file could not be read as a database (corrupt, unreadable, a folder …).
    case unreadable(path: String, reason: String)
    /// The database or its parent folder could not be created, opened for writing or migrated.
    case cannotCreate(path: String, reason: String)
    /// No run with this id was recorded in the database.
    case unknownRun(run: Int, path: String)
    /// Recording a run failed; the transaction was rolled back, so nothing of the run remains.
    case writeFailed(path: String, reason: String)

    /// A one-line, lower-case explanation that names the path and suggests a way out.
    public var description: String {
        switch self {
        case .notCreditlintDatabase(let path):
            "\(path) is not a creditlint database; it was left untouched. "
                + "choose another database path or move the file away"
        case .newerSchema(let path, let found):
            "\(path) was written by a newer creditlint (schema \(found); this version knows up to "
                + "\(ReportStore.schemaVersion)); it was left untouched. "
                + "upgrade creditlint or choose another database path"
        case .olderSchema(let path, let found):
            "\(path) was written by an older creditlint (schema \(found); this version writes "
                + "\(ReportStore.schemaVersion)); it was left untouched. "
                + "scan the shard again with this version"
        case .unreadable(let path, let reason):
            "cannot read the database \(path): \(reason). "
                + "check the file, or choose another database path"
        case .cannotCreate(let path, let reason):
            "cannot open the database \(path) for writing: \(reason). "
                + "check that the folder is writable, or choose another database path"
        case .unknownRun(let run, let path):
            "no run \(run) in the database \(path); list the recorded runs with `creditlint runs --db \(path)` "
                + "to pick an existing one"
        case .writeFailed(let path, let reason):
            "could not record the run in \(path): \(reason); nothing of the run was kept. "
                + "retry the scan"
        }
    }

    /// The same text as ``description``, for `LocalizedError` consumers.
    public var errorDescription: String? { description }
}

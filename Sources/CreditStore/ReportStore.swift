import CreditCore

/// The SQLite record of every scan. (Stub: the store work replaces this.)
public struct ReportStore: Sendable {
    /// Opens (creating and migrating if needed) the database at `path`.
    public init(path: String) throws {}
}

internal import GRDB

// Hooks for the test suite, reachable only through `@testable import CreditStore`. They let
// tests break the store on purpose (a failing trigger, a migration from the future, a foreign
// SQLite file) without the test target importing GRDB itself.
extension ReportStore {
    /// Runs raw SQL statements on this store's connection, outside any transaction.
    func executeForTesting(_ sql: String) throws {
        try dbQueue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    /// The first column of the first row of a query, as an integer (counts, pragmas).
    func fetchIntForTesting(_ sql: String) throws -> Int? {
        try dbQueue.read { db in try Int.fetchOne(db, sql: sql) }
    }

    /// The first column of the first row of a query with one `run` argument, as text.
    func fetchStringForTesting(_ sql: String, run: Int) throws -> String? {
        try dbQueue.read { db in try String.fetchOne(db, sql: sql, arguments: [run]) }
    }

    /// Writes a plain SQLite file at `path` with whatever `sql` creates: another
    /// application's database, as far as the store can tell.
    static func makeSQLiteFileForTesting(at path: String, sql: String) throws {
        let dbQueue = try DatabaseQueue(path: path)
        try dbQueue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try dbQueue.close()
    }
}

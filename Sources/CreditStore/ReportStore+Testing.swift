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

// Hooks for the migration, kill and integrity tests.
extension ReportStore {
    /// The first column of the first row of a query, as text (`PRAGMA integrity_check`).
    func fetchStringForTesting(_ sql: String) throws -> String? {
        try dbQueue.read { db in try String.fetchOne(db, sql: sql) }
    }

    /// How SQLite means to run `sql` (the `detail` column of `EXPLAIN QUERY PLAN`).
    func queryPlanForTesting(_ sql: String, arguments: [String]) throws -> [String] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments))
                .map { $0["detail"] }
        }
    }

    /// The reuse lookup's SQL (see `RunRecorder.reuseQuery`).
    static var reuseQueryForTesting: String { RunRecorder.reuseQuery }

    /// Waits until the checkpoint that recording a run started has copied it into the file.
    func waitForCheckpointForTesting() {
        connection.waitForCheckpoint()
    }

    /// The migrations recorded as applied in this database, in the order they ran.
    func appliedMigrationsForTesting() throws -> [String] {
        try dbQueue.read { db in try ReportStore.migrator.appliedIdentifiers(db) }.sorted {
            (ReportStore.migrator.migrations.firstIndex(of: $0) ?? .max)
                < (ReportStore.migrator.migrations.firstIndex(of: $1) ?? .max)
        }
    }

    /// The schema (`sqlite_master`'s SQL, sorted) of a fresh database migrated up to and
    /// including `migration`: what that release created.
    static func schemaForTesting(upTo migration: String) throws -> [String] {
        let dbQueue = try DatabaseQueue()
        try migrator.migrate(dbQueue, upTo: migration)
        return try dbQueue.read(schema(of:))
    }

    /// The schema of the SQLite file at `path`, read without migrating or changing it.
    static func schemaForTesting(ofFileAt path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let dbQueue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? dbQueue.close() }
        return try dbQueue.read(schema(of:))
    }

    private static func schema(of db: Database) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        ).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.sorted()
    }
}

/// A column as the test of the records against the schema compares it.
struct ColumnDescriptionForTesting: Equatable, CustomStringConvertible {
    var name: String
    /// The declared type: `TEXT`, `INTEGER` or `BOOLEAN`.
    var type: String
    var nullable: Bool
    /// Whether SQLite fills it in (`INTEGER PRIMARY KEY`, NULL when inserted).
    var rowID = false

    var description: String { "\(name) \(type)\(nullable ? "" : " NOT NULL")\(rowID ? " row id" : "")" }
}

// Hooks for the test of the records against the schema the migrations create.
extension ReportStore {
    /// Every table's record.
    private static let records: [any StoredRecord.Type] = [
        RunRecord.self, DocumentRecord.self, ImageRecord.self, CreditRecord.self, ImageLicenseRecord.self,
        PageLicenseRecord.self, FindingRecord.self, BaselinedFindingRecord.self, FailedFileRecord.self,
        ReuseEntryRecord.self, FileStampRecord.self,
    ]

    /// The tables as the records describe them, each column's type told by its field's type.
    static func recordTablesForTesting() -> [String: [ColumnDescriptionForTesting]] {
        func columns<Record: StoredRecord>(_ record: Record.Type) -> [ColumnDescriptionForTesting] {
            var types = ColumnTypes()
            var blank = Record()
            blank.visitColumns(&types)
            return types.columns
        }
        return Dictionary(uniqueKeysWithValues: records.map { ($0.databaseTableName, columns($0)) })
    }

    /// The tables of a database migrated to ``schemaVersion``, as `PRAGMA table_info` tells them.
    static func migratedTablesForTesting() throws -> [String: [ColumnDescriptionForTesting]] {
        let dbQueue = try DatabaseQueue()
        try migrator.migrate(dbQueue)
        return try dbQueue.read { db in
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                    """)
            return try Dictionary(
                uniqueKeysWithValues: tables.map { table in
                    let columns = try Row.fetchAll(
                        db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", arguments: [table]
                    ).map { row in
                        let nullable = !(row[2] as Bool)
                        // A nullable INTEGER PRIMARY KEY is the rowid, which SQLite assigns.
                        let rowID = row[1] == "INTEGER" && row[3] == 1 && nullable
                        return ColumnDescriptionForTesting(name: row[0], type: row[1], nullable: nullable, rowID: rowID)
                    }
                    return (table, columns)
                })
        }
    }
}

/// The columns with the SQL type their fields' Swift types stand for.
private struct ColumnTypes: ColumnVisitor {
    var columns: [ColumnDescriptionForTesting] = []

    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        let type: String =
            switch Value.self {
            case is String.Type, is String?.Type: "TEXT"
            case is Int.Type, is Int?.Type, is Int64.Type, is Int64?.Type: "INTEGER"
            case is Bool.Type, is Bool?.Type: "BOOLEAN"
            default: "\(Value.self)"
            }
        columns.append(ColumnDescriptionForTesting(name: name, type: type, nullable: value.databaseValue.isNull))
    }

    mutating func visitRowID(_ name: String, _ value: inout Int64?) {
        visit(name, &value)
        columns[columns.count - 1].rowID = true
    }
}

internal import GRDB

/// Columns that a record holds, listed once, in the order the table has them.
///
/// ``visitColumns(_:)`` is the description: each line names a column and hands over the field
/// that holds it. Writing a row, reading one by position and naming the columns in SQL all walk
/// that one list (see ``StoredRecord``), so their orders cannot drift apart. A group of columns
/// that two tables share (``FindingColumns``, ``LicenseColumns``) is listed once too, and the
/// tables' records visit it in their place.
protocol ColumnGroup {
    /// The group with every field at its type's zero value or nil, to read a row into.
    init()

    /// Hands `visitor` every column in table order: its name and the field that holds it.
    mutating func visitColumns(_ visitor: inout some ColumnVisitor)
}

/// Something that walks a record's columns (see ``ColumnGroup/visitColumns(_:)``).
protocol ColumnVisitor {
    /// Visits the column `name`, held by `value`.
    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value)
}

/// A table of the run database as this version writes and reads it: one row of it, with its
/// columns in table order (see ``ColumnGroup``).
///
/// The migrations are the schema's history; the records are its present. Every statement that
/// writes, reads or copies whole rows is built from a record's columns: ``insertSQL``,
/// ``selection(of:replacing:)`` and ``copy(from:replacing:omitting:)``. Rows are read by
/// position, because GRDB's lookup of a column by name lower-cases the name on every access,
/// which cost more than the queries themselves. `RecordSchemaTests` holds every record to the
/// schema the migrations create: the same tables, the same columns in the same order, of
/// matching types and nullability.
protocol StoredRecord: ColumnGroup, FetchableRecord, TableRecord {
    /// The INSERT of one whole row, one argument per column: ``insertStatement()``, made once.
    static var insertSQL: String { get }
}

extension StoredRecord {
    /// The names of the columns, in table order.
    static var columnNames: [String] {
        var names = ColumnNames()
        var blank = Self()
        blank.visitColumns(&names)
        return names.names
    }

    /// How many columns the table has: where the next table's columns start in a joined row.
    static var columnCount: Int { columnNames.count }

    /// The columns GRDB's requests select, in table order, for ``init(row:)``.
    static var databaseSelection: [any SQLSelectable] { columnNames.map { Column($0) } }

    /// Reads the row whose columns start at `start`, in table order (see ``selection(of:replacing:)``).
    init(row: Row, at start: Int) {
        self.init()
        var reader = ColumnReader(row: row, index: start)
        visitColumns(&reader)
    }

    /// Reads a row fetched with ``databaseSelection`` or `SELECT *`.
    init(row: Row) {
        self.init(row: row, at: 0)
    }

    /// Reads the row whose columns start at `start`, or nil where a LEFT JOIN found none. The
    /// first column of every table that is joined so is its key, which is never NULL in a row.
    init?(joinedIn row: Row, at start: Int) {
        guard !row.hasNull(atIndex: start) else { return nil }
        self.init(row: row, at: start)
    }

    /// The row's values, in table order: the arguments of ``insertSQL``.
    var databaseArguments: StatementArguments {
        var copy = self
        var values = ColumnValues()
        copy.visitColumns(&values)
        return StatementArguments(values.values)
    }

    /// Inserts the row. A nil `id` is given by SQLite, as when the column is left out.
    func insert(into db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: databaseArguments)
    }

    /// `INSERT INTO table (every column) VALUES (?, …)`, for ``insertSQL``.
    static func insertStatement() -> String {
        let names = columnNames
        return "INSERT INTO \(databaseTableName) (\(names.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
    }

    /// Every column of the table, qualified by `alias`, in table order, for a SELECT whose rows
    /// ``init(row:at:)`` reads; `replacing` selects an expression instead of a column (`NULL`
    /// for a column not worth reading), keeping the positions.
    static func selection(of alias: String = databaseTableName, replacing: [String: String] = [:]) -> String {
        let names = columnNames
        precondition(Set(replacing.keys).isSubset(of: names), "\(databaseTableName) has no column \(replacing.keys)")
        return names.map { replacing[$0] ?? "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// `INSERT INTO table (columns) SELECT values`, the head of a statement that copies rows of
    /// the table: each column's value is the expression `replacing` gives, else the same column
    /// of `source`; the columns in `omitting` are left to SQLite (a new `id`, a default).
    ///
    /// A column that a migration adds is copied as it is without a word here; only one whose
    /// value a copy changes needs its expression.
    static func copy(from source: String, replacing: [String: String], omitting: Set<String> = []) -> String {
        let names = columnNames
        let unknown = Set(replacing.keys).union(omitting).subtracting(names)
        precondition(unknown.isEmpty, "\(databaseTableName) has no column \(unknown)")
        let copied = names.filter { !omitting.contains($0) }
        return "INSERT INTO \(databaseTableName) (\(copied.joined(separator: ", ")))\nSELECT "
            + copied.map { replacing[$0] ?? "\(source).\($0)" }.joined(separator: ", ")
    }
}

/// Collects the names of the columns.
private struct ColumnNames: ColumnVisitor {
    var names: [String] = []

    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        names.append(name)
    }
}

/// Collects the values of the columns, as SQLite stores them.
private struct ColumnValues: ColumnVisitor {
    var values: [DatabaseValue]

    init() {
        // As many as the widest table has, so that the array is allocated once.
        values = []
        values.reserveCapacity(16)
    }

    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        values.append(value.databaseValue)
    }
}

/// Reads the columns from a row one after the other, from a position on.
private struct ColumnReader: ColumnVisitor {
    let row: Row
    var index: Int

    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        value = row[index]
        index += 1
    }
}

internal import GRDB

/// Columns that a record holds, listed once, in the order the table has them.
///
/// ``visitColumns(_:)`` is the description: each line names a column and hands over the field
/// that holds it. Writing a row, reading one by position and naming the columns in SQL all walk
/// that one list (see ``StoredRecord``), so their orders cannot drift apart. A group of columns
/// that two tables share (``FindingColumns``) is listed once too, and the tables' records visit
/// it in their place.
protocol ColumnGroup {
    /// The group with placeholder values, to read a row into and to list its columns: nil in
    /// every optional field, which stands for a nullable column.
    init()

    /// Hands `visitor` every column in table order: its name and the field that holds it.
    mutating func visitColumns(_ visitor: inout some ColumnVisitor)
}

/// Something that walks a record's columns (see ``ColumnGroup/visitColumns(_:)``).
protocol ColumnVisitor {
    /// Visits the column `name`, held by `value`.
    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value)

    /// Visits the column `name` that SQLite fills in when a row is inserted
    /// (`id INTEGER PRIMARY KEY AUTOINCREMENT`): inserts leave it out.
    mutating func visitRowID(_ name: String, _ value: inout Int64?)
}

extension ColumnVisitor {
    mutating func visitRowID(_ name: String, _ value: inout Int64?) {
        visit(name, &value)
    }
}

/// A table of the run database as this version writes and reads it: one row of it, with its
/// columns in table order (see ``ColumnGroup``).
///
/// The migrations are the schema's history; the records are its present. Every statement that
/// writes, reads or copies whole rows is built from a record's columns: ``insertSQL``,
/// ``selection(of:replacing:)`` and ``copy(from:replacing:omitting:)``. Rows are read by
/// position, because GRDB's lookup of a column by name lower-cases the name on every access,
/// which costs more than the queries themselves. `RecordSchemaTests` holds every record to the
/// schema the migrations create: the same tables, the same columns in the same order, of
/// matching types and nullability.
protocol StoredRecord: ColumnGroup, FetchableRecord, TableRecord {
    /// The INSERT of one whole row, one argument per column: ``insertStatement()``, made once.
    static var insertSQL: String { get }
}

extension StoredRecord {
    /// The names of the columns, in table order.
    static var columnNames: [String] { columnNames(includingRowID: true) }

    /// The names of the columns, in table order, with or without the row id.
    private static func columnNames(includingRowID: Bool) -> [String] {
        var names = ColumnNames(includingRowID: includingRowID)
        var blank = Self()
        blank.visitColumns(&names)
        return names.names
    }

    /// How many columns the table has: where the next table's columns start in a joined row.
    static var columnCount: Int { columnNames.count }

    /// The position of `column` among the table's columns.
    static func position(of column: String) -> Int {
        guard let position = columnNames.firstIndex(of: column) else {
            preconditionFailure("\(databaseTableName) has no column \(column)")
        }
        return position
    }

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

    /// The row's values but its row id, in table order: the arguments of ``insertSQL``.
    var databaseArguments: StatementArguments {
        var copy = self
        var values = ColumnValues()
        copy.visitColumns(&values)
        return values.arguments
    }

    /// Inserts the row; SQLite gives it its row id (`db.lastInsertedRowID`).
    func insert(into db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: databaseArguments)
    }

    /// `INSERT INTO table (every column but the row id) VALUES (?, …)`, for ``insertSQL``.
    static func insertStatement() -> String {
        let names = columnNames(includingRowID: false)
        return "INSERT INTO \(databaseTableName) (\(names.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
    }

    /// Every column of the table, qualified by `alias`, in table order, for a SELECT whose rows
    /// ``init(row:at:)`` reads; `replacing` selects an expression instead of a column (`NULL`
    /// for a nullable column not worth reading), keeping the positions.
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
    let includingRowID: Bool
    var names: [String] = []

    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        names.append(name)
    }

    mutating func visitRowID(_ name: String, _ value: inout Int64?) {
        if includingRowID { names.append(name) }
    }
}

/// Collects the values of the columns.
private struct ColumnValues: ColumnVisitor {
    var values: [(any DatabaseValueConvertible)?]

    init() {
        // As many as the widest table has, so that the array is allocated once.
        values = []
        values.reserveCapacity(16)
    }

    @inline(__always)
    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        values.append(value)
    }

    mutating func visitRowID(_ name: String, _ value: inout Int64?) {}

    /// The values as statement arguments, through GRDB's array-literal initialiser: GRDB
    /// compiles it for arrays of values, while its initialisers from any sequence run as
    /// unspecialised generic code from this module, which costs a fifth more per row inserted.
    var arguments: StatementArguments {
        let v = values
        return switch v.count {
        case 4: [v[0], v[1], v[2], v[3]]
        case 5: [v[0], v[1], v[2], v[3], v[4]]
        case 6: [v[0], v[1], v[2], v[3], v[4], v[5]]
        case 7: [v[0], v[1], v[2], v[3], v[4], v[5], v[6]]
        case 8: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]]
        case 9: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]]
        case 10: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]]
        case 11: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]]
        case 12: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]]
        case 13: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]]
        case 14: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]]
        case 15: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14]]
        default: StatementArguments(v)
        }
    }
}

/// Reads the columns from a row one after the other, from a position on.
private struct ColumnReader: ColumnVisitor {
    let row: Row
    var index: Int

    @inline(__always)
    mutating func visit<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ value: inout Value
    ) {
        value = row[index]
        index += 1
    }

    @inline(__always)
    mutating func visitRowID(_ name: String, _ value: inout Int64?) {
        visit(name, &value)
    }
}

import Testing

@testable import CreditStore

/// The records describe the tables as the migrations leave them: the records are what every
/// insert, read and copy is built from, the migrations what a database in the wild holds.
@Suite("Records against the migrated schema")
struct RecordSchemaTests {
    @Test("every table has a record, and every record a table")
    func sameTables() throws {
        let migrated = try ReportStore.migratedTablesForTesting()
        #expect(Set(ReportStore.recordTablesForTesting().keys) == Set(migrated.keys))
        #expect(migrated.count == 11)
    }

    @Test("each record has its table's columns in table order, of matching type and nullability")
    func sameColumns() throws {
        let migrated = try ReportStore.migratedTablesForTesting()
        for (table, columns) in ReportStore.recordTablesForTesting().sorted(by: { $0.key < $1.key }) {
            #expect(columns == migrated[table], "\(table)")
        }
    }
}

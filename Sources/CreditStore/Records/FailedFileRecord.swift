internal import GRDB

/// A row of `failed_file`: a file of the run that could not be scanned.
struct FailedFileRecord: StoredRecord {
    static let databaseTableName = "failed_file"
    static let insertSQL = insertStatement()

    var id: Int64?
    var runID: Int64 = 0
    /// The position in ``ScanReport/failures``.
    var ordinal = 0
    var path = ""
    var reason = ""

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visitRowID("id", &id)
        visitor.visit("run_id", &runID)
        visitor.visit("ordinal", &ordinal)
        visitor.visit("path", &path)
        visitor.visit("reason", &reason)
    }
}

internal import GRDB

/// A row of `page_license` (schema v2): the licence a page states for its content as a whole,
/// keyed by the document. Kept apart from `license`, which holds image licences only.
struct PageLicenseRecord: StoredRecord {
    static let databaseTableName = "page_license"
    static let insertSQL = insertStatement()

    var documentID: Int64 = 0
    var license = LicenseColumns()

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("document_id", &documentID)
        license.visitColumns(&visitor)
    }
}

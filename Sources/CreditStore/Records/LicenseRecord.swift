internal import GRDB

/// A row of `license`: the licence one image's credit states, keyed by the image.
struct LicenseRecord: StoredRecord {
    static let databaseTableName = "license"
    static let insertSQL = insertStatement()

    var imageID: Int64 = 0
    var license = LicenseColumns()

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("image_id", &imageID)
        license.visitColumns(&visitor)
    }
}

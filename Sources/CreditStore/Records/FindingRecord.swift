internal import GRDB

/// A row of `finding`: a page-level finding (`imageID == nil`) or one of an image's findings.
struct FindingRecord: StoredRecord {
    static let databaseTableName = "finding"
    static let insertSQL = insertStatement()

    var id: Int64?
    /// Redundant with the document's run, kept so that per-run counts need no join.
    var runID: Int64 = 0
    var documentID: Int64 = 0
    /// The image row whose ``ScannedImage/findings`` hold it; nil for page-level findings.
    var imageID: Int64?
    /// The position in the owning `findings` array (the page's or the image's).
    var ordinal = 0
    var finding = FindingColumns()

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visitRowID("id", &id)
        visitor.visit("run_id", &runID)
        visitor.visit("document_id", &documentID)
        visitor.visit("image_id", &imageID)
        visitor.visit("ordinal", &ordinal)
        finding.visitColumns(&visitor)
    }
}

internal import GRDB

/// A row of `baselined_finding` (schema v4): a finding the baseline held back, kept so that
/// the page can be reused under another baseline; reports never read it.
struct BaselinedFindingRecord: StoredRecord {
    static let databaseTableName = "baselined_finding"
    static let insertSQL = insertStatement()

    var id: Int64?
    var documentID: Int64 = 0
    /// The position of its image in the page's images; nil for the page's own findings.
    var imageOrdinal: Int?
    /// Its position in that findings array before the baseline was applied.
    var position = 0
    var finding = FindingColumns()

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visitRowID("id", &id)
        visitor.visit("document_id", &documentID)
        visitor.visit("image_ordinal", &imageOrdinal)
        visitor.visit("position", &position)
        finding.visitColumns(&visitor)
    }
}

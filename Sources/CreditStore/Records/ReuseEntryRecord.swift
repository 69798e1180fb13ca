internal import GRDB

/// A row of `reuse_entry` (schema v8): for a path and content hash recorded by a version under
/// an options fingerprint, the newest such document, which a rescan may copy. Rows are only
/// ever written by SQL from `document` (`RunRecorder.updateReuseEntries`).
struct ReuseEntryRecord: StoredRecord {
    static let databaseTableName = "reuse_entry"
    static let insertSQL = insertStatement()

    var toolVersion = ""
    var optionsFingerprint = ""
    var path = ""
    var sha256 = ""
    var documentID: Int64 = 0

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("tool_version", &toolVersion)
        visitor.visit("options_fingerprint", &optionsFingerprint)
        visitor.visit("path", &path)
        visitor.visit("sha256", &sha256)
        visitor.visit("document_id", &documentID)
    }
}

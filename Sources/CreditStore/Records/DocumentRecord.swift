internal import GRDB

/// A row of `document`: one page of a run.
struct DocumentRecord: StoredRecord {
    static let databaseTableName = "document"
    static let insertSQL = insertStatement()

    var id: Int64?
    var runID: Int64 = 0
    /// The page's position in ``ScanReport/documents``.
    var ordinal = 0
    var path = ""
    var size = 0
    var sha256 = ""
    var encoding = ""
    var parseErrors = 0
    /// The hash of the options that shaped the page's results; nil keeps it from being reused.
    var optionsFingerprint: String?
    /// The run the page's results were copied from, nil when this run scanned it.
    var reusedFromRun: Int?
    var suppressedIgnored = 0
    var suppressedWaived = 0
    /// The page's element of the JSON report (see `v5-document-json`); nil in a copy, which
    /// names the document that holds it in ``jsonDocument``, and in pages recorded before v5.
    var json: String?
    var jsonDocument: Int64?
    /// The page's skipped images as one JSON array (see ``SkippedColumn``).
    var skipped = "[]"
    /// The number of skipped images (see `v7-skipped-count`).
    var skippedCount = 0
    /// The document that holds the page's images, findings and page licence when it is not
    /// this one (see `v12-document-content`).
    var contentDocument: Int64?

    /// The document whose rows hold the page's images, findings and page licence.
    var contentID: Int64 { contentDocument ?? id ?? -1 }

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visitRowID("id", &id)
        visitor.visit("run_id", &runID)
        visitor.visit("ordinal", &ordinal)
        visitor.visit("path", &path)
        visitor.visit("size", &size)
        visitor.visit("sha256", &sha256)
        visitor.visit("encoding", &encoding)
        visitor.visit("parse_errors", &parseErrors)
        visitor.visit("options_fingerprint", &optionsFingerprint)
        visitor.visit("reused_from_run", &reusedFromRun)
        visitor.visit("suppressed_ignored", &suppressedIgnored)
        visitor.visit("suppressed_waived", &suppressedWaived)
        visitor.visit("json", &json)
        visitor.visit("json_document", &jsonDocument)
        visitor.visit("skipped", &skipped)
        visitor.visit("skipped_count", &skippedCount)
        visitor.visit("content_document", &contentDocument)
    }
}

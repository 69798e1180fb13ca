import CreditModel
internal import GRDB

/// A row of `image`: one content image of a page (its credit and licence live in their own
/// tables, its findings in `finding`).
struct ImageRecord: StoredRecord {
    static let databaseTableName = "image"
    static let insertSQL = insertStatement()

    var id: Int64?
    var documentID: Int64 = 0
    /// The image's position in ``DocumentReport/images``.
    var ordinal = 0
    var src = ""
    /// A JSON array of strings (see ``JSONColumns``).
    var sources = "[]"
    var element = ""
    var line = 0
    var fingerprint = ""
    var alt: String?
    /// The page's structured data about the image, a JSON object (see ``JSONColumns``).
    var metadata: String?
    /// Why the scan kept the image, a JSON object (see ``JSONColumns``); nil in images
    /// recorded before `v9-image-evidence`.
    var evidence: String?
    /// The image's tag as written (``ScannedImage/snippet``).
    var snippet: String?
    /// ``ScannedImage/missingParts``, a JSON array of strings (see ``JSONColumns``), or NULL.
    var missingParts: String?
    /// ``ScannedImage/embedded``, a JSON object (see ``JSONColumns``), or NULL.
    var embedded: String?

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visitRowID("id", &id)
        visitor.visit("document_id", &documentID)
        visitor.visit("ordinal", &ordinal)
        visitor.visit("src", &src)
        visitor.visit("sources", &sources)
        visitor.visit("element", &element)
        visitor.visit("line", &line)
        visitor.visit("fingerprint", &fingerprint)
        visitor.visit("alt", &alt)
        visitor.visit("metadata", &metadata)
        visitor.visit("evidence", &evidence)
        visitor.visit("snippet", &snippet)
        visitor.visit("missing_parts", &missingParts)
        visitor.visit("embedded", &embedded)
    }
}

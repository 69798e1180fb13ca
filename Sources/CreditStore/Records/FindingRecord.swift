internal import GRDB

/// A row of `finding`: a page-level finding (`imageID == nil`) or one of an image's findings.
struct FindingRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "finding"

    var id: Int64?
    /// Redundant with the document's run, kept so that per-run counts need no join.
    var runID: Int64
    var documentID: Int64
    /// The image row whose ``ScannedImage/findings`` hold it; nil for page-level findings.
    var imageID: Int64?
    /// The position in the owning `findings` array (the page's or the image's).
    var ordinal: Int
    var rule: String
    var severity: String
    var message: String
    var line: Int
    /// `column` is an SQL keyword, hence `column_number`.
    var column: Int?
    /// ``Finding/image``: the image as written in the page, independent of `imageID`.
    var imageSrc: String?
    var suggestion: String?

    enum CodingKeys: String, CodingKey {
        case id, ordinal, rule, severity, message, line, suggestion
        case runID = "run_id"
        case documentID = "document_id"
        case imageID = "image_id"
        case column = "column_number"
        case imageSrc = "image_src"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

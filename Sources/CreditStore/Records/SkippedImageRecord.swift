internal import GRDB

/// A row of `skipped_image`: an image a page holds that needs no credit.
struct SkippedImageRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "skipped_image"

    var id: Int64?
    var documentID: Int64
    /// The position in ``DocumentReport/skipped``.
    var ordinal: Int
    var src: String
    var line: Int
    var reason: String

    enum CodingKeys: String, CodingKey {
        case id, ordinal, src, line, reason
        case documentID = "document_id"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

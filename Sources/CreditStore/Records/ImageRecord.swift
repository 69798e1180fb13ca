import CreditModel
internal import GRDB

/// A row of `image`: one content image of a page (its credit and licence live in their own
/// tables, its findings in `finding`).
struct ImageRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "image"

    var id: Int64?
    var documentID: Int64
    /// The image's position in ``DocumentReport/images``.
    var ordinal: Int
    var src: String
    /// Stored as a JSON array by GRDB's Codable support.
    var sources: [String]
    var element: String
    var line: Int
    var fingerprint: String
    var alt: String?
    /// The page's structured data about the image, as a JSON object (schema v2).
    var metadata: ImageMetadata?

    enum CodingKeys: String, CodingKey {
        case id, ordinal, src, sources, element, line, fingerprint, alt, metadata
        case documentID = "document_id"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

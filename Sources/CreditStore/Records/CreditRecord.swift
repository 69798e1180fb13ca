import CreditModel
internal import GRDB

/// A row of `credit`: the attribution of one image, keyed by the image (at most one each).
struct CreditRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "credit"

    var imageID: Int64
    var text: String
    var caption: String?
    var author: String?
    var source: String?
    var title: String?
    var licenseText: String?
    var licenseURL: String?
    var sourceURL: String?
    var ownWork: Bool
    /// Stored as a JSON array by GRDB's Codable support.
    var modifications: [String]
    var strategy: String
    /// Stored rather than derived from `strategy`: the model lets a scanner override it.
    var visible: Bool
    /// Stored as a JSON object keyed by field name (schema v2; v1 rows read as `{}`).
    var origins: [CreditField: FieldOrigin]

    enum CodingKeys: String, CodingKey {
        case text, caption, author, source, title, modifications, strategy, visible, origins
        case imageID = "image_id"
        case licenseText = "license_text"
        case licenseURL = "license_url"
        case sourceURL = "source_url"
        case ownWork = "own_work"
    }
}

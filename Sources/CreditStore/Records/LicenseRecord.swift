internal import GRDB

/// A row of `license`: the licence one image's credit states, keyed by the image.
struct LicenseRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "license"

    var imageID: Int64
    /// ``ImageLicense/id``; the column is not called `id` so that nobody takes it for the key.
    var identifier: String
    var name: String?
    var url: String?
    var evidence: String

    enum CodingKeys: String, CodingKey {
        case identifier, name, url, evidence
        case imageID = "image_id"
    }
}

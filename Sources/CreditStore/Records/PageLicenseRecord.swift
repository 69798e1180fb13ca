internal import GRDB

/// A row of `page_license` (schema v2): the licence a page states for its content as a whole,
/// keyed by the document. Kept apart from `license`, which holds image licences only.
struct PageLicenseRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "page_license"

    var documentID: Int64
    var identifier: String
    var name: String?
    var url: String?
    var evidence: String

    enum CodingKeys: String, CodingKey {
        case identifier, name, url, evidence
        case documentID = "document_id"
    }
}

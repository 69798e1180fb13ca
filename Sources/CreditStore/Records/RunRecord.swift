internal import GRDB

/// A row of `run`: the scan-wide fields of a ``ScanReport``.
struct RunRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"

    var id: Int64?
    var schemaVersion: Int
    var toolVersion: String
    var root: String
    var startedAt: String
    var failOn: String
    var commercial: Bool
    var maxWarnings: Int?
    /// JSON of ``RunAdoption``, nil when the run suppressed nothing and had no baseline.
    var adoption: String?

    enum CodingKeys: String, CodingKey {
        case id, root, commercial
        case schemaVersion = "schema_version"
        case toolVersion = "tool_version"
        case startedAt = "started_at"
        case failOn = "fail_on"
        case maxWarnings = "max_warnings"
        case adoption
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

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

    enum CodingKeys: String, CodingKey {
        case id, root, commercial
        case schemaVersion = "schema_version"
        case toolVersion = "tool_version"
        case startedAt = "started_at"
        case failOn = "fail_on"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

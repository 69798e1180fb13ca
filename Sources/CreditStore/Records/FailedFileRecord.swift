internal import GRDB

/// A row of `failed_file`: a file of the run that could not be scanned.
struct FailedFileRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "failed_file"

    var id: Int64?
    var runID: Int64
    /// The position in ``ScanReport/failures``.
    var ordinal: Int
    var path: String
    var reason: String

    enum CodingKeys: String, CodingKey {
        case id, ordinal, path, reason
        case runID = "run_id"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

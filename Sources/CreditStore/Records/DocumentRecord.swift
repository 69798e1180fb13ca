internal import GRDB

/// A row of `document`: one scanned page of a run.
struct DocumentRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"

    var id: Int64?
    var runID: Int64
    /// The page's position in ``ScanReport/documents``.
    var ordinal: Int
    var path: String
    var size: Int
    var sha256: String
    var encoding: String
    var parseErrors: Int
    /// The page's skipped images as one JSON array (see `SkippedColumn`).
    var skipped: String
    /// The number of skipped images (see `v7-skipped-count`).
    var skippedCount: Int
    /// The page's element of the JSON report (see `v5-document-json`); nil before v5.
    var json: String?
    /// The run the page's results were copied from, nil when this run scanned it.
    var reusedFrom: Int?

    enum CodingKeys: String, CodingKey {
        case id, ordinal, path, size, sha256, encoding, json, skipped
        case runID = "run_id"
        case parseErrors = "parse_errors"
        case reusedFrom = "reused_from_run"
        case skippedCount = "skipped_count"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

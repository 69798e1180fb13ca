internal import GRDB

/// A row of `run`: the scan-wide fields of a ``ScanReport``.
struct RunRecord: StoredRecord {
    static let databaseTableName = "run"
    static let insertSQL = insertStatement()

    var id: Int64?
    var schemaVersion = 0
    var toolVersion = ""
    var root = ""
    var startedAt = ""
    var failOn = ""
    var commercial = false
    var maxWarnings: Int?
    /// JSON of ``RunAdoption``, nil when the run suppressed nothing and had no baseline.
    var adoption: String?
    /// The shard the run scanned (1-based), nil for a run of every page.
    var shardIndex: Int?
    /// The number of shards the pages were split into, nil for a run of every page.
    var shardCount: Int?
    /// A hash of everything that shapes the run's report (see `ScanOptions.configurationFingerprint`).
    var configurationFingerprint: String?

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visitRowID("id", &id)
        visitor.visit("schema_version", &schemaVersion)
        visitor.visit("tool_version", &toolVersion)
        visitor.visit("root", &root)
        visitor.visit("started_at", &startedAt)
        visitor.visit("fail_on", &failOn)
        visitor.visit("commercial", &commercial)
        visitor.visit("max_warnings", &maxWarnings)
        visitor.visit("adoption", &adoption)
        visitor.visit("shard_index", &shardIndex)
        visitor.visit("shard_count", &shardCount)
        visitor.visit("configuration_fingerprint", &configurationFingerprint)
    }
}

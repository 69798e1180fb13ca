import CreditModel
internal import GRDB

/// Reads run summaries: each table is read with one query for all the runs listed rather than
/// one per run, so that listing runs costs a handful of statements.
enum RunReader {
    /// Summaries of the newest `limit` runs, newest (highest id) first.
    static func summaries(limit: Int, in db: Database) throws -> [RunSummary] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT run.id, run.started_at, run.root,
                    (SELECT count(*) FROM document WHERE document.run_id = run.id) AS documents,
                    (SELECT count(*) FROM document JOIN image ON image.document_id = \(DocumentReader.contentOfDocument)
                        WHERE document.run_id = run.id) AS images
                FROM run ORDER BY run.id DESC LIMIT ?
                """, arguments: [max(limit, 0)])
        guard let oldest: Int64 = rows.last?["id"] else { return [] }

        // One grouped query for the counts of all listed runs rather than one per run.
        var counts: [Int64: [String: Int]] = [:]
        let countRows = try Row.fetchAll(
            db,
            sql: """
                SELECT document.run_id, severity, count(*) AS n
                FROM document JOIN finding ON finding.document_id = \(DocumentReader.contentOfDocument)
                WHERE document.run_id >= ? GROUP BY document.run_id, severity
                """, arguments: [oldest])
        for row in countRows {
            counts[row["run_id"], default: [:]][row["severity"]] = row["n"]
        }
        // A file that could not be scanned counts as an error finding, as in ScanSummary.
        let failedRows = try Row.fetchAll(
            db,
            sql: """
                SELECT run_id, count(*) AS n FROM failed_file WHERE run_id >= ? GROUP BY run_id
                """, arguments: [oldest])
        for row in failedRows {
            let failed: Int = row["n"]
            counts[row["run_id"], default: [:]][Severity.error.rawValue, default: 0] += failed
        }

        return rows.map { row in
            let id: Int64 = row["id"]
            var bySeverity = counts[id] ?? [:]
            for severity in Severity.allCases where bySeverity[severity.rawValue] == nil {
                bySeverity[severity.rawValue] = 0
            }
            return RunSummary(
                id: Int(id), startedAt: row["started_at"], root: row["root"],
                documents: row["documents"], images: row["images"],
                findingsBySeverity: bySeverity)
        }
    }
}

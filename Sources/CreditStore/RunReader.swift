import CreditModel
internal import GRDB

/// Rebuilds reports and run summaries from rows. Each table is read with one query per run
/// (joined to the run through `document`) rather than one query per page or image, so that
/// reading a large run costs a handful of statements.
enum RunReader {
    /// The recorded report of `run`, or nil when there is no such run.
    static func report(run: Int64, in db: Database) throws -> ScanReport? {
        guard let runRow = try RunRecord.fetchOne(db, key: run) else { return nil }
        var report = try runRow.model()

        let documents = try DocumentRecord
            .filter(Column("run_id") == run)
            .order(Column("ordinal"))
            .fetchAll(db)
        let images = try ImageRecord.fetchAll(db, sql: """
            SELECT image.* FROM image JOIN document ON document.id = image.document_id
            WHERE document.run_id = ? ORDER BY image.ordinal
            """, arguments: [run])
        let credits = try CreditRecord.fetchAll(db, sql: """
            SELECT credit.* FROM credit
            JOIN image ON image.id = credit.image_id
            JOIN document ON document.id = image.document_id
            WHERE document.run_id = ?
            """, arguments: [run])
        let licenses = try LicenseRecord.fetchAll(db, sql: """
            SELECT license.* FROM license
            JOIN image ON image.id = license.image_id
            JOIN document ON document.id = image.document_id
            WHERE document.run_id = ?
            """, arguments: [run])
        let pageLicenses = try PageLicenseRecord.fetchAll(db, sql: """
            SELECT page_license.* FROM page_license
            JOIN document ON document.id = page_license.document_id
            WHERE document.run_id = ?
            """, arguments: [run])
        let findings = try FindingRecord
            .filter(Column("run_id") == run)
            .order(Column("ordinal"))
            .fetchAll(db)
        let failures = try FailedFileRecord
            .filter(Column("run_id") == run)
            .order(Column("ordinal"))
            .fetchAll(db)

        // Grouping keeps the ORDER BY ordinal of each query within every group.
        let imagesByDocument = Dictionary(grouping: images, by: \.documentID)
        let creditByImage = Dictionary(uniqueKeysWithValues: credits.map { ($0.imageID, $0) })
        let licenseByImage = Dictionary(uniqueKeysWithValues: licenses.map { ($0.imageID, $0) })
        let pageLicenseByDocument = Dictionary(uniqueKeysWithValues: pageLicenses.map { ($0.documentID, $0) })
        let findingsByOwner = Dictionary(grouping: findings) {
            FindingOwner(documentID: $0.documentID, imageID: $0.imageID)
        }

        report.documents = try documents.map { documentRow in
            let documentID = documentRow.id ?? -1
            var document = try documentRow.model()
            document.pageLicense = pageLicenseByDocument[documentID]?.model()
            document.images = try (imagesByDocument[documentID] ?? []).map { imageRow in
                let imageID = imageRow.id ?? -1
                var image = imageRow.model(
                    credit: try creditByImage[imageID]?.model(),
                    license: licenseByImage[imageID]?.model())
                image.findings = try (findingsByOwner[FindingOwner(documentID, imageID)] ?? [])
                    .map { try $0.model() }
                return image
            }
            document.findings = try (findingsByOwner[FindingOwner(documentID, nil)] ?? [])
                .map { try $0.model() }
            return document
        }
        report.failures = failures.map { $0.model() }
        return report
    }

    /// Summaries of the newest `limit` runs, newest (highest id) first.
    static func summaries(limit: Int, in db: Database) throws -> [RunSummary] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT run.id, run.started_at, run.root,
                (SELECT count(*) FROM document WHERE document.run_id = run.id) AS documents,
                (SELECT count(*) FROM image JOIN document ON document.id = image.document_id
                    WHERE document.run_id = run.id) AS images
            FROM run ORDER BY run.id DESC LIMIT ?
            """, arguments: [max(limit, 0)])
        guard let oldest: Int64 = rows.last?["id"] else { return [] }

        // One grouped query for the counts of all listed runs rather than one per run.
        var counts: [Int64: [String: Int]] = [:]
        let countRows = try Row.fetchAll(db, sql: """
            SELECT run_id, severity, count(*) AS n FROM finding
            WHERE run_id >= ? GROUP BY run_id, severity
            """, arguments: [oldest])
        for row in countRows {
            counts[row["run_id"], default: [:]][row["severity"]] = row["n"]
        }
        // A file that could not be scanned counts as an error finding, as in ScanSummary.
        let failedRows = try Row.fetchAll(db, sql: """
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

/// Where a finding belongs: a page (`imageID == nil`) or one image of it.
private struct FindingOwner: Hashable {
    var documentID: Int64
    var imageID: Int64?

    init(documentID: Int64, imageID: Int64?) {
        self.documentID = documentID
        self.imageID = imageID
    }

    init(_ documentID: Int64, _ imageID: Int64?) {
        self.init(documentID: documentID, imageID: imageID)
    }
}

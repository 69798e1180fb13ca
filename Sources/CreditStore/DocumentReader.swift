import CreditCore
internal import GRDB

/// Reads recorded pages one at a time, with cached statements, so that a run of any size is
/// reported (or reused) without loading it whole. ``RunReader`` reads a whole run at once.
enum DocumentReader {
    /// The page recorded as document `id`, with its suppressed counts and the findings the
    /// baseline held back; nil when there is no such document.
    static func page(id: Int64, in db: Database) throws -> RecordedPage? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM document WHERE id = ?"), arguments: [id])
        else { return nil }
        var document = try DocumentRecord(row: row).model()
        document.reusedFrom = row["reused_from_run"]
        try fill(&document, id: id, in: db)
        let suppressed = SuppressedFindings(
            ignored: row["suppressed_ignored"], waived: row["suppressed_waived"])
        let baselined = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT * FROM baselined_finding WHERE document_id = ? ORDER BY position
                """), arguments: [id]
        ).map { row in
            BaselinedFinding(
                imageOrdinal: row["image_ordinal"], position: row["position"],
                finding: try FindingRecord(
                    id: nil, runID: 0, documentID: id, imageID: nil, ordinal: row["position"],
                    rule: row["rule"], severity: row["severity"], message: row["message"],
                    line: row["line"], column: row["column_number"], imageSrc: row["image_src"],
                    suggestion: row["suggestion"]
                ).model())
        }
        return RecordedPage(
            document: document, baselined: baselined, suppressed: suppressed,
            optionsFingerprint: row["options_fingerprint"])
    }

    /// Calls `body` with every page of `run` in recorded order, as the report shows them.
    static func forEachDocument(
        run: Int64, in db: Database, _ body: (DocumentReport) throws -> Void
    ) throws {
        // The ids first: a cursor must not stay open while other statements read.
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM document WHERE run_id = ? ORDER BY ordinal", arguments: [run])
        for id in ids {
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM document WHERE id = ?"), arguments: [id])
            else { continue }
            var document = try DocumentRecord(row: row).model()
            document.reusedFrom = row["reused_from_run"]
            try fill(&document, id: id, in: db)
            try body(document)
        }
    }

    /// The run's scan-wide fields and failed files, without its pages.
    static func header(run: Int64, in db: Database) throws -> ScanReport? {
        guard let runRow = try RunRecord.fetchOne(db, key: run) else { return nil }
        var report = try runRow.model()
        report.failures = try FailedFileRecord
            .filter(Column("run_id") == run)
            .order(Column("ordinal"))
            .fetchAll(db)
            .map { $0.model() }
        return report
    }

    /// Adds the page's images (with credits, licences and findings), its own findings,
    /// skipped images and page licence.
    private static func fill(_ document: inout DocumentReport, id: Int64, in db: Database) throws {
        let images = try ImageRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM image WHERE document_id = ? ORDER BY ordinal"),
            arguments: [id])
        let credits = try CreditRecord.fetchAll(
            db.cachedStatement(sql: """
                SELECT credit.* FROM credit JOIN image ON image.id = credit.image_id
                WHERE image.document_id = ?
                """), arguments: [id])
        let licenses = try LicenseRecord.fetchAll(
            db.cachedStatement(sql: """
                SELECT license.* FROM license JOIN image ON image.id = license.image_id
                WHERE image.document_id = ?
                """), arguments: [id])
        let findings = try FindingRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM finding WHERE document_id = ? ORDER BY ordinal"),
            arguments: [id])
        let creditByImage = Dictionary(credits.map { ($0.imageID, $0) }) { first, _ in first }
        let licenseByImage = Dictionary(licenses.map { ($0.imageID, $0) }) { first, _ in first }
        let findingsByImage = Dictionary(grouping: findings) { $0.imageID ?? -1 }
        document.images = try images.map { row in
            let imageID = row.id ?? -1
            var image = row.model(
                credit: try creditByImage[imageID]?.model(), license: licenseByImage[imageID]?.model())
            image.findings = try (findingsByImage[imageID] ?? []).map { try $0.model() }
            return image
        }
        document.findings = try findings.filter { $0.imageID == nil }.map { try $0.model() }
        document.skipped = try SkippedImageRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM skipped_image WHERE document_id = ? ORDER BY ordinal"),
            arguments: [id]
        ).map { $0.model() }
        document.pageLicense = try PageLicenseRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM page_license WHERE document_id = ?"),
            arguments: [id]
        )?.model()
    }
}

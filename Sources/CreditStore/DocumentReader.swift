import CreditModel
import CreditReporting
internal import GRDB

/// Reads recorded pages one at a time, so that a run of any size is reported (or reused)
/// without loading it whole. ``RunReader`` reads a whole run at once.
enum DocumentReader {
    /// The page recorded as document `id`, with its suppressed counts and the findings the
    /// baseline held back; nil when there is no such document.
    static func page(id: Int64, in db: Database) throws -> RecordedPage? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: documentByID), arguments: [id]) else { return nil }
        var document = try Self.document(row)
        try fill(&document, id: id, in: db)
        let suppressed = SuppressedFindings(ignored: row[7], waived: row[8])
        var baselined: [BaselinedFinding] = []
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: baselinedByDocument), arguments: [id])
        while let row = try rows.next() {
            baselined.append(BaselinedFinding(imageOrdinal: row[0], position: row[1], finding: try finding(row, at: 2)))
        }
        return RecordedPage(document: document, baselined: baselined, suppressed: suppressed, optionsFingerprint: row[9])
    }

    /// Calls `body` with every page of `run` in recorded order, as the report shows them.
    ///
    /// Three statements step through the whole run side by side (pages; their findings; their
    /// images with credits and licences), each in page order, rather than three per page:
    /// GRDB builds a table of lower-cased column names for every statement it starts, which
    /// cost as much as reading the rows. SQLite sorts each page's findings on its own (see
    /// `EXPLAIN QUERY PLAN`), so memory stays flat.
    static func forEachDocument(
        run: Int64, in db: Database, _ body: (DocumentReport) throws -> Void
    ) throws {
        // New statements rather than cached ones: they stay open while `body` runs, and nothing
        // else may reset them meanwhile.
        let documents = try Row.fetchCursor(
            db.makeStatement(sql: """
                SELECT \(documentColumns), document.id FROM document \(documentJoins)
                WHERE document.run_id = ? ORDER BY document.ordinal
                """), arguments: [run])
        var findings = try PageRows(
            Row.fetchCursor(
                db.makeStatement(sql: """
                    SELECT finding.document_id, finding.image_id, \(findingColumns(of: "finding"))
                    FROM document JOIN finding ON finding.document_id = document.id
                    WHERE document.run_id = ? ORDER BY document.ordinal, finding.ordinal
                    """), arguments: [run]))
        var images = try PageRows(
            Row.fetchCursor(
                db.makeStatement(sql: """
                    SELECT image.document_id, \(imageColumns)
                    FROM document JOIN image ON image.document_id = document.id \(imageJoins)
                    WHERE document.run_id = ? ORDER BY document.ordinal, image.ordinal
                    """), arguments: [run]))
        while let row = try documents.next() {
            let id: Int64 = row[documentColumnCount]
            var document = try Self.document(row)
            var byImage: [Int64: [Finding]] = [:]
            try findings.forEach(of: id) { row in
                let imageID: Int64? = row[1]
                byImage[imageID ?? -1, default: []].append(try finding(row, at: 2))
            }
            try images.forEach(of: id) { row in
                document.images.append(try image(row, at: 1, findings: byImage))
            }
            document.findings = byImage[-1] ?? []
            try body(document)
        }
    }

    /// Calls `body` with every page of `run` in recorded order as the JSON report shows it: the
    /// element recorded with the page, `reusedFrom` inserted, or the page read back when it has
    /// none (recorded before v5) or a damaged one.
    static func forEachJSONPage(run: Int64, in db: Database, _ body: (JSONPage) throws -> Void) throws {
        // One statement steps through the run, its rows read in place rather than copied: this
        // is most of what writing the JSON report of a rescan costs. The few pages read back
        // meanwhile use other statements, which SQLite allows while this one reads.
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT document.id, coalesce(document.json, source.json), document.reused_from_run
                FROM document LEFT JOIN document AS source ON source.id = document.json_document
                WHERE document.run_id = ? ORDER BY document.ordinal
                """),
            arguments: [run])
        while let row = try rows.next() {
            let reusedFrom: Int? = row[2]
            // The text is checked in place, where SQLite holds it, and copied once.
            let element = try row.withUnsafeData(atIndex: 1) { data in
                data.flatMap { $0.withUnsafeBytes { RecordedJSONElement(utf8: $0, reusedFrom: reusedFrom) } }
            }
            if let element {
                try body(.element(element))
                continue
            }
            let id: Int64 = row[0]
            guard let row = try Row.fetchOne(db.cachedStatement(sql: documentByID), arguments: [id]) else { continue }
            var document = try Self.document(row)
            try fill(&document, id: id, in: db)
            try body(.document(document))
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

    // The statements that read one page, built once: they are looked up by their text.
    private static let baselinedByDocument = """
        SELECT image_ordinal, position, \(findingColumns(of: "baselined_finding"))
        FROM baselined_finding WHERE document_id = ? ORDER BY position
        """
    private static let findingsByDocument = """
        SELECT finding.image_id, \(findingColumns(of: "finding"))
        FROM finding WHERE document_id = ? ORDER BY ordinal
        """
    private static let imagesByDocument = """
        SELECT \(imageColumns) FROM image \(imageJoins) WHERE image.document_id = ? ORDER BY image.ordinal
        """

    /// Adds the page's images (with credits, licences and findings) and its own findings.
    private static func fill(_ document: inout DocumentReport, id: Int64, in db: Database) throws {
        var findings: [Int64: [Finding]] = [:]
        let findingRows = try Row.fetchCursor(
            db.cachedStatement(sql: findingsByDocument), arguments: [id])
        while let row = try findingRows.next() {
            let imageID: Int64? = row[0]
            findings[imageID ?? -1, default: []].append(try finding(row, at: 1))
        }
        let imageRows = try Row.fetchCursor(
            db.cachedStatement(sql: imagesByDocument), arguments: [id])
        while let row = try imageRows.next() {
            document.images.append(try image(row, at: 0, findings: findings))
        }
        document.findings = findings[-1] ?? []
    }
}

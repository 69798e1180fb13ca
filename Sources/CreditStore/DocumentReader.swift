import CreditModel
import CreditReporting
internal import GRDB

/// Reads recorded pages one at a time, so that a run of any size is reported (or reused)
/// without loading it whole.
enum DocumentReader {
    /// The page recorded as document `id`, with its suppressed counts and the findings the
    /// baseline held back; nil when there is no such document.
    static func page(id: Int64, in db: Database) throws -> RecordedPage? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: documentByID), arguments: [id]) else { return nil }
        let (record, read) = try Self.document(row)
        var document = read
        try fill(&document, id: record.contentID, in: db)
        var baselined: [BaselinedFinding] = []
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: baselinedByDocument), arguments: [record.contentID])
        while let row = try rows.next() {
            baselined.append(try BaselinedFindingRecord(row: row).model())
        }
        return RecordedPage(
            document: document, baselined: baselined,
            suppressed: SuppressedFindings(ignored: record.suppressedIgnored, waived: record.suppressedWaived),
            optionsFingerprint: record.optionsFingerprint)
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
        let documents = try Row.fetchCursor(db.makeStatement(sql: documentsOfRun), arguments: [run])
        var findings = try PageRows(
            Row.fetchCursor(db.makeStatement(sql: findingsOfRun), arguments: [run]),
            documentColumn: findingDocumentColumn)
        var images = try PageRows(
            Row.fetchCursor(db.makeStatement(sql: imagesOfRun), arguments: [run]), documentColumn: imageDocumentColumn)
        while let row = try documents.next() {
            let (record, read) = try Self.document(row)
            var document = read
            let id = record.id ?? -1
            var byImage: [Int64: [Finding]] = [:]
            try findings.forEach(of: id) { row in
                let finding = FindingRecord(row: row)
                byImage[finding.imageID ?? -1, default: []].append(try finding.finding.model())
            }
            try images.forEach(of: id) { row in
                document.images.append(try image(row, findings: byImage))
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
            db.cachedStatement(
                sql: """
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
            let (record, read) = try Self.document(row)
            var document = read
            try fill(&document, id: record.contentID, in: db)
            try body(.document(document))
        }
    }

    /// The run's scan-wide fields and failed files, without its pages.
    static func header(run: Int64, in db: Database) throws -> ScanReport? {
        guard let runRow = try RunRecord.fetchOne(db, key: run) else { return nil }
        var report = try runRow.model()
        report.failures =
            try FailedFileRecord
            .filter(Column("run_id") == run)
            .order(Column("ordinal"))
            .fetchAll(db)
            .map { $0.model() }
        return report
    }

    // The statements that read a run page by page and those that read one page, built once:
    // they are looked up by their text.
    private static let documentsOfRun = """
        SELECT \(documentColumns) FROM document \(documentJoins) WHERE document.run_id = ? ORDER BY document.ordinal
        """
    // The rows of a run's pages name the page they are read for in a last column: a page's
    // rows may be held by another document (`content_document`), and by one for several pages.
    private static let findingDocumentColumn = FindingRecord.columnCount
    private static let imageDocumentColumn =
        ImageRecord.columnCount + CreditRecord.columnCount
        + ImageLicenseRecord.columnCount
    private static let findingsOfRun = """
        SELECT \(FindingRecord.selection()), document.id
        FROM document JOIN finding ON finding.document_id = \(contentOfDocument)
        WHERE document.run_id = ? ORDER BY document.ordinal, finding.ordinal
        """
    private static let imagesOfRun = """
        SELECT \(imageColumns), document.id
        FROM document JOIN image ON image.document_id = \(contentOfDocument) \(imageJoins)
        WHERE document.run_id = ? ORDER BY document.ordinal, image.ordinal
        """
    private static let baselinedByDocument = """
        SELECT \(BaselinedFindingRecord.selection()) FROM baselined_finding WHERE document_id = ? ORDER BY position
        """
    private static let findingsByDocument = """
        SELECT \(FindingRecord.selection()) FROM finding WHERE document_id = ? ORDER BY ordinal
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
            let finding = FindingRecord(row: row)
            findings[finding.imageID ?? -1, default: []].append(try finding.finding.model())
        }
        let imageRows = try Row.fetchCursor(
            db.cachedStatement(sql: imagesByDocument), arguments: [id])
        while let row = try imageRows.next() {
            document.images.append(try image(row, findings: findings))
        }
        document.findings = findings[-1] ?? []
    }
}

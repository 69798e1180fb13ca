import CreditCore
internal import GRDB

/// Reads recorded pages one at a time, with cached statements, so that a run of any size is
/// reported (or reused) without loading it whole. ``RunReader`` reads a whole run at once.
enum DocumentReader {
    /// The page recorded as document `id`, with its suppressed counts and the findings the
    /// baseline held back; nil when there is no such document.
    static func page(id: Int64, in db: Database) throws -> RecordedPage? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: documentSQL), arguments: [id]) else { return nil }
        var document = try Self.document(row)
        try fill(&document, id: id, in: db)
        let suppressed = SuppressedFindings(ignored: row[7], waived: row[8])
        var baselined: [BaselinedFinding] = []
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT image_ordinal, position, \(findingColumns)
                FROM baselined_finding WHERE document_id = ? ORDER BY position
                """), arguments: [id])
        while let row = try rows.next() {
            baselined.append(BaselinedFinding(imageOrdinal: row[0], position: row[1], finding: try finding(row, at: 2)))
        }
        return RecordedPage(document: document, baselined: baselined, suppressed: suppressed, optionsFingerprint: row[9])
    }

    /// Calls `body` with every page of `run` in recorded order, as the report shows them.
    static func forEachDocument(
        run: Int64, in db: Database, _ body: (DocumentReport) throws -> Void
    ) throws {
        // The ids first: a cursor must not stay open while other statements read.
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM document WHERE run_id = ? ORDER BY ordinal", arguments: [run])
        for id in ids {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: documentSQL), arguments: [id]) else { continue }
            var document = try Self.document(row)
            try fill(&document, id: id, in: db)
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
            if let json: String = row[1], let element = JSONRenderer.documentElement(json, reusedFrom: row[2]) {
                try body(.element(element))
                continue
            }
            let id: Int64 = row[0]
            guard let row = try Row.fetchOne(db.cachedStatement(sql: documentSQL), arguments: [id]) else { continue }
            var document = try Self.document(row)
            try fill(&document, id: id, in: db)
            try body(.document(document))
        }
    }

    /// The columns of a page that ``document(_:)`` and ``page(id:in:)`` read, by position: a
    /// named lookup lower-cases the name each time, which cost a sixth of reading a page.
    private static let documentSQL = """
        SELECT path, size, sha256, encoding, parse_errors, reused_from_run, skipped,
            suppressed_ignored, suppressed_waived, options_fingerprint
        FROM document WHERE id = ?
        """

    /// A `document` row (``documentSQL``) as a page with its skipped images, without its
    /// images and findings.
    private static func document(_ row: Row) throws -> DocumentReport {
        var document = DocumentReport(path: row[0], size: row[1], sha256: row[2], encoding: row[3], parseErrors: row[4])
        document.reusedFrom = row[5]
        document.skipped = try SkippedColumn.images(row[6])
        return document
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

    /// Adds the page's images (with credits, licences and findings), its own findings and its
    /// page licence.
    ///
    /// Rows are mapped by hand, by column position and through cursors rather than through the
    /// records' `Decodable` conformance: this runs for every page of every report, and the
    /// generic decoder cost more than the queries.
    private static func fill(_ document: inout DocumentReport, id: Int64, in db: Database) throws {
        var credits: [Int64: ImageCredit] = [:]
        var rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT credit.image_id, credit.text, credit.caption, credit.author, credit.source, credit.title,
                    credit.license_text, credit.license_url, credit.source_url, credit.own_work,
                    credit.modifications, credit.strategy, credit.visible, credit.origins
                FROM credit JOIN image ON image.id = credit.image_id WHERE image.document_id = ?
                """), arguments: [id])
        while let row = try rows.next() {
            let raw: String = row[11]
            guard let strategy = CreditStrategy(rawValue: raw) else {
                throw RecordMappingError(reason: "unknown credit strategy '\(raw)' in credit.strategy")
            }
            credits[row[0]] = ImageCredit(
                text: row[1], caption: row[2], author: row[3], source: row[4], title: row[5],
                licenseText: row[6], licenseURL: row[7], sourceURL: row[8], ownWork: row[9],
                modifications: try JSONColumns.strings(row[10], column: "credit.modifications"),
                strategy: strategy, visible: row[12], origins: try JSONColumns.origins(row[13]))
        }
        var licenses: [Int64: ImageLicense] = [:]
        rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT license.image_id, license.identifier, license.name, license.url, license.evidence
                FROM license JOIN image ON image.id = license.image_id WHERE image.document_id = ?
                """), arguments: [id])
        while let row = try rows.next() {
            licenses[row[0]] = license(row, at: 1)
        }
        var findings: [Int64: [Finding]] = [:]
        rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT image_id, \(findingColumns) FROM finding WHERE document_id = ? ORDER BY ordinal
                """), arguments: [id])
        while let row = try rows.next() {
            let imageID: Int64? = row[0]
            findings[imageID ?? -1, default: []].append(try finding(row, at: 1))
        }
        rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT id, src, sources, element, line, fingerprint, alt, metadata
                FROM image WHERE document_id = ? ORDER BY ordinal
                """), arguments: [id])
        var images: [ScannedImage] = []
        while let row = try rows.next() {
            let imageID: Int64 = row[0]
            let metadata: String? = row[7]
            images.append(
                ScannedImage(
                    src: row[1], sources: try JSONColumns.strings(row[2], column: "image.sources"),
                    element: row[3], line: row[4], fingerprint: row[5], alt: row[6],
                    credit: credits[imageID], license: licenses[imageID],
                    metadata: try metadata.map(JSONColumns.metadata), findings: findings[imageID] ?? []))
        }
        document.images = images
        document.findings = findings[-1] ?? []
        document.pageLicense = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT identifier, name, url, evidence FROM page_license WHERE document_id = ?"),
            arguments: [id]
        ).map { license($0, at: 0) }
    }

    /// The columns of a licence (`license`, `page_license`) from position `start` on.
    private static func license(_ row: Row, at start: Int) -> ImageLicense {
        ImageLicense(id: row[start], name: row[start + 1], url: row[start + 2], evidence: row[start + 3])
    }

    /// The columns of a finding (`finding`, `baselined_finding`) that ``finding(_:at:)`` reads.
    private static let findingColumns = "rule, severity, message, line, column_number, image_src, suggestion"

    /// The ``findingColumns`` of a row, from position `start` on.
    private static func finding(_ row: Row, at start: Int) throws -> Finding {
        let raw: String = row[start + 1]
        guard let severity = Severity(rawValue: raw) else {
            throw RecordMappingError(reason: "unknown severity '\(raw)' in finding.severity")
        }
        return Finding(
            rule: row[start], severity: severity, message: row[start + 2], line: row[start + 3],
            column: row[start + 4], image: row[start + 5], suggestion: row[start + 6])
    }
}

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
    /// named lookup lower-cases the name each time, which cost a sixth of reading a page. The
    /// page licence (at most one) comes along rather than from a statement of its own, as
    /// every statement stepped builds a table of its column names first.
    private static let documentSQL = """
        SELECT document.path, document.size, document.sha256, document.encoding, document.parse_errors,
            document.reused_from_run, document.skipped, document.suppressed_ignored,
            document.suppressed_waived, document.options_fingerprint,
            page_license.identifier, page_license.name, page_license.url, page_license.evidence
        FROM document LEFT JOIN page_license ON page_license.document_id = document.id
        WHERE document.id = ?
        """

    /// A `document` row (``documentSQL``) as a page with its skipped images and page licence,
    /// without its images and findings.
    private static func document(_ row: Row) throws -> DocumentReport {
        var document = DocumentReport(path: row[0], size: row[1], sha256: row[2], encoding: row[3], parseErrors: row[4])
        document.reusedFrom = row[5]
        document.skipped = try SkippedColumn.images(row[6])
        document.pageLicense = row.hasNull(atIndex: 10) ? nil : license(row, at: 10)
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

    /// Adds the page's images (with credits, licences and findings) and its own findings.
    ///
    /// Rows are mapped by hand, by column position and through cursors rather than through the
    /// records' `Decodable` conformance: this runs for every page of every report, and the
    /// generic decoder cost more than the queries. An image's credit and licence (at most one
    /// each) are joined to it, which saves two statements per page.
    private static func fill(_ document: inout DocumentReport, id: Int64, in db: Database) throws {
        var findings: [Int64: [Finding]] = [:]
        let findingRows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT image_id, \(findingColumns) FROM finding WHERE document_id = ? ORDER BY ordinal
                """), arguments: [id])
        while let row = try findingRows.next() {
            let imageID: Int64? = row[0]
            findings[imageID ?? -1, default: []].append(try finding(row, at: 1))
        }
        let imageRows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT image.id, image.src, image.sources, image.element, image.line, image.fingerprint,
                    image.alt, image.metadata,
                    credit.text, credit.caption, credit.author, credit.source, credit.title,
                    credit.license_text, credit.license_url, credit.source_url, credit.own_work,
                    credit.modifications, credit.strategy, credit.visible, credit.origins,
                    license.identifier, license.name, license.url, license.evidence
                FROM image
                    LEFT JOIN credit ON credit.image_id = image.id
                    LEFT JOIN license ON license.image_id = image.id
                WHERE image.document_id = ? ORDER BY image.ordinal
                """), arguments: [id])
        var images: [ScannedImage] = []
        while let row = try imageRows.next() {
            let imageID: Int64 = row[0]
            let metadata: String? = row[7]
            images.append(
                ScannedImage(
                    src: row[1], sources: try JSONColumns.strings(row[2], column: "image.sources"),
                    element: row[3], line: row[4], fingerprint: row[5], alt: row[6],
                    // `credit.strategy` and `license.identifier` are NOT NULL: null means no row.
                    credit: row.hasNull(atIndex: 18) ? nil : try credit(row, at: 8),
                    license: row.hasNull(atIndex: 21) ? nil : license(row, at: 21),
                    metadata: try metadata.map(JSONColumns.metadata), findings: findings[imageID] ?? []))
        }
        document.images = images
        document.findings = findings[-1] ?? []
    }

    /// The columns of a credit from position `start` on, `text` to `origins` in table order.
    private static func credit(_ row: Row, at start: Int) throws -> ImageCredit {
        let raw: String = row[start + 10]
        guard let strategy = CreditStrategy(rawValue: raw) else {
            throw RecordMappingError(reason: "unknown credit strategy '\(raw)' in credit.strategy")
        }
        return ImageCredit(
            text: row[start], caption: row[start + 1], author: row[start + 2], source: row[start + 3],
            title: row[start + 4], licenseText: row[start + 5], licenseURL: row[start + 6],
            sourceURL: row[start + 7], ownWork: row[start + 8],
            modifications: try JSONColumns.strings(row[start + 9], column: "credit.modifications"),
            strategy: strategy, visible: row[start + 11], origins: try JSONColumns.origins(row[start + 12]))
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

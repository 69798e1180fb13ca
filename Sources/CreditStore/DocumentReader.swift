import CreditCore
import Foundation
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
        var document = try Self.document(row)
        try fill(&document, id: id, in: db)
        let suppressed = SuppressedFindings(
            ignored: row["suppressed_ignored"], waived: row["suppressed_waived"])
        let baselined = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT * FROM baselined_finding WHERE document_id = ? ORDER BY position
                """), arguments: [id]
        ).map { row in
            BaselinedFinding(
                imageOrdinal: row["image_ordinal"], position: row["position"], finding: try finding(row))
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
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM document WHERE id = ?"), arguments: [id])
            else { continue }
            var document = try Self.document(row)
            try fill(&document, id: id, in: db)
            try body(.document(document))
        }
    }

    /// A `document` row as a page with its skipped images, without its images and findings.
    private static func document(_ row: Row) throws -> DocumentReport {
        var document = DocumentReport(
            path: row["path"], size: row["size"], sha256: row["sha256"], encoding: row["encoding"],
            parseErrors: row["parse_errors"])
        document.reusedFrom = row["reused_from_run"]
        document.skipped = try SkippedColumn.images(row["skipped"])
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
    /// Rows are mapped by hand rather than through the records' `Decodable` conformance: this
    /// runs for every page of every report, and the generic decoder costs more than the query.
    private static func fill(_ document: inout DocumentReport, id: Int64, in db: Database) throws {
        let json = JSONDecoder()
        var credits: [Int64: ImageCredit] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT credit.* FROM credit JOIN image ON image.id = credit.image_id
                WHERE image.document_id = ?
                """), arguments: [id])
        {
            let raw: String = row["strategy"]
            guard let strategy = CreditStrategy(rawValue: raw) else {
                throw RecordMappingError(reason: "unknown credit strategy '\(raw)' in credit.strategy")
            }
            credits[row["image_id"]] = ImageCredit(
                text: row["text"], caption: row["caption"], author: row["author"], source: row["source"],
                title: row["title"], licenseText: row["license_text"], licenseURL: row["license_url"],
                sourceURL: row["source_url"], ownWork: row["own_work"],
                modifications: try decode(row["modifications"], json), strategy: strategy,
                visible: row["visible"], origins: try decode(row["origins"], json))
        }
        var licenses: [Int64: ImageLicense] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT license.* FROM license JOIN image ON image.id = license.image_id
                WHERE image.document_id = ?
                """), arguments: [id])
        {
            licenses[row["image_id"]] = license(row)
        }
        var findings: [Int64: [Finding]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM finding WHERE document_id = ? ORDER BY ordinal"),
            arguments: [id])
        {
            let imageID: Int64? = row["image_id"]
            findings[imageID ?? -1, default: []].append(try finding(row))
        }
        document.images = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM image WHERE document_id = ? ORDER BY ordinal"),
            arguments: [id]
        ).map { row in
            let imageID: Int64 = row["id"]
            let metadata: String? = row["metadata"]
            return ScannedImage(
                src: row["src"], sources: try decode(row["sources"], json), element: row["element"],
                line: row["line"], fingerprint: row["fingerprint"], alt: row["alt"],
                credit: credits[imageID], license: licenses[imageID],
                metadata: try metadata.map { try decode($0, json) }, findings: findings[imageID] ?? [])
        }
        document.findings = findings[-1] ?? []
        document.pageLicense = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM page_license WHERE document_id = ?"), arguments: [id]
        ).map(license)
    }

    private static func license(_ row: Row) -> ImageLicense {
        ImageLicense(id: row["identifier"], name: row["name"], url: row["url"], evidence: row["evidence"])
    }

    private static func finding(_ row: Row) throws -> Finding {
        let raw: String = row["severity"]
        guard let severity = Severity(rawValue: raw) else {
            throw RecordMappingError(reason: "unknown severity '\(raw)' in finding.severity")
        }
        return Finding(
            rule: row["rule"], severity: severity, message: row["message"], line: row["line"],
            column: row["column_number"], image: row["image_src"], suggestion: row["suggestion"])
    }

    /// A JSON column, as GRDB's Codable support wrote it.
    private static func decode<T: Decodable>(_ text: String, _ json: JSONDecoder) throws -> T {
        try json.decode(T.self, from: Data(text.utf8))
    }
}

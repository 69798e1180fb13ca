import CreditModel
internal import GRDB

extension RunRecorder {
    /// Copies a recorded page into this run as it is, row for row inside SQLite, without
    /// rebuilding it in Swift: the cheap path of a rescan, for a page that the baseline did
    /// not touch, that no baseline is compared with now and that has its JSON element.
    ///
    /// The element is not copied: the copy points at the document that holds it
    /// (`json_document`), so that a rescan adds no text the size of its JSON report.
    ///
    /// The page takes the run's next ordinal now, but its rows wait in ``PendingCopies`` and
    /// are copied with those of many pages at once (see ``flushCopies()``).
    ///
    /// Every column of every table a page owns is copied as it is, unless a statement below
    /// says otherwise: the statements are built from the records (see
    /// ``StoredRecord/copy(from:replacing:omitting:)``). A new table a page owns needs its flag
    /// in ``ReuseIndex/Contents`` and its own statement here.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func copy(_ candidate: ReuseIndex.Candidate, optionsFingerprint: String) throws {
        // One fingerprint per batch: the statements bind it once for all its documents.
        if pendingCopies.optionsFingerprint != optionsFingerprint { try flushCopies() }
        pendingCopies.append(
            PendingCopies.Page(
                ordinal: nextOrdinal(), document: candidate.documentID, run: candidate.run,
                contents: candidate.contents),
            optionsFingerprint: optionsFingerprint)
        if pendingCopies.count >= PendingCopies.limit { try flushCopies() }
    }

    /// Writes the rows of the pages copied since the last flush. Every other method of the
    /// recorder calls it first, and the run's transaction calls it before it commits, so that
    /// nothing ever reads or records around a page whose rows are not all there.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    func flushCopies() throws {
        guard let optionsFingerprint = pendingCopies.optionsFingerprint else { return }
        let pending = pendingCopies
        pendingCopies = PendingCopies()
        try writing { db in
            // One statement per table for all the pages rather than one per table and page: a
            // statement costs a few microseconds even when it copies one row or none.
            try db.cachedStatement(sql: Self.copyDocuments).execute(
                arguments: [pending.documents(), runID, optionsFingerprint])
            // The candidate says which tables hold a page's rows: most pages have no findings.
            if let pairs = pending.pairs(holding: .images) {
                try db.cachedStatement(sql: Self.copyImages).execute(arguments: [pairs, runID])
                try db.cachedStatement(sql: Self.copyCredits).execute(arguments: [pairs, runID])
            }
            if let pairs = pending.pairs(holding: .licenses) {
                try db.cachedStatement(sql: Self.copyLicenses).execute(arguments: [pairs, runID])
            }
            if let pairs = pending.pairs(holding: .pageLicense) {
                try db.cachedStatement(sql: Self.copyPageLicenses).execute(arguments: [pairs, runID])
            }
            if let pairs = pending.pairs(holding: .findings) {
                try db.cachedStatement(sql: Self.copyFindings).execute(arguments: [pairs, runID])
            }
        }
    }

    // Rows go in in the order copying page after page wrote them (documents in page order,
    // then images by ordinal and findings by recorded id, page after page), and `append`
    // flushes before it writes a scanned page, so every row gets the id it would have got
    // copied alone. Credits and licences take the id of their image, page licences that of
    // their document.

    /// `?1` holds a [ordinal, old document id, run that scanned it] triple per page. The JSON
    /// element stays where it is: the copy names the document that holds it.
    private static let copyDocuments = """
        WITH page (position, ordinal, old, run) AS (
            SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
            FROM json_each(?1))
        \(DocumentRecord.copy(
            from: "old",
            replacing: [
                "run_id": "?2", "ordinal": "page.ordinal", "options_fingerprint": "?3", "reused_from_run": "page.run",
                "json_document": "CASE WHEN old.json IS NULL THEN old.json_document ELSE old.id END",
            ],
            omitting: ["id", "json"]))
        FROM page JOIN document AS old ON old.id = page.old
        ORDER BY page.position
        """

    /// The pages of `?1`, [ordinal, old document id] pairs, each with its new document in run
    /// `?2`: the tables below copy each page's rows from the old document to the new one,
    /// images first, so that credits, licences and findings find their new image by ordinal.
    private static let pairs = """
        WITH pair (position, new, old) AS (
            SELECT json_each.key, document.id, json_extract(json_each.value, '$[1]')
            FROM json_each(?1) JOIN document
                ON document.run_id = ?2 AND document.ordinal = json_extract(json_each.value, '$[0]'))
        """

    private static let copyImages = """
        \(pairs)
        \(ImageRecord.copy(from: "image", replacing: ["document_id": "pair.new"], omitting: ["id"]))
        FROM pair JOIN image ON image.document_id = pair.old
        ORDER BY pair.position, image.ordinal
        """

    private static let copyCredits = copyKeyedByImage(CreditRecord.self)
    private static let copyLicenses = copyKeyedByImage(ImageLicenseRecord.self)

    /// The rows of a table keyed by their image (`image_id`) go to the image with the same
    /// ordinal in the new document.
    private static func copyKeyedByImage<Record: StoredRecord>(_: Record.Type) -> String {
        let table = Record.databaseTableName
        return """
            \(pairs)
            \(Record.copy(from: table, replacing: ["image_id": "new.id"]))
            FROM pair JOIN image AS old ON old.document_id = pair.old
            JOIN \(table) ON \(table).image_id = old.id
            JOIN image AS new ON new.document_id = pair.new AND new.ordinal = old.ordinal
            """
    }

    private static let copyPageLicenses = """
        \(pairs)
        \(PageLicenseRecord.copy(from: "page_license", replacing: ["document_id": "pair.new"]))
        FROM pair JOIN page_license ON page_license.document_id = pair.old
        """

    /// A finding of an image goes to the image with the same ordinal in the new document.
    private static let copyFindings = """
        \(pairs)
        \(FindingRecord.copy(
            from: "finding", replacing: ["run_id": "?2", "document_id": "pair.new", "image_id": "new.id"],
            omitting: ["id"]))
        FROM pair JOIN finding ON finding.document_id = pair.old
        LEFT JOIN image AS old ON old.id = finding.image_id
        LEFT JOIN image AS new ON new.document_id = pair.new AND new.ordinal = old.ordinal
        ORDER BY pair.position, finding.id
        """

    /// The counts over every page recorded so far in this run, from SQL rather than from the
    /// pages, so that pages copied as they are need never be rebuilt.
    /// - Throws: ``StoreError/unreadable(path:reason:)``; ``StoreError/writeFailed(path:reason:)``
    ///   when the rows of pages copied before cannot be written first.
    public func totals(failOn: Severity) throws -> ReportTotals {
        try flushCopies()
        do {
            return try DocumentReader.totals(run: runID, failOn: failOn, in: db)
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }
}

extension DocumentReader {
    /// The counts over every page of `run`, computed by SQLite.
    static func totals(run: Int64, failOn: Severity, in db: Database) throws -> ReportTotals {
        let pages = try Row.fetchOne(
            db,
            sql: """
                SELECT count(*) AS documents, count(reused_from_run) AS reused,
                    coalesce(sum(skipped_count), 0) AS skipped
                FROM document WHERE run_id = ?
                """, arguments: [run])
        var findings: [Severity: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT severity, count(*) AS n FROM finding WHERE run_id = ? GROUP BY severity",
            arguments: [run])
        {
            guard let severity = Severity(rawValue: row["severity"]) else {
                throw RecordMappingError(reason: "unknown severity '\(row["severity"] ?? "")' in finding.severity")
            }
            findings[severity] = row["n"]
        }
        var byLicense: [String: Int] = [:]
        var images = 0
        var credited = 0
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT coalesce(license.identifier, 'none') AS id, count(*) AS n, count(credit.image_id) AS credited
                FROM image JOIN document ON document.id = image.document_id
                LEFT JOIN license ON license.image_id = image.id
                LEFT JOIN credit ON credit.image_id = image.id
                WHERE document.run_id = ? GROUP BY 1
                """, arguments: [run])
        {
            byLicense[row["id"]] = row["n"]
            images += row["n"] as Int
            credited += row["credited"] as Int
        }
        return ReportTotals(
            failOn: failOn, documents: pages?["documents"] ?? 0, reused: pages?["reused"] ?? 0,
            images: images, credited: credited, skipped: pages?["skipped"] ?? 0, findings: findings,
            imagesByLicense: byLicense)
    }
}

/// The pages a run copied whose rows are still to be written: for each, its ordinal in the run,
/// the document it copies, the run that scanned that, and the tables that hold its rows.
struct PendingCopies {
    /// How many pages wait at most, so that memory and each statement's journal stay small.
    static let limit = 256

    struct Page {
        var ordinal: Int
        var document: Int64
        var run: Int
        var contents: ReuseIndex.Contents
    }

    private var pages: [Page] = []
    /// The fingerprint every waiting page is recorded with; nil when none waits.
    private(set) var optionsFingerprint: String?

    /// The number of pages waiting.
    var count: Int { pages.count }

    mutating func append(_ page: Page, optionsFingerprint: String) {
        if pages.isEmpty { pages.reserveCapacity(Self.limit) }
        pages.append(page)
        self.optionsFingerprint = optionsFingerprint
    }

    /// The pages as the documents statement reads them: a JSON array of [ordinal, document,
    /// run] triples, in page order.
    func documents() -> String {
        "[" + pages.map { "[\($0.ordinal),\($0.document),\($0.run)]" }.joined(separator: ",") + "]"
    }

    /// The pages with rows in `table`, as the JSON array of [ordinal, document] pairs the
    /// other statements read, in page order; nil when there are none.
    func pairs(holding table: ReuseIndex.Contents) -> String? {
        var text = "["
        for page in pages where page.contents.contains(table) {
            if text.utf8.count > 1 { text += "," }
            text += "[\(page.ordinal),\(page.document)]"
        }
        guard text.utf8.count > 1 else { return nil }
        return text + "]"
    }
}

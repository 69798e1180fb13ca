import CreditModel
internal import GRDB

extension RunRecorder {
    /// Records a recorded page in this run as it is, inside SQLite, without rebuilding it in
    /// Swift: the cheap path of a rescan, for a page that the baseline did not touch, that no
    /// baseline is compared with now and that has its JSON element.
    ///
    /// The copy is one document row that names the documents holding the page's rows: its
    /// images, credits, licences, page licence and findings (`content_document`) and its JSON
    /// element (`json_document`). A rescan of an unchanged site so adds a row per page, not a
    /// copy of each of its rows; readers follow the names (see `DocumentReader`).
    ///
    /// The page takes the run's next ordinal now, but its row waits in ``PendingCopies`` and
    /// is written with those of many pages at once (see ``flushCopies()``).
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func copy(_ candidate: ReuseIndex.Candidate, optionsFingerprint: String) throws {
        // One fingerprint per batch: the statement binds it once for all its documents.
        if pendingCopies.optionsFingerprint != optionsFingerprint { try flushCopies() }
        pendingCopies.append(
            PendingCopies.Page(ordinal: nextOrdinal(), document: candidate.documentID, run: candidate.run),
            optionsFingerprint: optionsFingerprint)
        if pendingCopies.count >= PendingCopies.limit { try flushCopies() }
    }

    /// Writes the rows of the pages copied since the last flush. Every other method of the
    /// recorder calls it first, and the run's transaction calls it before it commits, so that
    /// nothing ever reads or records around a page whose row is not there.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    func flushCopies() throws {
        guard let optionsFingerprint = pendingCopies.optionsFingerprint else { return }
        let pending = pendingCopies
        pendingCopies = PendingCopies()
        try writing { db in
            // One statement for all the pages rather than one per page: a statement costs a
            // few microseconds even when it copies one row.
            try db.cachedStatement(sql: Self.copyDocuments).execute(
                arguments: [pending.documents(), runID, optionsFingerprint])
        }
    }

    /// `?1` holds a [ordinal, old document id, run that scanned it] triple per page. The JSON
    /// element, the skipped images and the page's rows stay where they are: the copy names the
    /// documents that hold them.
    private static let copyDocuments = """
        WITH page (position, ordinal, old, run) AS (
            SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
            FROM json_each(?1))
        \(DocumentRecord.copy(
            from: "old",
            replacing: [
                "run_id": "?2", "ordinal": "page.ordinal", "options_fingerprint": "?3", "reused_from_run": "page.run",
                "json_document": "CASE WHEN old.json IS NULL THEN old.json_document ELSE old.id END",
                "content_document": "coalesce(old.content_document, old.id)",
                // Held by the content document too; the count stays, for the run's totals.
                "skipped": "'[]'",
            ],
            omitting: ["id", "json"]))
        FROM page JOIN document AS old ON old.id = page.old
        ORDER BY page.position
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
            db,
            sql: """
                SELECT severity, count(*) AS n
                FROM document JOIN finding ON finding.document_id = \(contentOfDocument)
                WHERE document.run_id = ? GROUP BY severity
                """,
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
                FROM document JOIN image ON image.document_id = \(contentOfDocument)
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
/// the document it copies and the run that scanned that.
struct PendingCopies {
    /// How many pages wait at most, so that memory and each statement's journal stay small.
    static let limit = 256

    struct Page {
        var ordinal: Int
        var document: Int64
        var run: Int
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
}

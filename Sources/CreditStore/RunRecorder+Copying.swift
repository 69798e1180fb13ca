import CreditCore
internal import GRDB

extension RunRecorder {
    /// Copies a recorded page into this run as it is, row for row inside SQLite, without
    /// rebuilding it in Swift: the cheap path of a rescan, for a page that the baseline did
    /// not touch, that no baseline is compared with now and that has its JSON element.
    ///
    /// The element is not copied: the copy points at the document that holds it
    /// (`json_document`), so that a rescan adds no text the size of its JSON report.
    ///
    /// The `document` row is written now, in page order; the rows of the other tables wait in
    /// ``PendingCopies`` and are copied for many pages at once (see ``flushCopies()``), before
    /// anything else the recorder does.
    ///
    /// Every column of every table a page owns is listed here: a migration that adds one must
    /// add it below too (the rescan tests compare reused runs with fresh ones field by field),
    /// and a new table needs its flag in ``ReuseIndex/Contents``.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func copy(_ candidate: ReuseIndex.Candidate, optionsFingerprint: String) throws {
        try writing { db in
            try db.cachedStatement(sql: """
                INSERT INTO document (run_id, ordinal, path, size, sha256, encoding, parse_errors,
                    options_fingerprint, reused_from_run, suppressed_ignored, suppressed_waived,
                    json_document, skipped)
                SELECT ?, ?, path, size, sha256, encoding, parse_errors, ?, ?, suppressed_ignored,
                    suppressed_waived, CASE WHEN json IS NULL THEN json_document ELSE id END, skipped
                FROM document WHERE id = ?
                """).execute(arguments: [
                    runID, nextOrdinal(), optionsFingerprint, candidate.run, candidate.documentID,
                ])
            pendingCopies.append(new: db.lastInsertedRowID, old: candidate.documentID, contents: candidate.contents)
            if pendingCopies.count >= PendingCopies.limit { try copyPendingRows(db) }
        }
    }

    /// Copies the rows that the pages copied since the last flush own besides their `document`
    /// row. Every other method of the recorder calls it first, and the run's transaction calls
    /// it before it commits, so that nothing ever reads or records around a half-copied page.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    func flushCopies() throws {
        guard pendingCopies.count > 0 else { return }
        try writing(copyPendingRows)
    }

    /// One statement per table for all the pending pages rather than one per table and page:
    /// a statement costs a few microseconds even when it copies a row or none.
    ///
    /// Images and findings are inserted in the order a page-by-page copy inserted them (page
    /// by page, then by ordinal or by recorded id), and ``append(_:)`` flushes before it writes
    /// a scanned page, so every row gets the id it would have got copied alone. Credits and
    /// licences take the id of their image, page licences that of their document.
    private func copyPendingRows(_ db: Database) throws {
        let pending = pendingCopies
        pendingCopies = PendingCopies()
        // The candidate says which tables hold a page's rows: most pages have no findings.
        if let pairs = pending.pairs(holding: .images) {
            try db.cachedStatement(sql: Self.copyImages).execute(arguments: [pairs])
            try db.cachedStatement(sql: Self.copyCredits).execute(arguments: [pairs])
        }
        if let pairs = pending.pairs(holding: .licenses) {
            try db.cachedStatement(sql: Self.copyLicenses).execute(arguments: [pairs])
        }
        if let pairs = pending.pairs(holding: .pageLicense) {
            try db.cachedStatement(sql: Self.copyPageLicenses).execute(arguments: [pairs])
        }
        if let pairs = pending.pairs(holding: .findings) {
            try db.cachedStatement(sql: Self.copyFindings).execute(arguments: [pairs, runID])
        }
    }

    // Each copies the rows of the pages in `?1`, a JSON array of [new document id, old
    // document id] pairs in page order, from each old document to its new one; images first,
    // so that credits, licences and findings can find their new image by ordinal.

    private static let pairs = """
        WITH pair (position, new, old) AS (
            SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))
        """

    private static let copyImages = """
        \(pairs)
        INSERT INTO image (document_id, ordinal, src, sources, element, line, fingerprint, alt, metadata)
        SELECT pair.new, image.ordinal, image.src, image.sources, image.element, image.line,
            image.fingerprint, image.alt, image.metadata
        FROM pair JOIN image ON image.document_id = pair.old
        ORDER BY pair.position, image.ordinal
        """

    private static let copyCredits = """
        \(pairs)
        INSERT INTO credit (image_id, text, caption, author, source, title, license_text, license_url,
            source_url, own_work, modifications, strategy, visible, origins)
        SELECT new.id, credit.text, credit.caption, credit.author, credit.source, credit.title,
            credit.license_text, credit.license_url, credit.source_url, credit.own_work,
            credit.modifications, credit.strategy, credit.visible, credit.origins
        FROM pair JOIN image AS old ON old.document_id = pair.old
        JOIN credit ON credit.image_id = old.id
        JOIN image AS new ON new.document_id = pair.new AND new.ordinal = old.ordinal
        """

    private static let copyLicenses = """
        \(pairs)
        INSERT INTO license (image_id, identifier, name, url, evidence)
        SELECT new.id, license.identifier, license.name, license.url, license.evidence
        FROM pair JOIN image AS old ON old.document_id = pair.old
        JOIN license ON license.image_id = old.id
        JOIN image AS new ON new.document_id = pair.new AND new.ordinal = old.ordinal
        """

    private static let copyPageLicenses = """
        \(pairs)
        INSERT INTO page_license (document_id, identifier, name, url, evidence)
        SELECT pair.new, page_license.identifier, page_license.name, page_license.url, page_license.evidence
        FROM pair JOIN page_license ON page_license.document_id = pair.old
        """

    /// A finding of an image goes to the image with the same ordinal in the new document.
    private static let copyFindings = """
        \(pairs)
        INSERT INTO finding (run_id, document_id, image_id, ordinal, rule, severity, message,
            line, column_number, image_src, suggestion)
        SELECT ?2, pair.new, new.id, finding.ordinal, finding.rule, finding.severity, finding.message,
            finding.line, finding.column_number, finding.image_src, finding.suggestion
        FROM pair JOIN finding ON finding.document_id = pair.old
        LEFT JOIN image AS old ON old.id = finding.image_id
        LEFT JOIN image AS new ON new.document_id = pair.new AND new.ordinal = old.ordinal
        ORDER BY pair.position, finding.id
        """

    /// The counts over every page recorded so far in this run, from SQL rather than from the
    /// pages, so that pages copied as they are need never be rebuilt.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
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
        let pages = try Row.fetchOne(db, sql: """
            SELECT count(*) AS documents, count(reused_from_run) AS reused,
                coalesce(sum(json_array_length(skipped)), 0) AS skipped
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
        for row in try Row.fetchAll(db, sql: """
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

/// The pages a run copied whose rows besides `document` are still to be copied: each new
/// document with the one it copies and the tables that hold the old one's rows.
struct PendingCopies {
    /// How many pages wait at most, so that memory and each statement's journal stay small.
    static let limit = 256

    private var pages: [(new: Int64, old: Int64, contents: ReuseIndex.Contents)] = []

    /// The number of pages waiting.
    var count: Int { pages.count }

    mutating func append(new: Int64, old: Int64, contents: ReuseIndex.Contents) {
        if pages.isEmpty { pages.reserveCapacity(Self.limit) }
        pages.append((new, old, contents))
    }

    /// The pages with rows in `table`, as the JSON array of [new, old] pairs the copying
    /// statements read, in page order; nil when there are none.
    func pairs(holding table: ReuseIndex.Contents) -> String? {
        var text = "["
        for page in pages where page.contents.contains(table) {
            if text.utf8.count > 1 { text += "," }
            text += "[\(page.new),\(page.old)]"
        }
        guard text.utf8.count > 1 else { return nil }
        return text + "]"
    }
}

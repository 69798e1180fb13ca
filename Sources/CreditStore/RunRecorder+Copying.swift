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
    /// Every column of every table a page owns is listed here: a migration that adds one must
    /// add it below too (the rescan tests compare reused runs with fresh ones field by field),
    /// and a new table needs its flag in ``ReuseIndex/Contents``.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func copy(_ candidate: ReuseIndex.Candidate, optionsFingerprint: String) throws {
        let old = candidate.documentID
        try writing { db in
            try db.cachedStatement(sql: """
                INSERT INTO document (run_id, ordinal, path, size, sha256, encoding, parse_errors,
                    options_fingerprint, reused_from_run, suppressed_ignored, suppressed_waived,
                    json_document, skipped)
                SELECT ?, ?, path, size, sha256, encoding, parse_errors, ?, ?, suppressed_ignored,
                    suppressed_waived, CASE WHEN json IS NULL THEN json_document ELSE id END, skipped
                FROM document WHERE id = ?
                """).execute(arguments: [runID, nextOrdinal(), optionsFingerprint, candidate.run, old])
            let new = db.lastInsertedRowID
            let pairs: StatementArguments = [new, old]
            // A statement costs a few microseconds even when it copies nothing, and most pages
            // have no findings or licences: the candidate says which tables hold the page's rows.
            let contents = candidate.contents
            if contents.contains(.images) {
                try db.cachedStatement(sql: Self.copyImages).execute(arguments: pairs)
                try db.cachedStatement(sql: Self.copyCredits).execute(arguments: pairs)
            }
            if contents.contains(.licenses) {
                try db.cachedStatement(sql: Self.copyLicenses).execute(arguments: pairs)
            }
            if contents.contains(.pageLicense) {
                try db.cachedStatement(sql: Self.copyPageLicense).execute(arguments: pairs)
            }
            if contents.contains(.findings) {
                try db.cachedStatement(sql: """
                    INSERT INTO finding (run_id, document_id, image_id, ordinal, rule, severity, message,
                        line, column_number, image_src, suggestion)
                    SELECT ?, ?, new.id, finding.ordinal, finding.rule, finding.severity, finding.message,
                        finding.line, finding.column_number, finding.image_src, finding.suggestion
                    FROM finding
                    LEFT JOIN image AS old ON old.id = finding.image_id
                    LEFT JOIN image AS new ON new.document_id = ? AND new.ordinal = old.ordinal
                    WHERE finding.document_id = ?
                    ORDER BY finding.id
                    """).execute(arguments: [runID, new, new, old])
            }
        }
    }

    // Each copies a page's rows from document `?2` to document `?1`; images first, so that the
    // credit and licence rows can find their new image by ordinal.

    private static let copyImages = """
        INSERT INTO image (document_id, ordinal, src, sources, element, line, fingerprint, alt, metadata)
        SELECT ?1, ordinal, src, sources, element, line, fingerprint, alt, metadata
        FROM image WHERE document_id = ?2 ORDER BY ordinal
        """

    private static let copyCredits = """
        INSERT INTO credit (image_id, text, caption, author, source, title, license_text, license_url,
            source_url, own_work, modifications, strategy, visible, origins)
        SELECT new.id, credit.text, credit.caption, credit.author, credit.source, credit.title,
            credit.license_text, credit.license_url, credit.source_url, credit.own_work,
            credit.modifications, credit.strategy, credit.visible, credit.origins
        FROM credit JOIN image AS old ON old.id = credit.image_id
        JOIN image AS new ON new.document_id = ?1 AND new.ordinal = old.ordinal
        WHERE old.document_id = ?2
        """

    private static let copyLicenses = """
        INSERT INTO license (image_id, identifier, name, url, evidence)
        SELECT new.id, license.identifier, license.name, license.url, license.evidence
        FROM license JOIN image AS old ON old.id = license.image_id
        JOIN image AS new ON new.document_id = ?1 AND new.ordinal = old.ordinal
        WHERE old.document_id = ?2
        """

    private static let copyPageLicense = """
        INSERT INTO page_license (document_id, identifier, name, url, evidence)
        SELECT ?1, identifier, name, url, evidence FROM page_license WHERE document_id = ?2
        """

    /// The counts over every page recorded so far in this run, from SQL rather than from the
    /// pages, so that pages copied as they are need never be rebuilt.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func totals(failOn: Severity) throws -> ReportTotals {
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

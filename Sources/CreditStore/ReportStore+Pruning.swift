import Foundation
internal import GRDB

extension ReportStore {
    /// What ``prune(keep:)`` removed.
    public struct PruneOutcome: Sendable, Equatable {
        /// The numbers of the runs removed, oldest first.
        public var removedRuns: [Int]
    }

    /// Removes every run but the newest `keep` (0 keeps every run), in one write transaction.
    ///
    /// The pages of kept runs that reused a removed run's page name the rows that page holds
    /// (`content_document`, `json_document`): before the removal, those rows pass to the
    /// oldest kept page that names them, and the other kept pages name that page instead, so
    /// every kept run reads back exactly as it was recorded. File stamps of paths no kept run
    /// holds a page of go too. The space freed is reused by later runs; ``vacuum()`` gives it
    /// back to the file system.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    @discardableResult
    public func prune(keep: Int) throws -> PruneOutcome {
        guard keep > 0 else { return PruneOutcome(removedRuns: []) }
        do {
            return try dbQueue.write { db in
                let doomed = try Int.fetchAll(
                    db,
                    sql: "SELECT id FROM run WHERE id NOT IN (SELECT id FROM run ORDER BY id DESC LIMIT ?) ORDER BY id",
                    arguments: [keep])
                guard !doomed.isEmpty else { return PruneOutcome(removedRuns: []) }
                try db.execute(sql: "CREATE TEMP TABLE doomed_run (id INTEGER PRIMARY KEY)")
                defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.doomed_run") }
                try db.execute(
                    sql: "INSERT INTO doomed_run (id) SELECT value FROM json_each(?)",
                    arguments: ["[" + doomed.map(String.init).joined(separator: ",") + "]"])
                try handOver(column: "content_document", in: db)
                try handOver(column: "json_document", in: db)
                try db.execute(sql: "DELETE FROM run WHERE id IN (SELECT id FROM doomed_run)")
                // A stamp serves only to reuse a recorded page of its path, found through
                // `reuse_entry`, whose rows went with the removed pages; once a path has none
                // (the page was deleted or renamed), its stamp would otherwise stay for good.
                try db.execute(sql: "DELETE FROM file_stamp WHERE path NOT IN (SELECT path FROM reuse_entry)")
                return PruneOutcome(removedRuns: doomed)
            }
        } catch {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
    }

    /// Rewrites the file without its free pages (SQLite's `VACUUM`), after a checkpoint.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func vacuum() throws {
        do {
            try dbQueue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
    }

    /// Gives what removed documents hold for kept ones (`column` names the holder) to the
    /// oldest kept document that names each holder: the JSON text for `json_document`, the
    /// page's rows for `content_document`.
    private func handOver(column: String, in db: Database) throws {
        try db.execute(
            sql: """
                CREATE TEMP TABLE heir AS
                SELECT kept.\(column) AS old, min(kept.id) AS new, kept.run_id AS run
                FROM document AS kept JOIN document AS holder ON holder.id = kept.\(column)
                WHERE holder.run_id IN (SELECT id FROM doomed_run)
                    AND kept.run_id NOT IN (SELECT id FROM doomed_run)
                GROUP BY kept.\(column)  -- `run` is that of the row min() picks, as SQLite documents
                """)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.heir") }
        try db.execute(sql: "CREATE UNIQUE INDEX temp.heir_old ON heir(old)")
        if column == "json_document" {
            try db.execute(
                sql: """
                    UPDATE document SET json = (SELECT json FROM document AS holder WHERE holder.id = document.json_document)
                    WHERE id IN (SELECT new FROM heir)
                    """)
        } else {
            try db.execute(
                sql: """
                    UPDATE document
                    SET skipped = (SELECT skipped FROM document AS holder WHERE holder.id = document.content_document)
                    WHERE id IN (SELECT new FROM heir)
                    """)
            for table in ["image", "page_license", "baselined_finding"] {
                try db.execute(
                    sql: """
                        UPDATE \(table) SET document_id = (SELECT new FROM heir WHERE old = \(table).document_id)
                        WHERE document_id IN (SELECT old FROM heir)
                        """)
            }
            // A finding belongs to the run of the document that holds it, which the run's
            // removal would otherwise take with it.
            try db.execute(
                sql: """
                    UPDATE finding SET
                        run_id = (SELECT run FROM heir WHERE old = finding.document_id),
                        document_id = (SELECT new FROM heir WHERE old = finding.document_id)
                    WHERE document_id IN (SELECT old FROM heir)
                    """)
        }
        try db.execute(sql: "UPDATE document SET \(column) = NULL WHERE id IN (SELECT new FROM heir)")
        try db.execute(
            sql: """
                UPDATE document SET \(column) = (SELECT new FROM heir WHERE old = document.\(column))
                WHERE \(column) IN (SELECT old FROM heir)
                """)
    }
}

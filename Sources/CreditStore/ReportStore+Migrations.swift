internal import GRDB

extension ReportStore {
    /// `PRAGMA application_id` of every creditlint database: "CrLt" in ASCII.
    ///
    /// It lets the store tell its own files from other SQLite databases before touching them,
    /// and lets `file(1)`-style tools recognise the file.
    static let applicationID: Int32 = 0x4372_4C74

    /// The schema's history. Append-only: a shipped migration is never edited, renamed or
    /// removed, because databases in the wild remember the names of the migrations they ran,
    /// and a name this version does not know means a newer creditlint wrote the file.
    ///
    /// Migrations are written in SQL, not in terms of the record types, so that they keep
    /// describing the past even after the records change.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // Deliberately no `eraseDatabaseOnSchemaChange`: the database is the user's history.
        migrator.registerMigration("v1-runs-reports") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: v1Schema)
        }
        migrator.registerMigration("v2-provenance-metadata") { db in
            try db.execute(sql: v2Schema)
        }
        // The adoption settings that decide a run's verdict besides `fail_on`, so that
        // `creditlint report` exits as the scan did: the warning limit, and as JSON the
        // suppressed counts and the baseline comparison (stale entries included).
        migrator.registerMigration("v3-run-adoption") { db in
            try db.execute(sql: "ALTER TABLE run ADD COLUMN max_warnings INTEGER")
            try db.execute(sql: "ALTER TABLE run ADD COLUMN adoption TEXT")
        }
        // Rescans reuse the recorded results of unchanged pages (issue 5): see v4Schema.
        migrator.registerMigration("v4-document-reuse") { db in
            try db.execute(sql: v4Schema)
        }
        // Each page's element of the JSON report, so that a report is written without
        // rebuilding and re-encoding every page (issue 5): see v5Schema.
        migrator.registerMigration("v5-document-json") { db in
            try db.execute(sql: v5Schema)
        }
        // Each page's skipped images in one column instead of one row each, so that a rescan
        // copies one value per page rather than a row per logo and icon (issue 5): see v6Schema.
        migrator.registerMigration("v6-skipped-column") { db in
            try db.execute(sql: v6Schema)
        }
        // Each page's number of skipped images, so that a run's totals add integers instead of
        // parsing every page's `skipped` array (issue 5): see v7Schema.
        migrator.registerMigration("v7-skipped-count") { db in
            try db.execute(sql: v7Schema)
        }
        // The reuse lookup answered from a table of one row per reusable page, so that neither
        // it nor recording a run costs more for every run the database keeps (issue 5): see
        // v8Schema.
        migrator.registerMigration("v8-reuse-entry") { db in
            try db.execute(sql: v8Schema)
        }
        // Each content image's evidence (article, credit strategy, licence source), so that a
        // report read back from the database shows what the scan showed (issue 16).
        migrator.registerMigration("v9-image-evidence") { db in
            try db.execute(sql: "ALTER TABLE image ADD COLUMN evidence TEXT")
        }
        // The image's tag as written, so that `creditlint report` can show where an image is on
        // a minified page after the page itself is gone, and the parts its credit lacks, read
        // with the scan's licence catalogue (issue 16).
        migrator.registerMigration("v10-image-snippet-missing-parts") { db in
            try db.execute(sql: "ALTER TABLE image ADD COLUMN snippet TEXT")
            try db.execute(sql: "ALTER TABLE image ADD COLUMN missing_parts TEXT")
        }
        // Which shard of how many a run holds and a fingerprint of the configuration it ran
        // with, so that `creditlint merge` can refuse shards that do not make one scan (issue 19).
        migrator.registerMigration("v11-run-shard") { db in
            try db.execute(sql: "ALTER TABLE run ADD COLUMN shard_index INTEGER")
            try db.execute(sql: "ALTER TABLE run ADD COLUMN shard_count INTEGER")
            try db.execute(sql: "ALTER TABLE run ADD COLUMN configuration_fingerprint TEXT")
        }
        // A rescan records an unchanged page as a document row that names the document holding
        // its images, credits, licences and findings instead of copying them, so that a rescan
        // of an unchanged site adds a row per page and not a copy of every row (issue 19).
        migrator.registerMigration("v12-document-content") { db in
            try db.execute(sql: v12ContentSchema)
        }
        // What each image's local file says about its credit (IPTC, XMP, Exif), so that
        // `creditlint report` reprints it (issue 18).
        migrator.registerMigration("v13-image-embedded") { db in
            try db.execute(sql: "ALTER TABLE image ADD COLUMN embedded TEXT")
        }
        // Each page file's size, times, inode and device with the hash of the bytes read, so that
        // a rescan takes the hash of a file the file system shows untouched instead of reading
        // and hashing it again (issue 19): see v14FileStampSchema.
        migrator.registerMigration("v14-file-stamp") { db in
            try db.execute(sql: v14FileStampSchema)
        }
        return migrator
    }()

    /// Migrates `dbQueue` to ``schemaVersion``.
    ///
    /// Two scans that open the same new file at the same moment both see it unmigrated, and
    /// the slower one's migration then collides with the faster one's ("table run already
    /// exists"). The faster one's work is committed and visible by then, so migrating again
    /// resumes after it; a failure that shows no such progress is a real one and is thrown.
    static func migrate(_ dbQueue: DatabaseQueue, path: String) throws {
        var applied = (try? dbQueue.read(migrator.appliedIdentifiers)) ?? []
        while true {
            do {
                try migrator.migrate(dbQueue)
                return
            } catch {
                let nowApplied = (try? dbQueue.read(migrator.appliedIdentifiers)) ?? []
                guard nowApplied.isStrictSuperset(of: applied) else {
                    throw StoreError.cannotCreate(path: path, reason: StoreError.reason(error))
                }
                applied = nowApplied
            }
        }
    }
}

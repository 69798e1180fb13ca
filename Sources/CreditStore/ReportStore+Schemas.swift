/// The SQL of the migrations that create or reshape tables (see ``ReportStore/migrator``),
/// each as that version wrote it: migrations are append-only, so these texts never change.
extension ReportStore {
    /// `content_document` names the document that holds a page's images (and so its credits
    /// and licences), skipped images, page licence, findings and baseline-suppressed findings
    /// (its own `skipped` is then `[]`, its `skipped_count` the page's), when that is
    /// not the page's own row: a page a rescan reused. Readers follow it
    /// (`coalesce(content_document, id)`); NULL for every page recorded before. No action on
    /// delete: pruning hands the rows to a page that is kept before it deletes their holder
    /// (`ReportStore.prune`), and the constraint stops any other delete from orphaning them.
    static let v12ContentSchema = """
        ALTER TABLE document ADD COLUMN content_document INTEGER REFERENCES document(id);
        CREATE INDEX document_content ON document(content_document);
        """

    /// One row a page path: the stamp of the file as the newest run that read it found it and
    /// the SHA-256 of the bytes read (see `FileStamp`). Paths are relative to the scanned root;
    /// the inode and device tell apart two sites scanned into one database.
    static let v14FileStampSchema = """
        CREATE TABLE file_stamp (
            path TEXT NOT NULL PRIMARY KEY,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            modified_ns INTEGER NOT NULL,
            changed_ns INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            device INTEGER NOT NULL
        ) WITHOUT ROWID;
        """

    /// `reuse_entry` names, for each path and content hash recorded by a version under an
    /// options fingerprint, the newest such document: what a rescan may copy. A run updates it
    /// as it commits (`RunRecorder.updateReuseEntries`), so it holds a row per page and
    /// configuration, however many runs the file keeps.
    ///
    /// It replaces the index `document_reuse` on (path, sha256), through which the lookup read
    /// every document row of every run kept, and which every run added a row to in the middle
    /// of each path's entries, so that a rescan rewrote pages all over a growing index and grew
    /// slower with every run the file kept.
    static let v8Schema = """
        CREATE TABLE reuse_entry (
            tool_version TEXT NOT NULL,
            options_fingerprint TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            PRIMARY KEY (tool_version, options_fingerprint, path, sha256)
        ) WITHOUT ROWID;
        CREATE INDEX reuse_entry_document ON reuse_entry(document_id);
        INSERT INTO reuse_entry (tool_version, options_fingerprint, path, sha256, document_id)
            SELECT run.tool_version, document.options_fingerprint, document.path, document.sha256,
                max(document.id)
            FROM document JOIN run ON run.id = document.run_id
            WHERE document.options_fingerprint IS NOT NULL
            GROUP BY run.tool_version, document.options_fingerprint, document.path, document.sha256;
        DROP INDEX document_reuse;
        """

    /// `skipped_count` is the number of elements of `skipped`, written with it. Counting them
    /// in SQL parses the whole array, which made a run's totals cost as much as writing its
    /// JSON report; pages recorded before are counted once, here.
    static let v7Schema = """
        ALTER TABLE document ADD COLUMN skipped_count INTEGER NOT NULL DEFAULT 0;
        UPDATE document SET skipped_count = json_array_length(skipped) WHERE skipped <> '[]';
        """

    /// `skipped` holds what `skipped_image` held, as `SkippedColumn` describes: a compact JSON
    /// array of `[src, line, reason]` arrays in ordinal order, `[]` for a page without
    /// skipped images. The aggregate reads a subquery ordered by ordinal, which SQLite never
    /// flattens into an aggregate, so the array keeps the order. The table is then dropped,
    /// so that there is only one representation to read, write and copy.
    static let v6Schema = """
        ALTER TABLE document ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]';
        UPDATE document SET skipped = (
            SELECT json_group_array(json_array(src, line, reason))
            FROM (SELECT src, line, reason FROM skipped_image
                WHERE skipped_image.document_id = document.id ORDER BY ordinal)
        )
        WHERE id IN (SELECT document_id FROM skipped_image);
        DROP TABLE skipped_image;
        """

    /// `json` is the page's element of the JSON report (`JSONRenderer.documentElement`),
    /// rendered when the page was scanned, without `reusedFrom`, which the report inserts from
    /// `reused_from_run`. A page copied by a rescan does not repeat it: `json_document` names
    /// the document that holds it. Both are NULL for pages recorded before v5 (and
    /// `json_document` becomes NULL if that document is deleted): such pages are encoded
    /// anew from their rows, and a rescan records them afresh rather than copying them.
    static let v5Schema = """
        ALTER TABLE document ADD COLUMN json TEXT;
        ALTER TABLE document ADD COLUMN json_document INTEGER REFERENCES document(id) ON DELETE SET NULL;
        CREATE INDEX document_json ON document(json_document);
        """

    /// What reusing a page's results in a later run needs. `options_fingerprint` hashes the
    /// options that change a page's results (NULL for pages recorded before v4, which are
    /// never reused); `reused_from_run` names the run a page's results were copied from (NULL
    /// when it was scanned); the suppressed counts are per page so that a reused page counts
    /// as it did. `baselined_finding` keeps the findings the baseline held back, at their
    /// position among the page's or its image's (`image_ordinal`) findings, so that a reused page can be compared with
    /// whatever baseline the next run uses; reports never read it.
    static let v4Schema = """
        ALTER TABLE document ADD COLUMN options_fingerprint TEXT;
        ALTER TABLE document ADD COLUMN reused_from_run INTEGER;
        ALTER TABLE document ADD COLUMN suppressed_ignored INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE document ADD COLUMN suppressed_waived INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX document_reuse ON document(path, sha256);
        CREATE TABLE baselined_finding (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            image_ordinal INTEGER,
            position INTEGER NOT NULL,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            line INTEGER NOT NULL,
            column_number INTEGER,
            image_src TEXT,
            suggestion TEXT
        );
        CREATE INDEX baselined_finding_document ON baselined_finding(document_id);
        """

    /// Credit provenance, structured data and page licences (issue 3). Existing credits get
    /// an empty `origins` object: runs recorded before v2 did not know where fields came from.
    static let v2Schema = """
        ALTER TABLE credit ADD COLUMN origins TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE image ADD COLUMN metadata TEXT;
        CREATE TABLE page_license (
            document_id INTEGER PRIMARY KEY NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            identifier TEXT NOT NULL,
            name TEXT,
            url TEXT,
            evidence TEXT NOT NULL
        );
        """

    /// The first schema. Every child row carries an `ordinal` so that a report is rebuilt in
    /// exactly the order it was recorded; `id`s only order rows by insertion.
    /// `sources` and `modifications` hold JSON arrays of strings (see `JSONColumns`): they
    /// are read and written whole, never queried element by element.
    /// Enumerations (severity, strategy) are stored as their raw strings without CHECK
    /// constraints, so that a later version can add cases without rebuilding tables.
    /// Each foreign key is the leading column of a UNIQUE constraint or an index, so cascading
    /// deletes and per-parent reads never scan a whole table; `image.fingerprint` is indexed
    /// because it is the key for following one image across runs.
    static let v1Schema = """
        CREATE TABLE run (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            schema_version INTEGER NOT NULL,
            tool_version TEXT NOT NULL,
            root TEXT NOT NULL,
            started_at TEXT NOT NULL,
            fail_on TEXT NOT NULL,
            commercial BOOLEAN NOT NULL
        );
        CREATE TABLE document (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL,
            parse_errors INTEGER NOT NULL,
            UNIQUE (run_id, ordinal)
        );
        CREATE TABLE image (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            src TEXT NOT NULL,
            sources TEXT NOT NULL,
            element TEXT NOT NULL,
            line INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            alt TEXT,
            UNIQUE (document_id, ordinal)
        );
        CREATE INDEX image_fingerprint ON image(fingerprint);
        CREATE TABLE credit (
            image_id INTEGER PRIMARY KEY NOT NULL REFERENCES image(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            caption TEXT,
            author TEXT,
            source TEXT,
            title TEXT,
            license_text TEXT,
            license_url TEXT,
            source_url TEXT,
            own_work BOOLEAN NOT NULL,
            modifications TEXT NOT NULL,
            strategy TEXT NOT NULL,
            visible BOOLEAN NOT NULL
        );
        CREATE TABLE license (
            image_id INTEGER PRIMARY KEY NOT NULL REFERENCES image(id) ON DELETE CASCADE,
            identifier TEXT NOT NULL,
            name TEXT,
            url TEXT,
            evidence TEXT NOT NULL
        );
        CREATE TABLE finding (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            image_id INTEGER REFERENCES image(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            line INTEGER NOT NULL,
            column_number INTEGER,
            image_src TEXT,
            suggestion TEXT
        );
        CREATE INDEX finding_run ON finding(run_id, severity);
        CREATE INDEX finding_document ON finding(document_id, image_id, ordinal);
        CREATE INDEX finding_image ON finding(image_id);
        CREATE TABLE skipped_image (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            src TEXT NOT NULL,
            line INTEGER NOT NULL,
            reason TEXT NOT NULL,
            UNIQUE (document_id, ordinal)
        );
        CREATE TABLE failed_file (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            path TEXT NOT NULL,
            reason TEXT NOT NULL,
            UNIQUE (run_id, ordinal)
        );
        """
}

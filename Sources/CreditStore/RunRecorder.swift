import CreditModel
internal import GRDB

/// One page as the pipeline records it: the page as the report shows it, and what a later
/// run needs to reuse it.
public struct RecordedPage: Sendable {
    /// The page as reported: baseline-suppressed findings already removed.
    public var document: DocumentReport
    /// The findings the baseline held back, with where they stood in the page's findings.
    public var baselined: [BaselinedFinding]
    /// Findings suppressed by inline ignores and by waivers on this page.
    public var suppressed: SuppressedFindings
    /// The hash of the options that shaped the page's results; nil keeps it from being reused.
    public var optionsFingerprint: String?
    /// The page's element of the JSON report (``JSONRenderer/documentElement(_:)`` of
    /// ``document``) when it was rendered already, on a worker thread; nil renders it when the
    /// page is recorded. Set it to nil whenever ``document`` changes.
    public var json: String?

    /// Creates a page record.
    public init(
        document: DocumentReport, baselined: [BaselinedFinding] = [],
        suppressed: SuppressedFindings = SuppressedFindings(), optionsFingerprint: String? = nil,
        json: String? = nil
    ) {
        self.document = document
        self.baselined = baselined
        self.suppressed = suppressed
        self.optionsFingerprint = optionsFingerprint
        self.json = json
    }

    /// The page with the baseline-suppressed findings put back where they were.
    public var unbaselinedDocument: DocumentReport {
        var document = document
        for held in baselined.sorted(by: { $0.position < $1.position }) {
            if let index = held.imageOrdinal {
                guard document.images.indices.contains(index) else { continue }
                let position = min(held.position, document.images[index].findings.count)
                document.images[index].findings.insert(held.finding, at: position)
            } else {
                let position = min(held.position, document.findings.count)
                document.findings.insert(held.finding, at: position)
            }
        }
        return document
    }
}

/// A finding the baseline suppressed, kept so that the page can be reused under another
/// baseline.
public struct BaselinedFinding: Sendable, Hashable {
    /// The image whose findings held it (its index in the page's images); nil for the page's own.
    public var imageOrdinal: Int?
    /// Its index in that findings array before the baseline was applied.
    public var position: Int
    /// The finding.
    public var finding: Finding

    /// Creates a held-back finding.
    public init(imageOrdinal: Int?, position: Int, finding: Finding) {
        self.imageOrdinal = imageOrdinal
        self.position = position
        self.finding = finding
    }
}

/// Records one run page by page inside the run's single write transaction (see
/// ``ReportStore/recordRun(_:_:)``): a page is written as soon as it is done, so the pipeline
/// never holds the whole run, and a failure anywhere still leaves no trace of the run.
///
/// Only valid inside the closure it is handed to; everything runs on the store's connection.
public final class RunRecorder {
    let db: Database
    let path: String
    let runID: Int64
    private var ordinal = 0
    private let writer: PageWriter
    /// Copied pages whose rows are not written yet (see ``copy(_:optionsFingerprint:)``).
    var pendingCopies = PendingCopies()

    /// Inserts the run row of `header`, whose pages the recorder then writes.
    init(recording header: ScanReport, db: Database, path: String) throws {
        try RunRecord(header).insert(into: db)
        self.db = db
        writer = PageWriter(db: db)
        self.path = path
        runID = db.lastInsertedRowID
    }

    /// The ordinal of the next page, counted.
    func nextOrdinal() -> Int {
        ordinal += 1
        return ordinal - 1
    }

    /// Runs a write, turning any failure into ``StoreError/writeFailed(path:reason:)``.
    func writing(_ body: (Database) throws -> Void) throws {
        do {
            try body(db)
        } catch {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
    }

    /// The number the database gave the run.
    public var run: Int { Int(runID) }

    /// The newest page of each path and content hash recorded by a version (the first
    /// argument) under an options fingerprint (the second), with what copying it needs. It
    /// reads one range of `reuse_entry` (see the v8 migration): its cost follows the pages a
    /// site has, not the runs the file keeps.
    static let reuseQuery = """
        SELECT entry.path, entry.sha256, entry.document_id,
            coalesce(document.reused_from_run, document.run_id) AS run,
            document.suppressed_ignored, document.suppressed_waived,
            EXISTS (SELECT 1 FROM baselined_finding
                WHERE document_id = coalesce(document.content_document, entry.document_id)) AS held,
            -- `json_document` is stored after the page's JSON text: reading it for a
            -- page that has its text would read through the whole text first.
            CASE WHEN typeof(document.json) = 'text' THEN 1 ELSE document.json_document IS NOT NULL END AS has_json
        FROM reuse_entry AS entry JOIN document ON document.id = entry.document_id
        WHERE entry.tool_version = ? AND entry.options_fingerprint = ?
        """

    /// Makes every page of this run that may be reused the newest entry for its path, content
    /// hash, version and options (see `reuse_entry`), in one statement before the commit.
    static let updateReuseEntries = """
        \(ReuseEntryRecord.copy(
            from: "document", replacing: ["tool_version": "run.tool_version", "document_id": "document.id"]))
        FROM document JOIN run ON run.id = document.run_id
        WHERE document.run_id = ? AND document.options_fingerprint IS NOT NULL
            -- A page that shows local image files is scanned afresh every time: its bytes
            -- may be unchanged while an image file's metadata changed.
            AND NOT EXISTS (SELECT 1 FROM image WHERE image.document_id = document.id AND image.embedded IS NOT NULL)
        ON CONFLICT (tool_version, options_fingerprint, path, sha256)
        DO UPDATE SET document_id = excluded.document_id
        """

    /// Records this run's pages as the newest to reuse (see ``updateReuseEntries``).
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    func updateReuseEntries() throws {
        try flushCopies()
        try writing { db in try db.execute(sql: Self.updateReuseEntries, arguments: [runID]) }
    }

    /// The pages of earlier runs that a page with the same path and bytes may reuse: those
    /// recorded by `toolVersion` under the same options fingerprint (the newest of each).
    /// - Throws: ``StoreError/unreadable(path:reason:)``; ``StoreError/writeFailed(path:reason:)``
    ///   when the rows of pages copied before cannot be written first.
    public func reuseIndex(toolVersion: String, optionsFingerprint: String) throws -> ReuseIndex {
        try flushCopies()
        do {
            var index = ReuseIndex()
            let rows = try Row.fetchCursor(db, sql: Self.reuseQuery, arguments: [toolVersion, optionsFingerprint])
            // Columns by position, in the order selected: a name is looked up case-insensitively
            // on every access, which cost more than the query itself.
            while let row = try rows.next() {
                let key = ReuseIndex.key(path: row[0], sha256: row[1])
                index.candidates[key] = ReuseIndex.Candidate(
                    documentID: row[2], run: row[3],
                    suppressed: SuppressedFindings(ignored: row[4], waived: row[5]),
                    hasBaselinedFindings: row[6], hasJSON: row[7])
            }
            index.stamps = try Self.recordedStamps(in: db)
            return index
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }

    /// The recorded page a reuse candidate stands for, baseline-suppressed findings restored,
    /// with `reusedFrom` set to the run that scanned it.
    /// - Throws: ``StoreError/unreadable(path:reason:)``; ``StoreError/writeFailed(path:reason:)``
    ///   when the rows of pages copied before cannot be written first.
    public func recordedPage(_ candidate: ReuseIndex.Candidate) throws -> RecordedPage {
        try flushCopies()
        do {
            guard var page = try DocumentReader.page(id: candidate.documentID, in: db) else {
                throw RecordMappingError(reason: "document \(candidate.documentID) disappeared")
            }
            page.document.reusedFrom = candidate.run
            return page
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }

    /// Writes one page as the run's next document.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func append(_ page: RecordedPage) throws {
        // Copied pages first, so that every row keeps the id it would have had in page order.
        try flushCopies()
        try writing { _ in _ = try writer.insert(page, ordinal: nextOrdinal(), runID: runID) }
    }

    /// Records the configuration the run was made with and, for a shard, which one of how many.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func recordConfiguration(fingerprint: String, shard: RunShard?) throws {
        try writing { db in
            try db.execute(
                sql: "UPDATE run SET shard_index = ?, shard_count = ?, configuration_fingerprint = ? WHERE id = ?",
                arguments: [shard?.index, shard?.count, fingerprint, runID])
        }
    }

    /// Completes the run row with what is known only at the end (files that could not be
    /// scanned, suppressed counts, the baseline comparison, the warning limit).
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func finish(_ header: ScanReport) throws {
        try flushCopies()
        try writing { db in
            for (ordinal, failure) in header.failures.enumerated() {
                try FailedFileRecord(failure, runID: runID, ordinal: ordinal).insert(into: db)
            }
            try db.execute(
                sql: "UPDATE run SET max_warnings = ?, adoption = ? WHERE id = ?",
                arguments: [header.maxWarnings, RunAdoption(header).json, runID])
        }
    }
}

/// Where an unchanged page's results were recorded: looked up by path and content hash.
public struct ReuseIndex: Sendable {
    /// A recorded page that may be reused.
    public struct Candidate: Sendable, Hashable {
        let documentID: Int64
        /// The run that parsed and checked it.
        public let run: Int
        /// Its findings suppressed by inline ignores and waivers.
        public let suppressed: SuppressedFindings
        /// Whether a baseline held back some of its findings (then it cannot be copied as is).
        public let hasBaselinedFindings: Bool
        /// Whether its JSON element is recorded; a page recorded before there were elements
        /// is recorded afresh rather than copied, so that it gains one.
        public let hasJSON: Bool
    }

    var candidates: [String: Candidate] = [:]
    /// The recorded stamp and hash of each page file, by path (see ``FileStamp``).
    public internal(set) var stamps: [String: StampedHash] = [:]

    /// The number of reusable pages known.
    public var count: Int { candidates.count }

    /// The recorded page with this path and SHA-256, if any.
    public func candidate(path: String, sha256: String) -> Candidate? {
        candidates[Self.key(path: path, sha256: sha256)]
    }

    static func key(path: String, sha256: String) -> String { path + "\n" + sha256 }
}

import CreditModel
internal import GRDB

/// One content image of a recorded run as the cross-page checks see it: where it is, how its
/// page wrote its URL, who its page credits it to, and its `missing-attribution` finding.
public struct CrossPageImage: Sendable, Hashable {
    /// The image's `missing-attribution` finding as recorded.
    public struct MissingAttribution: Sendable, Hashable {
        /// The finding's row, to rewrite its message and suggestion.
        public let findingID: Int64
        /// The message as recorded.
        public let message: String
        /// The suggestion as recorded.
        public let suggestion: String?
    }

    /// The page's row.
    public let documentID: Int64
    /// The image's row.
    public let imageID: Int64
    /// The page's path relative to the scan root.
    public let path: String
    /// ``ScannedImage/src``: the URL as the page wrote it.
    public let src: String
    /// ``ScannedImage/sources``: the other URLs of the same picture (srcset renditions …).
    public let sources: [String]
    /// The image's line.
    public let line: Int
    /// ``ScannedImage/fingerprint``: the image's stable id on its page.
    public let fingerprint: String
    /// The credit's text, nil when the page gives none.
    public let creditText: String?
    /// The credit's author, when the credit names one.
    public let creditAuthor: String?
    /// The image's `missing-attribution` finding, nil when it has none (or the baseline,
    /// a waiver or an inline ignore removed it).
    public let missingAttribution: MissingAttribution?
    /// The ordinal a finding added to the image takes: after its recorded findings.
    let nextFindingOrdinal: Int
}

/// What the cross-page checks do to a recorded run.
public enum CrossPageChange: Sendable, Hashable {
    /// Rewrites the message and suggestion of a recorded finding (one fact, one finding:
    /// `missing-attribution` learns where else the image is credited).
    case rewrite(findingID: Int64, documentID: Int64, message: String, suggestion: String?)
    /// Adds a finding to an image, and its tag as written when it has none recorded (the
    /// scan records it only for images the rules reported).
    case add(Finding, to: CrossPageImage, snippet: String?)
    /// Counts a finding a waiver suppressed on the image's page.
    case waive(CrossPageImage)
    /// Counts a finding an inline ignore suppressed on the image's page.
    case ignore(CrossPageImage)
}

/// Reads a run's images for the cross-page checks in one query and writes what they decide.
enum CrossPageStore {
    /// Every content image of a run, pages in order, with what the checks need: one pass over
    /// the run's image rows; the credit and finding lookups go through their image indexes.
    static let imagesQuery = """
        SELECT document.id, image.id, document.path, image.src, image.sources, image.line,
            credit.text, credit.author, finding.id, finding.message, finding.suggestion,
            (SELECT coalesce(max(ordinal) + 1, 0) FROM finding AS other WHERE other.image_id = image.id),
            image.fingerprint
        FROM document
        JOIN image ON image.document_id = document.id
        LEFT JOIN credit ON credit.image_id = image.id
        LEFT JOIN finding ON finding.image_id = image.id AND finding.rule = ?
        WHERE document.run_id = ?
        ORDER BY document.ordinal, image.ordinal
        """

    /// Every content image of the run, pages in order (see ``imagesQuery``).
    static func images(run: Int64, missingAttributionRule: String, in db: Database) throws -> [CrossPageImage] {
        var images: [CrossPageImage] = []
        var seen = Set<Int64>()
        let rows = try Row.fetchCursor(db, sql: imagesQuery, arguments: [missingAttributionRule, run])
        while let row = try rows.next() {
            let imageID: Int64 = row[1]
            // An image has at most one missing-attribution finding; a second row is ignored.
            guard seen.insert(imageID).inserted else { continue }
            let findingID: Int64? = row[8]
            images.append(
                CrossPageImage(
                    documentID: row[0], imageID: imageID, path: row[2], src: row[3],
                    sources: (try? JSONColumns.strings(row[4], column: "image.sources")) ?? [], line: row[5],
                    fingerprint: row[12],
                    creditText: row[6], creditAuthor: row[7],
                    missingAttribution: findingID.map {
                        CrossPageImage.MissingAttribution(findingID: $0, message: row[9], suggestion: row[10])
                    },
                    nextFindingOrdinal: row[11]))
        }
        return images
    }

    /// Reads the run's images, hands them to `decide` and applies the changes it returns.
    /// - Returns: The number of changes applied.
    static func apply(
        run: Int64, missingAttributionRule: String, in db: Database,
        _ decide: ([CrossPageImage]) throws -> [CrossPageChange]
    ) throws -> Int {
        let changes = try decide(images(run: run, missingAttributionRule: missingAttributionRule, in: db))
        var touched = Set<Int64>()
        var added: [Int64: Int] = [:]
        for change in changes {
            switch change {
            case .rewrite(let findingID, let documentID, let message, let suggestion):
                try db.execute(
                    sql: "UPDATE finding SET message = ?, suggestion = ? WHERE id = ?",
                    arguments: [message, suggestion, findingID])
                touched.insert(documentID)
            case .add(let finding, let image, let snippet):
                // Running the checks again over the same run adds nothing twice.
                let recorded = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM finding WHERE image_id = ? AND rule = ? AND message = ?)",
                    arguments: [image.imageID, finding.rule, finding.message])
                if recorded == true { continue }
                let ordinal = image.nextFindingOrdinal + added[image.imageID, default: 0]
                added[image.imageID, default: 0] += 1
                try FindingRecord(
                    finding, runID: run, documentID: image.documentID, imageID: image.imageID, ordinal: ordinal
                ).insert(into: db)
                if let snippet {
                    try db.execute(
                        sql: "UPDATE image SET snippet = ? WHERE id = ? AND snippet IS NULL",
                        arguments: [snippet, image.imageID])
                }
                touched.insert(image.documentID)
            case .waive(let image):
                try db.execute(
                    sql: "UPDATE document SET suppressed_waived = suppressed_waived + 1 WHERE id = ?",
                    arguments: [image.documentID])
                touched.insert(image.documentID)
            case .ignore(let image):
                try db.execute(
                    sql: "UPDATE document SET suppressed_ignored = suppressed_ignored + 1 WHERE id = ?",
                    arguments: [image.documentID])
                touched.insert(image.documentID)
            }
        }
        for document in touched.sorted() { try forgetRendering(of: document, in: db) }
        return changes.count
    }

    /// Makes a page whose findings changed after it was recorded read from its rows: its JSON
    /// element no longer matches them. It is also taken out of reuse, because its rows now
    /// hold findings about other pages, which a later run decides afresh: a rescan of it
    /// scans it again. A page that borrowed its element keeps the text it showed.
    private static func forgetRendering(of document: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE document SET json = (SELECT json FROM document AS held WHERE held.id = ?1),
                    json_document = NULL
                WHERE json_document = ?1
                """, arguments: [document])
        try db.execute(
            sql: "UPDATE document SET json = NULL, json_document = NULL, options_fingerprint = NULL WHERE id = ?",
            arguments: [document])
        try db.execute(sql: "DELETE FROM reuse_entry WHERE document_id = ?", arguments: [document])
    }
}

extension RunRecorder {
    /// Runs the cross-page checks over the pages recorded so far in this run, inside its
    /// transaction (see ``ReportStore/applyCrossPageChecks(run:missingAttributionRule:_:)``).
    /// - Returns: The number of changes applied.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``, or what `decide` throws.
    @discardableResult
    public func applyCrossPageChecks(
        missingAttributionRule: String, _ decide: ([CrossPageImage]) throws -> [CrossPageChange]
    ) throws -> Int {
        try flushCopies()
        var count = 0
        try writing { db in
            count = try CrossPageStore.apply(
                run: runID, missingAttributionRule: missingAttributionRule, in: db, decide)
        }
        return count
    }
}

extension ReportStore {
    /// Every content image of a recorded run, pages in order, as the cross-page checks read
    /// them (for listing the images of a site).
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func crossPageImages(run: Int, missingAttributionRule: String) throws -> [CrossPageImage] {
        do {
            return try dbQueue.read { db in
                try CrossPageStore.images(run: Int64(run), missingAttributionRule: missingAttributionRule, in: db)
            }
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }

    /// Runs the cross-page checks over a recorded run in one write transaction: `decide` gets
    /// every content image of the run, pages in order, and returns the findings to add or
    /// rewrite. Pages whose findings change are re-rendered from their rows by every report
    /// and are not reused by later runs. For runs put together after scanning (a merge).
    /// - Returns: The number of changes applied.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``, or what `decide` throws.
    @discardableResult
    public func applyCrossPageChecks(
        run: Int, missingAttributionRule: String, _ decide: ([CrossPageImage]) throws -> [CrossPageChange]
    ) throws -> Int {
        do {
            return try dbQueue.write { db in
                try CrossPageStore.apply(
                    run: Int64(run), missingAttributionRule: missingAttributionRule, in: db, decide)
            }
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
    }
}

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

/// Where one content image of a recorded run is, as the cross-page checks first read it: enough
/// to tell which images are one picture, and no more.
public struct CrossPageLocation: Sendable {
    /// The page's path relative to the scan root.
    public let path: String
    /// ``ScannedImage/src``: the URL as the page wrote it.
    public let src: String
    /// ``ScannedImage/sources``: the other URLs of the same picture.
    public let sources: [String]
}

/// The cross-page checks as the store runs them over a recorded run, in two passes that never
/// hold the whole run: every image's location once, in run order, from which the checks name
/// the groups of images to compare; then each group's images in full, from which they decide
/// the changes.
public protocol CrossPageDecider {
    /// Takes the next content image of the run (pages in order, images in page order).
    mutating func locate(_ image: CrossPageLocation)
    /// The groups to compare, as positions in the order ``locate(_:)`` saw the images: each
    /// group in that order.
    mutating func groups() throws -> [[Int]]
    /// The changes for one group, whose images come in the group's order.
    mutating func changes(for group: [CrossPageImage]) throws -> [CrossPageChange]
}

/// Reads a run's images for the cross-page checks and writes what they decide.
enum CrossPageStore {
    /// What the checks read of an image: the columns ``record(_:)`` takes. The credit and
    /// finding lookups go through their image indexes.
    static let imageColumns = """
        SELECT document.id, image.id, document.path, image.src, image.sources, image.line,
            credit.text, credit.author, finding.id, finding.message, finding.suggestion,
            (SELECT coalesce(max(ordinal) + 1, 0) FROM finding AS other WHERE other.image_id = image.id),
            image.fingerprint
        FROM document
        JOIN image ON image.document_id = document.id
        LEFT JOIN credit ON credit.image_id = image.id
        LEFT JOIN finding ON finding.image_id = image.id AND finding.rule = ?
        """

    /// Every content image of a run, pages in order, in one pass over the run's image rows.
    static let imagesQuery =
        imageColumns + """

            WHERE document.run_id = ?
            ORDER BY document.ordinal, image.ordinal
            """

    /// Where every content image of a run is, pages in order.
    static let locationsQuery = """
        SELECT image.id, document.path, image.src, image.sources
        FROM document
        JOIN image ON image.document_id = document.id
        WHERE document.run_id = ?
        ORDER BY document.ordinal, image.ordinal
        """

    /// The images whose rows are bound to the query's list, in run order: at most this many
    /// at a time, well under SQLite's limit on bound values.
    static let imagesPerQuery = 500

    /// Every content image of the run, pages in order (see ``imagesQuery``).
    static func images(run: Int64, missingAttributionRule: String, in db: Database) throws -> [CrossPageImage] {
        try images(
            from: Row.fetchCursor(db, sql: imagesQuery, arguments: [missingAttributionRule, run]))
    }

    /// The images of these rows, in run order (see ``imageColumns``).
    static func images(ids: [Int64], missingAttributionRule: String, in db: Database) throws -> [CrossPageImage] {
        var images: [CrossPageImage] = []
        var start = 0
        while start < ids.count {
            let chunk = ids[start..<min(start + imagesPerQuery, ids.count)]
            let list = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let sql = imageColumns + " WHERE image.id IN (\(list)) ORDER BY document.ordinal, image.ordinal"
            var arguments: StatementArguments = [missingAttributionRule]
            arguments += StatementArguments(Array(chunk))
            images += try Self.images(from: Row.fetchCursor(db, sql: sql, arguments: arguments))
            start += imagesPerQuery
        }
        return images
    }

    /// The images of the rows, each once: an image has at most one missing-attribution
    /// finding, and a second row is ignored.
    private static func images(from rows: RowCursor) throws -> [CrossPageImage] {
        var images: [CrossPageImage] = []
        var seen = Set<Int64>()
        while let row = try rows.next() {
            let imageID: Int64 = row[1]
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
}

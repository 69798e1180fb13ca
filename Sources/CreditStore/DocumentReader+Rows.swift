import CreditModel
internal import GRDB

// Rows read by column position (see `StoredRecord`): this runs for every page of every report.
extension DocumentReader {
    /// The columns of a page that ``document(_:)`` reads, with its page licence (at most one)
    /// joined by ``documentJoins`` rather than read by a statement of its own. The page's JSON
    /// element is not read: only the JSON report wants it (see ``forEachJSONPage(run:in:_:)``).
    static let documentColumns =
        DocumentRecord.selection(replacing: ["json": "NULL", "skipped": skippedOfDocument]) + ", "
        + PageLicenseRecord.selection()
    /// A page's skipped images: a reused page's are held, like its images, by its content document.
    static let skippedOfDocument = """
        CASE WHEN document.content_document IS NULL THEN document.skipped
        ELSE (SELECT holder.skipped FROM document AS holder WHERE holder.id = document.content_document) END
        """
    static let documentJoins = "LEFT JOIN page_license ON page_license.document_id = \(contentOfDocument)"
    /// The document that holds a page's rows (see `v12-document-content`).
    static let contentOfDocument = "coalesce(document.content_document, document.id)"
    private static let pageLicenseStart = DocumentRecord.columnCount
    /// One page's ``documentColumns``.
    static let documentByID = "SELECT \(documentColumns) FROM document \(documentJoins) WHERE document.id = ?"

    /// The ``documentColumns`` of a row: the page with its skipped images and page licence,
    /// without its images and findings.
    static func document(_ row: Row) throws -> (record: DocumentRecord, document: DocumentReport) {
        let record = DocumentRecord(row: row, at: 0)
        var document = try record.model()
        document.pageLicense = PageLicenseRecord(joinedIn: row, at: pageLicenseStart)?.model()
        return (record, document)
    }

    /// The columns of an image that ``image(_:findings:)`` reads, with its credit and
    /// licence (at most one each) joined by ``imageJoins``.
    static let imageColumns = [ImageRecord.selection(), CreditRecord.selection(), ImageLicenseRecord.selection()]
        .joined(separator: ", ")
    static let imageJoins = """
        LEFT JOIN credit ON credit.image_id = image.id LEFT JOIN license ON license.image_id = image.id
        """
    private static let creditStart = ImageRecord.columnCount
    private static let licenseStart = creditStart + CreditRecord.columnCount

    /// The ``imageColumns`` of a row, with the image's findings from `findings` (keyed by
    /// image id).
    static func image(_ row: Row, findings: [Int64: [Finding]]) throws -> ScannedImage {
        let image = ImageRecord(row: row)
        return try image.model(
            credit: CreditRecord(joinedIn: row, at: creditStart),
            license: ImageLicenseRecord(joinedIn: row, at: licenseStart),
            findings: findings[image.id ?? -1] ?? [])
    }
}

/// The rows of every page of a run, in page order, which name their document in one column:
/// read one page at a time alongside the pages themselves.
struct PageRows {
    private let cursor: RowCursor
    /// The position of the document id in a row.
    private let documentColumn: Int
    /// The row read but not yet handed out: the first of the next page that has rows.
    private var pending: Row?

    init(_ cursor: RowCursor, documentColumn: Int) throws {
        self.cursor = cursor
        self.documentColumn = documentColumn
        pending = try cursor.next()
    }

    /// Calls `body` with each row of document `id`, which must come next in page order.
    mutating func forEach(of id: Int64, _ body: (Row) throws -> Void) throws {
        while let row = pending, row[documentColumn] as Int64 == id {
            try body(row)
            pending = try cursor.next()
        }
    }
}

import CreditModel
internal import GRDB

// Rows mapped to models by hand, by column position: this runs for every page of every report,
// and both the records' `Decodable` conformance and GRDB's named column lookup (which
// lower-cases the name each time) cost more than the queries.
extension DocumentReader {
    /// The columns of a page that ``document(_:)`` reads, in order, with its page licence (at
    /// most one) joined by ``documentJoins`` rather than read by a statement of its own.
    static let documentColumns = """
        document.path, document.size, document.sha256, document.encoding, document.parse_errors,
            document.reused_from_run, document.skipped, document.suppressed_ignored,
            document.suppressed_waived, document.options_fingerprint,
            page_license.identifier, page_license.name, page_license.url, page_license.evidence
        """
    /// How many ``documentColumns`` there are.
    static let documentColumnCount = 14
    static let documentJoins = "LEFT JOIN page_license ON page_license.document_id = document.id"
    /// One page's ``documentColumns``.
    static let documentByID = "SELECT \(documentColumns) FROM document \(documentJoins) WHERE document.id = ?"

    /// The ``documentColumns`` of a row as a page with its skipped images and page licence,
    /// without its images and findings.
    static func document(_ row: Row) throws -> DocumentReport {
        var document = DocumentReport(path: row[0], size: row[1], sha256: row[2], encoding: row[3], parseErrors: row[4])
        document.reusedFrom = row[5]
        document.skipped = try SkippedColumn.images(row[6])
        document.pageLicense = row.hasNull(atIndex: 10) ? nil : license(row, at: 10)
        return document
    }

    /// The columns of an image that ``image(_:at:findings:)`` reads, with its credit and
    /// licence (at most one each) joined by ``imageJoins``.
    static let imageColumns = """
        image.id, image.src, image.sources, image.element, image.line, image.fingerprint,
            image.alt, image.metadata,
            credit.text, credit.caption, credit.author, credit.source, credit.title,
            credit.license_text, credit.license_url, credit.source_url, credit.own_work,
            credit.modifications, credit.strategy, credit.visible, credit.origins,
            license.identifier, license.name, license.url, license.evidence
        """
    static let imageJoins = """
        LEFT JOIN credit ON credit.image_id = image.id LEFT JOIN license ON license.image_id = image.id
        """

    /// The ``imageColumns`` of a row, from position `start` on, with the image's findings
    /// from `findings` (keyed by image id).
    static func image(_ row: Row, at start: Int, findings: [Int64: [Finding]]) throws -> ScannedImage {
        let imageID: Int64 = row[start]
        let metadata: String? = row[start + 7]
        return ScannedImage(
            src: row[start + 1], sources: try JSONColumns.strings(row[start + 2], column: "image.sources"),
            element: row[start + 3], line: row[start + 4], fingerprint: row[start + 5], alt: row[start + 6],
            // `credit.strategy` and `license.identifier` are NOT NULL: null means no row.
            credit: row.hasNull(atIndex: start + 18) ? nil : try credit(row, at: start + 8),
            license: row.hasNull(atIndex: start + 21) ? nil : license(row, at: start + 21),
            metadata: try metadata.map(JSONColumns.metadata), findings: findings[imageID] ?? [])
    }

    /// The columns of a credit from position `start` on, `text` to `origins` in table order.
    static func credit(_ row: Row, at start: Int) throws -> ImageCredit {
        let raw: String = row[start + 10]
        guard let strategy = CreditStrategy(rawValue: raw) else {
            throw RecordMappingError(reason: "unknown credit strategy '\(raw)' in credit.strategy")
        }
        return ImageCredit(
            text: row[start], caption: row[start + 1], author: row[start + 2], source: row[start + 3],
            title: row[start + 4], licenseText: row[start + 5], licenseURL: row[start + 6],
            sourceURL: row[start + 7], ownWork: row[start + 8],
            modifications: try JSONColumns.strings(row[start + 9], column: "credit.modifications"),
            strategy: strategy, visible: row[start + 11], origins: try JSONColumns.origins(row[start + 12]))
    }

    /// The columns of a licence (`license`, `page_license`) from position `start` on.
    static func license(_ row: Row, at start: Int) -> ImageLicense {
        ImageLicense(id: row[start], name: row[start + 1], url: row[start + 2], evidence: row[start + 3])
    }

    /// The columns of a finding (`finding`, `baselined_finding`) that ``finding(_:at:)`` reads.
    static func findingColumns(of table: String) -> String {
        ["rule", "severity", "message", "line", "column_number", "image_src", "suggestion"]
            .map { "\(table).\($0)" }.joined(separator: ", ")
    }

    /// The ``findingColumns(of:)`` of a row, from position `start` on.
    static func finding(_ row: Row, at start: Int) throws -> Finding {
        let raw: String = row[start + 1]
        guard let severity = Severity(rawValue: raw) else {
            throw RecordMappingError(reason: "unknown severity '\(raw)' in finding.severity")
        }
        return Finding(
            rule: row[start], severity: severity, message: row[start + 2], line: row[start + 3],
            column: row[start + 4], image: row[start + 5], suggestion: row[start + 6])
    }
}

/// The rows of every page of a run, in page order, whose first column is the document id: read
/// one page at a time alongside the pages themselves.
struct PageRows {
    private let cursor: RowCursor
    /// The row read but not yet handed out: the first of the next page that has rows.
    private var pending: Row?

    init(_ cursor: RowCursor) throws {
        self.cursor = cursor
        pending = try cursor.next()
    }

    /// Calls `body` with each row of document `id`, which must come next in page order.
    mutating func forEach(of id: Int64, _ body: (Row) throws -> Void) throws {
        while let row = pending, row[0] as Int64 == id {
            try body(row)
            pending = try cursor.next()
        }
    }
}

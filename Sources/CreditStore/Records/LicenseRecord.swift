internal import GRDB

/// A row of one of the two licence tables, which have the same columns after their key:
/// `license`, the licence an image's credit states, keyed by the image, and `page_license`
/// (schema v2), the licence a page states for its content as a whole, keyed by the document.
/// They are kept apart so that `license` holds image licences only.
struct LicenseRecord<Table: LicenseTable>: StoredRecord {
    static var databaseTableName: String { Table.name }
    static var insertSQL: String { Table.insertSQL }

    /// The id of the image or of the document.
    var key: Int64 = 0
    /// ``ImageLicense/id``; the column is not called `id` so that nobody takes it for the key.
    var identifier = ""
    var name: String?
    var url: String?
    var evidence = ""

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit(Table.key, &key)
        visitor.visit("identifier", &identifier)
        visitor.visit("name", &name)
        visitor.visit("url", &url)
        visitor.visit("evidence", &evidence)
    }
}

/// The licence table a ``LicenseRecord`` is a row of.
protocol LicenseTable {
    /// The table's name.
    static var name: String { get }
    /// Its key column.
    static var key: String { get }
    /// ``StoredRecord/insertSQL`` of its rows.
    static var insertSQL: String { get }
}

/// `license`: image licences.
enum ImageLicenseTable: LicenseTable {
    static let name = "license"
    static let key = "image_id"
    static let insertSQL = LicenseRecord<Self>.insertStatement()
}

/// `page_license`: page licences.
enum PageLicenseTable: LicenseTable {
    static let name = "page_license"
    static let key = "document_id"
    static let insertSQL = LicenseRecord<Self>.insertStatement()
}

/// A row of `license`.
typealias ImageLicenseRecord = LicenseRecord<ImageLicenseTable>
/// A row of `page_license`.
typealias PageLicenseRecord = LicenseRecord<PageLicenseTable>

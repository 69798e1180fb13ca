internal import GRDB

/// The columns of a licence, which `license` (an image's) and `page_license` (a page's)
/// share after their key.
struct LicenseColumns: ColumnGroup {
    /// ``ImageLicense/id``; the column is not called `id` so that nobody takes it for the key.
    var identifier = ""
    var name: String?
    var url: String?
    var evidence = ""

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("identifier", &identifier)
        visitor.visit("name", &name)
        visitor.visit("url", &url)
        visitor.visit("evidence", &evidence)
    }
}

import CreditModel
internal import GRDB

/// A row of `credit`: the attribution of one image, keyed by the image (at most one each).
struct CreditRecord: StoredRecord {
    static let databaseTableName = "credit"
    static let insertSQL = insertStatement()

    var imageID: Int64 = 0
    var text = ""
    var caption: String?
    var author: String?
    var source: String?
    var title: String?
    var licenseText: String?
    var licenseURL: String?
    var sourceURL: String?
    var ownWork = false
    /// A JSON array of strings (see ``JSONColumns``).
    var modifications = "[]"
    var strategy = ""
    /// Stored rather than derived from `strategy`: the model lets a scanner override it.
    var visible = false
    /// A JSON object of field origins keyed by field (see ``JSONColumns``); `{}` in runs
    /// recorded before v2.
    var origins = "{}"

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("image_id", &imageID)
        visitor.visit("text", &text)
        visitor.visit("caption", &caption)
        visitor.visit("author", &author)
        visitor.visit("source", &source)
        visitor.visit("title", &title)
        visitor.visit("license_text", &licenseText)
        visitor.visit("license_url", &licenseURL)
        visitor.visit("source_url", &sourceURL)
        visitor.visit("own_work", &ownWork)
        visitor.visit("modifications", &modifications)
        visitor.visit("strategy", &strategy)
        visitor.visit("visible", &visible)
        visitor.visit("origins", &origins)
    }
}

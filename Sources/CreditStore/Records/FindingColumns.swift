internal import GRDB

/// The columns of a finding, which `finding` (reported) and `baselined_finding` (held back by
/// the baseline) share after the columns that place it.
struct FindingColumns: ColumnGroup {
    var rule = ""
    var severity = ""
    var message = ""
    var line = 0
    /// `column` is an SQL keyword, hence `column_number`.
    var column: Int?
    /// ``Finding/image``: the image as written in the page, independent of any image row.
    var imageSrc: String?
    var suggestion: String?

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("rule", &rule)
        visitor.visit("severity", &severity)
        visitor.visit("message", &message)
        visitor.visit("line", &line)
        visitor.visit("column_number", &column)
        visitor.visit("image_src", &imageSrc)
        visitor.visit("suggestion", &suggestion)
    }
}

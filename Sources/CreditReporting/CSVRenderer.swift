/// Renders an RFC 4180 CSV credits register: one row per content image, for the editors and
/// lawyers who need to know what is published under which terms.
///
/// Columns: `page` (path relative to the scan root), `line`, `src`, `credit` (the credit text
/// as found), `author`, `source`, `license` (the SPDX or `LicenseRef-` id, else the licence as
/// written), `license_url` (the canonical URL, else the link in the credit), `status` (`ok`,
/// or the highest severity among the image's findings) and `rules` (their rule ids, sorted,
/// space-separated). Images that need no credit and files that could not be scanned are not
/// rows: the register lists content images only, and the other formats report failures.
///
/// Fields are quoted when they hold a comma, quote, CR or LF; lines end in CRLF. A field that
/// a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
/// leading `'`, so opening a register of hostile pages cannot execute anything.
public struct CSVRenderer: ReportRenderer {
    /// The header row.
    public static let columns = [
        "page", "line", "src", "credit", "author", "source", "license", "license_url", "status", "rules",
    ]

    /// Creates the renderer.
    public init() {}

    /// Renders the register.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        try output(Self.row(Self.columns))
        try report.forEachDocument { document in
            var rows = ""
            for image in document.images {
                let highest = image.findings.map(\.severity).max()
                rows += Self.row([
                    document.path, String(image.line), image.src, image.credit?.text ?? "",
                    image.credit?.author ?? "", image.credit?.source ?? "",
                    image.license?.id ?? image.credit?.licenseText ?? "",
                    image.license?.url ?? image.credit?.licenseURL ?? "",
                    highest?.rawValue ?? "ok",
                    Set(image.findings.map(\.rule)).sorted().joined(separator: " "),
                ])
            }
            if !rows.isEmpty { try output(rows) }
        }
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        // Most fields need neither the formula guard nor quotes; every character either acts
        // on is ASCII, so bytes decide.
        let startsLikeFormula = value.utf8.first.map { Self.formulaStarts.contains($0) } ?? false
        let needsQuotes = value.containsUTF8Byte { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0D || byte == 0x0A
        }
        guard startsLikeFormula || needsQuotes else { return value }
        let guarded = startsLikeFormula ? "'" + value : value
        return needsQuotes ? "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : guarded
    }

    /// The first bytes that make a spreadsheet read a field as a formula.
    private static let formulaStarts = Array("=+-@\t\r".utf8)
}

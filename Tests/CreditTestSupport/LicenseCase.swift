import Testing

/// One row of the licence case table (`Tests/CreditLicensesTests/Data/cases.tsv`): an input
/// a credit may hold and the licence id it must be read as.
public struct LicenseCase: Sendable, CustomTestStringConvertible {
    /// The row's line in the file.
    public let line: Int
    /// `text` or `url`; `missing` for the row that stands in for an unreadable table.
    public let kind: String
    /// The licence text or URL.
    public let input: String
    /// The expected id, `AMBIGUOUS`, `NONE` or `NOT_CC`.
    public let expected: String
    /// Where the input was found.
    public let source: String

    public var testDescription: String { "line \(line): \(kind) \(input) → \(expected)" }

    /// Stands in for the table when the file cannot be read, so the test fails rather than
    /// running zero cases.
    static func missing(_ reason: String) -> LicenseCase {
        LicenseCase(line: 0, kind: "missing", input: reason, expected: "", source: "")
    }

    /// Reads the table; a missing or empty file yields one `missing` row carrying the reason.
    public static func load() -> [LicenseCase] {
        let url = TestFiles.licenseCases
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return [.missing("cannot read \(url.path)")]
        }
        var cases: [LicenseCase] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard offset > 0, !line.isEmpty else { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 3 else {
                cases.append(.missing("malformed line \(offset + 1) in \(url.path)"))
                continue
            }
            cases.append(
                LicenseCase(
                    line: offset + 1, kind: cells[0], input: cells[1], expected: cells[2],
                    source: cells.count > 3 ? cells[3] : ""))
        }
        return cases.isEmpty ? [.missing("\(url.path) has no rows")] : cases
    }
}

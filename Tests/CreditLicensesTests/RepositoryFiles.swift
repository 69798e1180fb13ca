import Foundation

/// Locates files relative to the repository root, found from this source file's path so the
/// tests work from any working directory.
enum RepositoryFiles {
    /// The repository root: two levels above `Tests/CreditLicensesTests/`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The committed copy of the case table (see `Data/README.md`).
    static let casesFile: URL = root.appendingPathComponent("Tests/CreditLicensesTests/Data/cases.tsv")

    /// The shared case table the copy comes from, beside the repository when the project's
    /// shared folder is checked out there; a fresh clone has none.
    static let sharedCasesFile: URL = root
        .appendingPathComponent("../shared/licenses/cases.tsv")
        .standardizedFileURL
}

/// One row of `cases.tsv`.
struct LicenseCase: Sendable, CustomTestStringConvertible {
    let line: Int
    let kind: String
    let input: String
    let expected: String
    let source: String

    var testDescription: String { "line \(line): \(kind) \(input) → \(expected)" }

    /// Stands in for the table when the file cannot be read, so the test fails rather than
    /// running zero cases.
    static func missing(_ reason: String) -> LicenseCase {
        LicenseCase(line: 0, kind: "missing", input: reason, expected: "", source: "")
    }

    /// Reads the table; a missing or empty file yields one `missing` row carrying the reason.
    static func load() -> [LicenseCase] {
        let url = RepositoryFiles.casesFile
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

import Testing

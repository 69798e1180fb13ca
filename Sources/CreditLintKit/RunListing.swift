import CreditModel
import CreditReporting
import CreditStore
import Foundation

/// One recorded run as `creditlint runs` lists it: enough to pick a run for
/// `creditlint report --run N`.
public struct RecordedRun: Codable, Sendable, Equatable {
    /// The run number (`report --run N`).
    public var run: Int
    /// When the scan started, ISO 8601 in UTC.
    public var startedAt: String
    /// The scanned folder as given on the command line.
    public var root: String
    /// Pages scanned.
    public var pages: Int
    /// Content images over all pages.
    public var images: Int
    /// Findings by severity name (failed files count as errors), every severity present.
    public var findings: [String: Int]
    /// The exit code the scan ended with: 1 when it failed the build, else 0 (what
    /// `creditlint report --run N` exits with).
    public var exitCode: Int
}

extension CreditLint {
    /// The runs recorded in a database, newest first.
    ///
    /// - Throws: ``CreditLintError/noRuns(database:)`` when the file does not exist or holds
    ///   no run; store errors when it cannot be read.
    public static func recordedRuns(database: String) throws -> [RecordedRun] {
        let (store, summaries) = try recordedRunSummaries(database: database)
        return try summaries.map { summary in
            // The verdict is recomputed from the record as `report` does, so the two agree.
            let header = try store.header(run: summary.id)
            let totals = try store.totals(run: summary.id, failOn: header.failOn)
            let stream = ReportStream(header: header, totals: totals, pages: { _ in }, jsonPages: { _ in })
            return RecordedRun(
                run: summary.id, startedAt: summary.startedAt, root: summary.root, pages: summary.documents,
                images: summary.images, findings: summary.findingsBySeverity, exitCode: stream.fails ? 1 : 0)
        }
    }
}

extension [RecordedRun] {
    /// One line per run under a header line, columns aligned, the root last (it may hold spaces).
    public func listingText() -> String {
        let header = ["run", "started", "pages", "images", "errors", "warnings", "notes", "exit", "root"]
        let rows = map { run in
            [
                String(run.run), run.startedAt, String(run.pages), String(run.images),
                String(run.findings[Severity.error.rawValue] ?? 0),
                String(run.findings[Severity.warning.rawValue] ?? 0),
                String(run.findings[Severity.note.rawValue] ?? 0), String(run.exitCode),
                run.root.escapingForTerminal(),
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The runs as a JSON array, keys sorted.
    public func listingJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension CreditLint {
    /// The database's store and its runs, newest first: what `runs` and `history` list.
    /// - Throws: ``CreditLintError/noRuns(database:)`` when the file does not exist or holds
    ///   no run; store errors when it cannot be read.
    static func recordedRunSummaries(database: String) throws -> (ReportStore, [RunSummary]) {
        // Opening a missing file would create an empty database.
        guard FileManager.default.fileExists(atPath: database) else {
            throw CreditLintError.noRuns(database: database)
        }
        let store = try ReportStore(path: database)
        let summaries = try store.runs(limit: Int(Int32.max))
        guard !summaries.isEmpty else { throw CreditLintError.noRuns(database: database) }
        return (store, summaries)
    }
}

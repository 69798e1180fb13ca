import CreditStore
import Foundation

/// One recorded run as `creditlint history` shows it: its size, its findings by rule, and
/// what changed since the run before it.
public struct RunHistoryEntry: Codable, Sendable, Equatable {
    /// The run number.
    public var run: Int
    /// When the scan started, ISO 8601 in UTC.
    public var startedAt: String
    /// The scanned folder as given on the command line.
    public var root: String
    /// Pages scanned.
    public var pages: Int
    /// Content images over all pages.
    public var images: Int
    /// Findings by rule id.
    public var findings: [String: Int]
    /// Findings the run before did not have (all of them for the first run).
    public var new: Int
    /// Findings of the run before that this run no longer has.
    public var fixed: Int
}

extension CreditLint {
    /// The recorded runs, oldest first, each compared with the one before it. A finding is
    /// the same in two runs when its page, rule and image (or, on the page itself, message)
    /// are, whatever its line.
    /// - Throws: ``CreditLintError/noRuns(database:)``; store errors when it cannot be read.
    public static func runHistory(database: String) throws -> [RunHistoryEntry] {
        let (store, newestFirst) = try recordedRunSummaries(database: database)
        let summaries = newestFirst.reversed()
        var previous: [String: Int] = [:]
        return try summaries.map { summary in
            var byRule: [String: Int] = [:]
            var keys: [String: Int] = [:]
            for finding in try store.findingKeys(run: summary.id) {
                byRule[finding.rule, default: 0] += 1
                keys[finding.key, default: 0] += 1
            }
            let new = keys.reduce(0) { $0 + max(0, $1.value - previous[$1.key, default: 0]) }
            let fixed = previous.reduce(0) { $0 + max(0, $1.value - keys[$1.key, default: 0]) }
            previous = keys
            return RunHistoryEntry(
                run: summary.id, startedAt: summary.startedAt, root: summary.root, pages: summary.documents,
                images: summary.images, findings: byRule, new: new, fixed: fixed)
        }
    }
}

extension [RunHistoryEntry] {
    /// A block per run: a line with its size and changes, then its findings by rule.
    public func historyText() -> String {
        map { entry in
            var text = "run \(entry.run)  \(entry.startedAt)  \(entry.pages) pages  \(entry.images) images  "
            text += "\(entry.findings.values.reduce(0, +)) findings (+\(entry.new) new, -\(entry.fixed) fixed)  "
            text += entry.root.escapingForTerminal() + "\n"
            for (rule, count) in entry.findings.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                text += "    \(rule) \(count)\n"
            }
            return text
        }.joined()
    }

    /// The runs as a JSON array, keys sorted.
    public func historyJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

import CreditLintKit
import Foundation
import Testing

@Suite("README stays true")
struct ReadmeTests {
    private func readme() throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("the rule table lists every registered rule with its default severity and summary")
    func ruleTable() throws {
        let text = try readme()
        let start = try #require(text.range(of: "<!-- rules-table"))
        let end = try #require(text.range(of: "<!-- end rules-table -->"))
        let rows = text[start.upperBound..<end.lowerBound].split(separator: "\n")
            .filter { $0.hasPrefix("| `") }
            .map(String.init)
        var expected: [String] = []
        for rule in RuleRegistry.all {
            expected.append("| `\(rule.id)` | \(rule.defaultSeverity.rawValue) | \(rule.summary) |")
        }
        #expect(rows == expected)
    }

    @Test("every report format has its own section in the README", arguments: ReportFormat.allCases)
    func formats(format: ReportFormat) throws {
        #expect(try readme().contains("\n### `\(format.rawValue)`\n"))
    }
}

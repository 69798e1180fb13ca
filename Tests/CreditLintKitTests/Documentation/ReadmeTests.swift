import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("README stays true")
struct ReadmeTests {
    @Test("the rule table lists every registered rule with its default severity and summary")
    func ruleTable() throws {
        let rows = try Readme.marked("rules-table").filter { $0.hasPrefix("| `") }.map(String.init)
        var expected: [String] = []
        for rule in RuleRegistry.all {
            expected.append("| `\(rule.id)` | \(rule.defaultSetting) | \(rule.summary) |")
        }
        #expect(rows == expected)
    }

    @Test("every report format has its own section in the README", arguments: ReportFormat.allCases)
    func formats(format: ReportFormat) throws {
        #expect(try Readme.text().contains("\n### `\(format.rawValue)`\n"))
    }

    @Test("the sample output at the top of the README is what the scan of Examples/ prints")
    func sampleOutput() throws {
        let readme = try Readme.text()
        let command = "$ swift run creditlint scan Examples\n"
        let start = try #require(readme.range(of: command)).upperBound
        let end = try #require(readme.range(of: "\n```", range: start..<readme.endIndex)).lowerBound
        let sample = readme[start..<end].split(separator: "\n").filter { $0 != "…" }
        let report = try String(
            contentsOf: TestFiles.repositoryRoot.appendingPathComponent("Reports/examples.txt"), encoding: .utf8)
        let lines = Set(report.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(!sample.isEmpty)
        for line in sample { #expect(lines.contains(line), "not in Reports/examples.txt: \(line)") }
    }
}

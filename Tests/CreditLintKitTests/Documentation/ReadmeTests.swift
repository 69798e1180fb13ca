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
}

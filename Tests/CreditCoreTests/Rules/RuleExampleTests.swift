import CreditModel
import Testing

@testable import CreditRules

/// One documented example of one rule, as a test argument.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let rule: any ComplianceRule.Type
    let example: RuleExample

    var testDescription: String {
        "\(rule.id): \(example.description) (\(example.triggers ? "triggers" : "passes"))"
    }

    /// The rule switched on at its default severity when it is off by default: its examples
    /// show what it reports once configured.
    var switchedOn: [String: Severity?] { rule.enabledByDefault ? [:] : [rule.id: rule.defaultSeverity] }

    static let all: [ExampleCase] = RuleRegistry.all.flatMap { rule in
        rule.examples.map { ExampleCase(rule: rule, example: $0) }
    }
}

/// Runs every rule's examples through the whole engine: the examples are the documentation,
/// so each must show exactly what it claims and nothing else.
@Suite struct RuleExampleTests {
    @Test(
        "A triggering example produces exactly that rule's finding",
        arguments: ExampleCase.all.filter(\.example.triggers))
    func triggering(_ c: ExampleCase) throws {
        let findings = Fixture.run(
            c.example,
            with: Fixture.engine(
                overrides: c.switchedOn, commercial: c.example.commercial, policy: c.example.policy ?? LicensePolicy()))
        #expect(findings.map(\.rule) == [c.rule.id])
        let finding = try #require(findings.first)
        #expect(finding.severity == c.rule.defaultSeverity)
        #expect(!finding.message.isEmpty)
        if let notice = c.example.notice {
            #expect(finding.line == notice.line)
            #expect(finding.image == notice.image)
        } else if c.example.unreadableReason == nil {
            #expect(finding.line == c.example.image.line)
            #expect(finding.image == c.example.image.src)
        } else {
            #expect(finding.line == 1)
            #expect(finding.image == nil)
        }
    }

    @Test(
        "A non-triggering example produces no finding at all",
        arguments: ExampleCase.all.filter { !$0.example.triggers })
    func passing(_ c: ExampleCase) {
        let findings = Fixture.run(
            c.example,
            with: Fixture.engine(
                overrides: c.switchedOn, commercial: c.example.commercial, policy: c.example.policy ?? LicensePolicy()))
        #expect(!findings.contains { $0.rule == c.rule.id })
        // Stricter than the rule's own claim: a passing example documents a good credit.
        #expect(findings.isEmpty, "\(findings.map(\.rule))")
    }

    @Test(
        "A triggering example's rule reports it directly, without the engine",
        arguments: ExampleCase.all)
    func direct(_ c: ExampleCase) {
        let context = Fixture.context(
            commercial: c.example.commercial, policy: c.example.policy ?? LicensePolicy())
        let rule = c.rule.init()
        let findings =
            if let reason = c.example.unreadableReason {
                rule.check(unreadableFile: reason, in: context)
            } else if let notice = c.example.notice {
                rule.check(notice: notice, in: context)
            } else {
                rule.check(c.example.image, in: context)
            }
        #expect(findings.count == (c.example.triggers ? 1 : 0))
        #expect(findings.allSatisfy { $0.rule == c.rule.id })
    }
}

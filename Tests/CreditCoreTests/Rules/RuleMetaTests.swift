import CreditTestSupport
import Foundation
import Testing

@testable import CreditRules

/// The rules' public contract: ids, summaries, examples and the registry.
@Suite struct RuleMetaTests {
    @Test func idsAreUnique() {
        let ids = RuleRegistry.all.map { $0.id }
        #expect(Set(ids).count == ids.count, "\(ids)")
    }

    @Test(arguments: RuleRegistry.all.map { $0.id })
    func idIsKebabCase(_ id: String) {
        #expect(id.wholeMatch(of: /[a-z][a-z0-9]*(-[a-z0-9]+)*/) != nil)
    }

    @Test(arguments: RuleRegistry.all.map { ($0.id, $0.summary) })
    func summaryIsOneSentenceEndingInAPeriod(_ id: String, _ summary: String) {
        #expect(summary.hasSuffix("."))
        #expect(summary.first?.isUppercase == true)
        #expect(summary.dropLast().contains(". ") == false)
    }

    @Test(arguments: RuleRegistry.all.map { ($0.id, $0.examples) })
    func hasTriggeringAndPassingExamples(_ id: String, _ examples: [RuleExample]) {
        #expect(examples.contains { $0.triggers })
        #expect(examples.contains { !$0.triggers })
        #expect(examples.allSatisfy { !$0.description.isEmpty })
    }

    /// Declaring a rule without registering it (or the reverse) fails here, wherever under
    /// `Sources/` the rule is declared; each rule has a file of its own, named after it.
    @Test func registryListsEveryRuleType() throws {
        let sources = TestFiles.repositoryRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var declared: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /struct (\w+): ComplianceRule\b/) {
                declared.append(String(match.1))
                #expect(file.lastPathComponent == "\(match.1).swift")
            }
        }
        #expect(!declared.isEmpty)
        let registered = RuleRegistry.all.map { String(describing: $0) }
        #expect(declared.sorted() == registered.sorted())
    }
}

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

    @Test func engineRunsTheRegistry() {
        #expect(RuleEngine.rules.map { $0.id } == RuleRegistry.all.map { $0.id })
    }

    /// Adding a `*Rule.swift` file without registering it (or the reverse) fails here.
    @Test func registryListsEveryRuleFile() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Rules
            .deletingLastPathComponent()  // CreditCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
        let folder = root.appendingPathComponent("Sources/CreditRules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Rule.swift") }
            .map { String($0.dropLast(".swift".count)) }
        #expect(!files.isEmpty)
        let registered = RuleRegistry.all.map { String(describing: $0) }
        #expect(files.sorted() == registered.sorted())
    }
}

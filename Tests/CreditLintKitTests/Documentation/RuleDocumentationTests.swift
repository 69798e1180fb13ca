import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

/// The README's rule examples are scanned exactly as written: the documentation shows what
/// creditlint does with each page, not what it was meant to do.
@Suite("Rule examples in the README")
struct RuleDocumentationTests {
    static let read = Result { try ReadmeRuleExamples.read() }

    @Test("every rule has its examples, in registry order: one page reported and one not, at least")
    func everyRule() throws {
        let (rules, examples) = try Self.read.get()
        #expect(rules == RuleRegistry.all.map { $0.id })
        for rule in rules {
            let pages = examples.filter { $0.rule == rule }
            #expect(pages.contains { !$0.expected.isEmpty }, "\(rule) has no page it reports")
            #expect(pages.contains { $0.expected.isEmpty }, "\(rule) has no page it passes")
        }
    }

    @Test(
        "the page is reported under its rule once, and under no rule the README does not name",
        arguments: (try? read.get().examples) ?? [])
    func example(_ example: ReadmeRuleExample) throws {
        let folder = try TemporaryFolder(["site/page.html": example.page])
        if let configuration = example.configuration { try folder.write("site/.creditlint.yml", configuration) }
        for image in example.images {
            let bytes = try Data(contentsOf: TestFiles.repositoryRoot.appendingPathComponent(image.file))
            try folder.write("site/" + image.name, bytes)
        }
        let root = folder.file("site")
        let (options, warnings) = try ScanOptions.merged(
            root: root, configuration: try Configuration.load(forRoot: root), commandLine: CommandLineOverrides(),
            knownRules: Set(RuleRegistry.all.map { $0.id }))
        // The one warning a documented configuration may give is the expired waiver's own.
        #expect(warnings.allSatisfy { $0.contains(" expired on ") }, "\(warnings)")
        let rules = try CreditLint.scanWithoutRecording(options).locatedFindings.map(\.finding.rule)
        #expect(Set(rules) == example.expected, "\(rules)")
        #expect(rules.filter { $0 == example.rule }.count == (example.expected.isEmpty ? 0 : 1), "\(rules)")
    }
}

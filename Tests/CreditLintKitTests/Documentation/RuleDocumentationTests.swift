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
        let pages = example.pages
        let folder = try TemporaryFolder(Dictionary(uniqueKeysWithValues: pages.map { ("site/" + $0.key, $0.value) }))
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
        // Recorded, as every scan is: the checks across pages run on the recorded run.
        var recorded = options
        recorded.databasePath = folder.file("runs.sqlite")
        let findings = try CreditLint.scan(recorded).locatedFindings
        let rules = findings.map(\.finding.rule)
        #expect(Set(rules) == example.expected, "\(rules)")
        // Once on the page, or once on each page of an example about several pages.
        let paths = findings.filter { $0.finding.rule == example.rule }.map(\.path)
        #expect(Set(paths).count == paths.count, "\(paths)")
        #expect(example.expected.isEmpty ? paths.isEmpty : (1...pages.count).contains(paths.count), "\(rules)")
    }
}

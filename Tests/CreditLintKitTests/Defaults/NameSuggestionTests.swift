import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

@Suite("Did you mean: unknown keys, rule ids and licence ids")
struct NameSuggestionTests {
    @Test(
        "a close name is suggested, a far one is not",
        arguments: [
            ("failon", ["failOn", "maxWarnings"], "failOn"),
            ("maxWarning", ["failOn", "maxWarnings"], "maxWarnings"),
            ("stirctBaseline", ["strictBaseline", "baseline"], "strictBaseline"),
            ("missing-atribution", ["missing-attribution", "missing-author"], "missing-attribution"),
            ("CC-BY-SA-4", ["CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-4.0"], "CC-BY-SA-4.0"),
            ("colour", ["color", "quiet"], "color"),
            ("banana", ["failOn", "maxWarnings"], nil),
            ("db", ["jobs", "version"], nil),
            ("xyz", [], nil),
        ] as [(String, [String], String?)])
    func closest(_ name: String, _ candidates: [String], _ expected: String?) {
        #expect(NameSuggestion.closest(to: name, among: candidates) == expected)
    }

    @Test(
        "the distance counts insertions, deletions, substitutions and swaps, case-insensitively",
        arguments: [
            ("abc", "abc", 0), ("abc", "ABC", 0), ("abc", "abd", 1), ("abc", "ab", 1), ("abc", "acb", 1),
            ("kitten", "sitting", 3), ("", "abc", 3),
        ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(NameSuggestion.distance(a, b, limit: 10) == expected)
        #expect(NameSuggestion.distance(b, a, limit: 10) == expected)
        #expect(NameSuggestion.distance(a, b, limit: expected - 1) == nil)
    }

    @Test("configuration warnings carry the suggestion: keys, nested keys, rules, waivers, licences")
    func warnings() throws {
        let loaded = try Configuration.parse(
            """
            failon: warning
            maxWarning: 3
            rules:
              missing-atribution: off
            acceptedLicenses: [CC-BY-SA-4, "CC-BY-*", LicenseRef-Mine]
            deniedLicenses: [CC-BY-NC-4]
            licenses:
              - id: LicenseRef-Mine
                family: proprietary
            waivers:
              - path: a.html
                rule: missing-titel
                reason: r
                expire: 2026-01-01
            """, path: "c.yml")
        let (_, warnings) = try ScanOptions.merged(
            root: "site", configuration: loaded, commandLine: CommandLineOverrides(),
            knownRules: Set(RuleRegistry.all.map { $0.id }))
        #expect(
            warnings == [
                "c.yml:1: unknown configuration key 'failon' is ignored; did you mean 'failOn'?",
                "c.yml:2: unknown configuration key 'maxWarning' is ignored; did you mean 'maxWarnings'?",
                "c.yml:14: unknown key 'expire' in waivers is ignored; did you mean 'expires'?",
                "c.yml:4: unknown rule 'missing-atribution' in 'rules' is ignored; did you mean 'missing-attribution'?",
                "c.yml:11: waiver of unknown rule 'missing-titel' waives nothing; did you mean 'missing-title'?",
                "c.yml: acceptedLicenses: unknown licence id 'CC-BY-SA-4' matches no licence; did you mean 'CC-BY-SA-4.0'?",
                "c.yml: deniedLicenses: unknown licence id 'CC-BY-NC-4' matches no licence; did you mean 'CC-BY-NC-4.0'?",
            ])
    }

    @Test("the binary prints the suggestion on standard error and still scans (exit 0)")
    func binary() throws {
        let folder = try TemporaryFolder([
            ".creditlint.yml": "failon: warning\n", "a.html": TestPages.article(TestPages.credited("a.jpg")),
        ])
        let result = try CreditlintProcess.run(["scan", folder.path, "--db", folder.file("r.sqlite")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "creditlint: warning: \(folder.file(".creditlint.yml")):1: unknown configuration key 'failon' "
                    + "is ignored; did you mean 'failOn'?"))
    }
}

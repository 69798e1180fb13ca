import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Baseline entries of a rule turned off are not checked")
struct BaselineRuleOffTests {
    private let old = TestPages.article(TestPages.uncredited("old.jpg"))

    @Test("turning a rule off neither matches nor stales its entries; a fixed finding of another rule is stale")
    func ruleOff() throws {
        let folder = try TemporaryFolder(["site/a.html": old, "site/b.html": old])
        let file = folder.file("baseline.json")
        _ = try SiteScan.run(folder, commandLine: CommandLineOverrides(writeBaseline: file))
        let rules = Set(try Baseline.load(file).entries.map(\.rule))
        #expect(rules.contains("missing-attribution"))
        // b.html's image gets its credit: its entries are fixed, so stale.
        try folder.write("site/b.html", TestPages.article(TestPages.credited("old.jpg")))
        let offRules = rules.sorted().map { "  \($0): off" }.joined(separator: "\n")
        let strict = CommandLineOverrides(baseline: file, strictBaseline: true)
        let allOff = try SiteScan.run(folder, config: "rules:\n\(offRules)\n", commandLine: strict)
        #expect(allOff.baseline?.stale == [] && allOff.baseline?.matched == 0)
        #expect(!allOff.fails, "turning rules off must not fail --strict-baseline")
        let on = try SiteScan.run(folder, config: "version: 1\n", commandLine: strict)
        #expect(on.baseline?.stale.map(\.path) == ["b.html"])
        #expect(on.fails)
    }

    @Test("the whole-report Baseline.apply agrees")
    func wholeReport() throws {
        let folder = try TemporaryFolder(["site/a.html": old])
        let file = folder.file("baseline.json")
        _ = try SiteScan.run(folder, commandLine: CommandLineOverrides(writeBaseline: file))
        let baseline = try Baseline.load(file)
        var report = try SiteScan.run(folder, config: "rules:\n  missing-attribution: off\n")
        baseline.apply(to: &report, path: file, strict: true, rulesOff: ["missing-attribution"])
        #expect(report.baseline?.stale.contains { $0.rule == "missing-attribution" } == false)
    }

    @Test("scan says how many entries were not checked, and why, on standard error")
    func note() throws {
        let folder = try TemporaryFolder(["site/a.html": old])
        let file = folder.file("baseline.json")
        let db = folder.file("r.sqlite")
        let written = try CreditlintProcess.run(["scan", folder.file("site"), "--write-baseline", file, "--db", db])
        #expect(written.status == 0, "\(written.stderr)")
        try folder.write("site/.creditlint.yml", "rules:\n  missing-attribution: off\n")
        let result = try CreditlintProcess.run([
            "scan", folder.file("site"), "--baseline", file, "--strict-baseline", "--db", db,
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("creditlint: 1 baseline entry not checked (rule off: missing-attribution)"))
    }
}

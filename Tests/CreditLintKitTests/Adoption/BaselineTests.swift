import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Baseline: adopt a site with old problems, fail on new ones")
struct BaselineTests {
    private let old = TestPages.article(TestPages.uncredited("old.jpg") + "\n" + TestPages.credited("fine.jpg"))

    private func scan(_ folder: TemporaryFolder, _ commandLine: CommandLineOverrides) throws -> ScanReport {
        try SiteScan.run(folder, commandLine: commandLine)
    }

    @Test("write, then reuse: known findings are suppressed and counted")
    func writeAndReuse() throws {
        let folder = try TemporaryFolder(["site/a.html": old])
        let file = folder.file("baseline.json")
        let written = try scan(folder, CommandLineOverrides(writeBaseline: file))
        #expect(!written.fails)
        let baseline = try Baseline.load(file)
        #expect(baseline.entries.map(\.rule) == ["missing-attribution"])
        #expect(baseline.entries.first?.image == "old.jpg")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!text.contains("\"line\""))
        let reused = try scan(folder, CommandLineOverrides(baseline: file))
        #expect(!reused.fails)
        #expect(SiteScan.rules(reused).isEmpty)
        #expect(reused.suppressed?.baseline == 1)
        #expect(reused.baseline?.matched == 1 && reused.baseline?.stale == [])
    }

    @Test("entries survive shifted lines and a reformatted page; a new image still fails")
    func survivesReformatting() throws {
        let folder = try TemporaryFolder(["site/a.html": old])
        let file = folder.file("baseline.json")
        _ = try scan(folder, CommandLineOverrides(writeBaseline: file))
        let reformatted =
            "\n\n\n<!DOCTYPE html>\n<html>\n  <body>\n    <article>\n      <p>New intro.</p>\n"
            + "      <p>Some text about the harbour.</p>\n      <figure>\n        <img alt=\"x\"\n             src=\"old.jpg\">\n"
            + "        <figcaption>The harbour at dawn.</figcaption>\n      </figure>\n"
            + "      \(TestPages.credited("fine.jpg"))\n    </article>\n  </body>\n</html>\n"
        try folder.write("site/a.html", reformatted)
        let shifted = try scan(folder, CommandLineOverrides(baseline: file))
        #expect(!shifted.fails, "\(SiteScan.rules(shifted))")
        #expect(shifted.suppressed?.baseline == 1)
        try folder.write(
            "site/a.html",
            reformatted.replacingOccurrences(of: "<p>New intro.</p>", with: TestPages.uncredited("new.jpg")))
        let withNew = try scan(folder, CommandLineOverrides(baseline: file))
        #expect(withNew.fails)
        let finding = try #require(withNew.documents.first?.allFindings.first)
        #expect(finding.rule == "missing-attribution" && finding.image == "new.jpg" && finding.line == 8)
    }

    @Test("fixed findings are stale; --strict-baseline fails on them")
    func stale() throws {
        let folder = try TemporaryFolder(["site/a.html": old, "site/b.html": old])
        let file = folder.file("baseline.json")
        _ = try scan(folder, CommandLineOverrides(writeBaseline: file))
        try folder.write("site/a.html", TestPages.article(TestPages.credited("old.jpg")))
        let relaxed = try scan(folder, CommandLineOverrides(baseline: file))
        #expect(!relaxed.fails)
        #expect(relaxed.baseline?.stale.map(\.path) == ["a.html"])
        let text = try relaxed.render(.text)
        #expect(text.contains("1 stale entry"))
        #expect(try relaxed.render(.json).contains("\"stale\""))
        let strict = try scan(folder, CommandLineOverrides(baseline: file, strictBaseline: true))
        #expect(strict.fails)
        #expect(try strict.render(.text).contains("result: FAIL (stale baseline entries (--strict-baseline))"))
        // Changed-files mode: an unscanned page's entries are not stale.
        let partial = try scan(
            folder, CommandLineOverrides(baseline: file, strictBaseline: true, onlyPages: ["b.html"]))
        #expect(!partial.fails && partial.baseline?.stale == [])
    }

    @Test("a missing or foreign baseline file is a clear error")
    func badFile() throws {
        let folder = try TemporaryFolder(["site/a.html": old, "bad.json": "{\"rules\": 1}"])
        #expect(throws: CreditLintError.self) {
            try scan(folder, CommandLineOverrides(baseline: folder.file("none.json")))
        }
        #expect(throws: CreditLintError.self) {
            try scan(folder, CommandLineOverrides(baseline: folder.file("bad.json")))
        }
        #expect(throws: CreditLintError.self) {
            try scan(folder, CommandLineOverrides(writeBaseline: folder.file("partial.json"), onlyPages: ["a.html"]))
        }
    }
}

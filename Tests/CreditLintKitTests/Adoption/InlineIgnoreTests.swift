import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Inline ignores: data-creditlint-ignore and creditlint-ignore-next")
struct InlineIgnoreTests {
    private func scan(_ body: String, reportUnused: Bool = false) throws -> ScanReport {
        let folder = try TemporaryFolder(["site/a.html": TestPages.article(body)])
        return try SiteScan.run(folder, commandLine: CommandLineOverrides(reportUnusedIgnores: reportUnused))
    }

    @Test(
        "an ignore on the image, an ancestor or before an element suppresses the named rules",
        arguments: [
            "<div data-creditlint-ignore=\"missing-attribution\">\(TestPages.uncredited("a.jpg"))</div>",
            "<div data-creditlint-ignore=\"\">\(TestPages.uncredited("a.jpg"))</div>",
            "<figure><img data-creditlint-ignore=\"missing-title missing-attribution\" src=\"a.jpg\" alt=\"x\"><figcaption>The harbour.</figcaption></figure>",
            "<!-- creditlint-ignore-next missing-attribution: agency photo, credited in print -->\n\(TestPages.uncredited("a.jpg"))",
            "<!-- creditlint-ignore-next -->\n<!-- another comment -->\n\(TestPages.uncredited("a.jpg"))",
        ])
    func suppressed(_ body: String) throws {
        let report = try scan(body)
        #expect(SiteScan.rules(report).isEmpty)
        #expect(report.suppressed?.ignored == 1)
        #expect(!report.fails)
    }

    @Test("an ignore of another rule, or before another element, suppresses nothing")
    func notSuppressed() throws {
        let other = try scan("<div data-creditlint-ignore=\"missing-title\">\(TestPages.uncredited("a.jpg"))</div>")
        #expect(SiteScan.rules(other) == ["missing-attribution"])
        let elsewhere = try scan(
            "<!-- creditlint-ignore-next missing-attribution: x -->\n<p>Text.</p>\n\(TestPages.uncredited("a.jpg"))")
        #expect(SiteScan.rules(elsewhere) == ["missing-attribution"])
    }

    @Test("unused ignores are reported on request, unknown rule ids always, on their line")
    func unusedAndUnknown() throws {
        let body =
            "<div data-creditlint-ignore=\"missing-attribution\">\(TestPages.credited("a.jpg"))</div>\n"
            + "<!-- creditlint-ignore-next missing-credit: typo -->\n\(TestPages.credited("b.jpg"))"
        let quiet = try scan(body)
        #expect(SiteScan.rules(quiet) == ["unused-ignore"])
        #expect(quiet.documents.first?.findings.first?.line == 3)
        let loud = try scan(body, reportUnused: true)
        let findings = try #require(loud.documents.first?.allFindings)
        #expect(findings.map(\.rule) == ["unused-ignore", "unused-ignore"])
        #expect(findings.map(\.line) == [2, 3])
        #expect(findings[0].message.contains("missing-attribution"))
        #expect(findings[1].message.contains("'missing-credit'"))
    }
}

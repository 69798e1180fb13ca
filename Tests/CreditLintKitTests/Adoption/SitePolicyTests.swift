import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Site policy: waivers, licence policy, selectors, extra licences")
struct SitePolicyTests {
    private let nc = """
        <figure><img src="nc.jpg" alt="x"><figcaption>Photo: Jane Doe, \
        <a href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a>, \
        <a href="https://example.org/orig">source</a></figcaption></figure>
        """

    private func site(_ body: String) throws -> TemporaryFolder {
        try TemporaryFolder(["site/news/a.html": TestPages.article(body)])
    }

    private let waiver = """
        waivers:
          - path: 'news/**'
            rule: missing-attribution
            reason: archive photos, credits being researched
            expires: 2026-06-30
        """

    @Test("a waiver suppresses its findings until it expires, then it is itself a finding")
    func waivers() throws {
        let folder = try site(TestPages.uncredited("old.jpg"))
        let before = try SiteScan.run(folder, config: waiver, today: "2026-06-30")
        #expect(SiteScan.rules(before).isEmpty && !before.fails)
        #expect(before.suppressed?.waived == 1)
        #expect(try before.render(.text).contains("1 waived"))
        let after = try SiteScan.run(folder, config: waiver, today: "2026-07-01")
        #expect(SiteScan.rules(after).sorted() == ["expired-waiver", "missing-attribution"])
        #expect(after.fails && after.suppressed == nil)
        let expired = try #require(after.documents.first?.findings.first)
        #expect(expired.severity == .warning && expired.message.contains("expired on 2026-06-30"))
        #expect(expired.image == "old.jpg")
        let elsewhere = try SiteScan.run(folder, config: waiver.replacingOccurrences(of: "news/**", with: "blog/**"))
        #expect(SiteScan.rules(elsewhere) == ["missing-attribution"])
        let byImage = try SiteScan.run(
            folder, config: waiver.replacingOccurrences(of: "path: 'news/**'", with: "image: 'old*'"))
        #expect(byImage.suppressed?.waived == 1)
    }

    @Test(
        "accepted and denied licences (ids or globs) decide license-not-allowed",
        arguments: [
            ("deniedLicenses: [CC-BY-NC-*]", true),
            ("deniedLicenses: [cc-by-nc-4.0]", true),
            ("acceptedLicenses: [CC-BY-4.0, CC-BY-SA-*]", true),
            ("acceptedLicenses: [CC-BY-*]", false),
            ("deniedLicenses: [CC-BY-ND-*]", false),
            ("", false),
        ])
    func licensePolicy(_ config: String, _ refused: Bool) throws {
        let report = try SiteScan.run(try site(nc), config: config)
        #expect(SiteScan.rules(report).contains("license-not-allowed") == refused, "\(SiteScan.rules(report))")
    }

    @Test("ignore selectors skip images as config-selector; content selectors keep only their images")
    func scopeSelectors() throws {
        let body =
            "<div class=\"gallery extra\">\(TestPages.uncredited("promo.jpg"))</div>\n"
            + "<section id=\"story\">\(TestPages.uncredited("story.jpg"))</section>"
        let ignored = try SiteScan.run(try site(body), config: "ignoreSelectors: ['article div.extra']")
        let document = try #require(ignored.documents.first)
        #expect(document.images.map(\.src) == ["story.jpg"])
        #expect(document.skipped.contains { $0.src == "promo.jpg" && $0.reason == "config-selector" })
        let scoped = try SiteScan.run(try site(body), config: "contentSelectors: ['#story']")
        #expect(scoped.documents.first?.images.map(\.src) == ["story.jpg"])
        let unmatched = try SiteScan.run(try site(body), config: "contentSelectors: ['.nothing-here']")
        #expect(unmatched.documents.first?.images.count == 2)
    }

    @Test("a credit selector makes an element the credit of the image in its figure")
    func creditSelector() throws {
        // `x1` is a class the scanner attaches no meaning to, so only the selector finds it.
        let body = """
            <figure><img src="a.jpg" alt="x"><figcaption>The crane at night.</figcaption>\
            <div class="x1"><span>Town Archive</span> <span>1932</span></div></figure>
            <figure><img src="b.jpg" alt="x"><figcaption>The crane at dawn.</figcaption></figure>
            <div class="x1">Another figure's archive</div>
            """
        let without = try SiteScan.run(try site(body))
        #expect(SiteScan.rules(without) == ["missing-attribution", "missing-attribution"])
        let with = try SiteScan.run(try site(body), config: "creditSelectors: ['figure > div.x1']")
        let images = try #require(with.documents.first?.images)
        #expect(images[0].credit?.text == "Town Archive 1932")
        #expect(images[0].credit?.strategy == .creditElement)
        #expect(images[0].findings.isEmpty)
        #expect(images[1].credit == nil)
        #expect(images[1].findings.map(\.rule) == ["missing-attribution"])
    }

    @Test("extra licences are identified by alias or URL and checked like catalogue licences")
    func extraLicences() throws {
        let body = """
            <figure><img src="a.jpg" alt="x"><figcaption>Photo: Jane Doe, Harbour Open Licence</figcaption></figure>
            <figure><img src="b.jpg" alt="x"><figcaption>Photo: Max Roe, \
            <a href="https://harbour.example/licenses/open-1.0/">licence</a></figcaption></figure>
            """
        let before = try SiteScan.run(try site(body))
        #expect(before.documents.first?.images.map { $0.license?.id } == [nil, nil])
        let config = """
            licenses:
              - id: LicenseRef-HarbourOpen-1.0
                family: other-open
                name: Harbour Open Licence 1.0
                attribution: yes
                aliases: [harbour open licence]
                urls: [harbour.example/licenses/open-1.0]
            deniedLicenses: [LicenseRef-HarbourOpen-*]
            """
        let after = try SiteScan.run(try site(body), config: config)
        let images = try #require(after.documents.first?.images)
        #expect(images.map { $0.license?.id } == ["LicenseRef-HarbourOpen-1.0", "LicenseRef-HarbourOpen-1.0"])
        #expect(!SiteScan.rules(after).contains("unknown-license"))
        #expect(SiteScan.rules(after).filter { $0 == "license-not-allowed" }.count == 2)
    }

    @Test("--max-warnings fails when warnings exceed it, not when they reach it")
    func maxWarnings() throws {
        let body = "<figure><img src=\"a.jpg\" alt=\"x\"><figcaption>Photo: Jane Doe, CC BY 4.0</figcaption></figure>"
        let report = try SiteScan.run(try site(body))
        let warnings = report.summary.findingsBySeverity["warning"] ?? 0
        #expect(warnings > 0 && !report.fails)
        let atLimit = try SiteScan.run(try site(body), commandLine: CommandLineOverrides(maxWarnings: warnings))
        #expect(!atLimit.fails)
        let over = try SiteScan.run(try site(body), commandLine: CommandLineOverrides(maxWarnings: warnings - 1))
        #expect(over.fails)
        #expect(try over.render(.text).contains("(--max-warnings)"))
    }
}

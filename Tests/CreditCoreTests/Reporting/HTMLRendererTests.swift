import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditReporting

/// The HTML report: escaping of page text, which URLs become links, and which image files
/// may be shown. The browser test (CreditLintKitTests) checks the same in Chromium.
@Suite("HTML report")
struct HTMLRendererTests {
    static let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> \"q\" 'a' & <b>bold</b>"

    static let report: ScanReport = {
        let image = ScannedImage(
            src: "/img/<b>x</b>\".jpg", line: 4, fingerprint: "0011223344556677", alt: hostile, snippet: hostile,
            missingParts: ["<u>title</u>"],
            credit: ImageCredit(
                text: hostile, author: "<i>Eve</i>", source: "Corp</dd><script>", licenseText: "CC BY 4.0",
                licenseURL: "javascript:alert(3)", sourceURL: "  JavaScript:alert(4)", strategy: .figcaption),
            embedded: EmbeddedMetadata(
                file: "img/<b>x</b>.jpg", creator: "Tomas <i>Berg</i>", webStatement: "javascript:alert(5)",
                from: [.creator: .xmp, .webStatement: .xmp], note: hostile),
            findings: [
                Finding(
                    rule: "missing-title", severity: .warning, message: hostile, line: 4, image: "x",
                    suggestion: hostile)
            ])
        return ScanReport(
            toolVersion: "0", root: "site</title><script>", startedAt: "2026-01-01T00:00:00Z",
            documents: [
                DocumentReport(
                    path: "news/<p>.html", size: 1, sha256: "", encoding: "utf-8", images: [image],
                    skipped: [
                        SkippedImage(
                            src: "/logo.svg?<x>", line: 2, reason: "logo", evidence: ImageEvidence(summary: hostile))
                    ])
            ],
            failures: [FailedFile(path: "bad<x>.html", reason: hostile)])
    }()

    @Test("page text never becomes markup, and only the report's own tags are in the output")
    func escaping() throws {
        let html = try HTMLRenderer().render(Self.report)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>bold") && !html.contains("<i>Eve") && !html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<title>creditlint report: site&lt;/title&gt;&lt;script&gt;</title>"))
        // One script element: the report's own filter script.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("href=\"javascript") && !html.lowercased().contains("href=\"  javascript"))
        #expect(html.contains("<code>javascript:alert(3)</code>"))
    }

    @Test("the card shows the tag as written, the parts the credit lacks and the file's own metadata")
    func imageDetails() throws {
        let html = try HTMLRenderer().render(Self.report)
        #expect(html.contains("the credit lacks: &lt;u&gt;title&lt;/u&gt;"))
        #expect(html.contains("in the file <code>img/&lt;b&gt;x&lt;/b&gt;.jpg</code>"))
        #expect(html.contains("<dt>creator</dt><dd>Tomas &lt;i&gt;Berg&lt;/i&gt; <small>xmp</small></dd>"))
        // A rights page that is not http(s) is text, never a link.
        #expect(html.contains("<dt>web statement</dt><dd><code>javascript:alert(5)</code> <small>xmp</small></dd>"))
    }

    @Test("the policy allows nothing remote, and names the script by its hash")
    func contentSecurityPolicy() throws {
        let html = try HTMLRenderer().render(Self.report)
        let policy = HTMLStyle.contentSecurityPolicy
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"))
        #expect(policy.hasPrefix("default-src 'none'; img-src 'self' file: data:;"))
        #expect(!policy.contains("http") && !policy.contains("*") && !policy.contains("unsafe-eval"))
        #expect(policy.contains("script-src 'sha256-") && !policy.contains("script-src 'unsafe-inline'"))
    }

    @Test("the skipped images show their reason and evidence, folded per page")
    func skipped() throws {
        let html = try HTMLRenderer().render(Self.report)
        #expect(html.contains("<details><summary>1 image judged not content</summary>"))
        #expect(html.contains("<code>/logo.svg?&lt;x&gt;</code> <small>line 2</small>: <b>logo</b> — &lt;script&gt;"))
        #expect(HTMLRenderer.evidenceText(of: SkippedImage(src: "a", line: 1, reason: "logo")) == nil)
    }

    @Test(
        "only absolute http(s) URLs become links",
        arguments: [
            ("https://example.org/a", true), ("HTTP://example.org", true), ("http://x.y/a?b=<c>", true),
            ("javascript:alert(1)", false), (" https://example.org", false), ("java\nscript:x", false),
            ("https://exa mple.org", false), ("https:///x", false), ("data:text/html,<b>", false), ("/local", false),
            ("//example.org/a", false), ("https://x\u{7F}", false), ("vbscript:x", false), ("https:", false),
        ])
    func webLinks(url: String, isLink: Bool) {
        #expect((WebLink.href(url) != nil) == isLink)
    }

    @Test("thumbnails come only from regular files under the root; small ones embedded, the rest linked")
    func localFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("site/media/small.png", Data(repeating: 1, count: 100))
        try folder.write("site/news/big file.jpg", Data(repeating: 2, count: LocalImageFiles.embeddedFileLimit + 1))
        try folder.write("outside/secret.jpg", Data(repeating: 3, count: 10))
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("site/link.jpg"), withDestinationPath: folder.file("outside/secret.jpg"))
        try FileManager.default.createDirectory(atPath: folder.file("reports"), withIntermediateDirectories: true)
        let files = LocalImageFiles(root: folder.file("site"), reportFolder: folder.file("reports"))
        var budget = 1000
        func thumbnail(_ src: String) -> String? {
            files.thumbnail(for: src, onPage: "news/page.html", budget: &budget)
        }
        #expect(
            thumbnail("/media/small.png") == "data:image/png;base64,"
                + Data(repeating: 1, count: 100).base64EncodedString())
        #expect(budget == 900)
        #expect(thumbnail("big%20file.jpg?w=300#top") == "../site/news/big%20file.jpg")
        #expect(thumbnail("../media/small.png") != nil)
        for src in [
            "../../outside/secret.jpg", "/../outside/secret.jpg", "/link.jpg", "https://example.org/media/small.png",
            "//example.org/media/small.png", "javascript:alert(1)", "data:image/png;base64,AA", "/media",
            "/media/missing.png", "", "/media/small.png%00",
        ] {
            #expect(thumbnail(src) == nil, "\(src)")
        }
        budget = 50
        #expect(thumbnail("/media/small.png") == "../site/media/small.png")
    }

    @Test("a scan of one page finds images beside it")
    func onePage() throws {
        let folder = try TemporaryFolder(["site/a.html": "<p>", "site/b.png": "png"])
        let files = LocalImageFiles(root: folder.file("site/a.html"), reportFolder: folder.path)
        var budget = 0
        #expect(files.thumbnail(for: "b.png", onPage: "a.html", budget: &budget) == "site/b.png")
    }

    @Test("a report without local files shows each image's URL as text, and a remote image is never loaded")
    func noThumbnails() throws {
        var report = Self.report
        report.documents[0].images[0].src = "https://images.example.net/a.jpg"
        let html = try HTMLRenderer().render(report)
        #expect(!html.contains("<img"))
        #expect(html.contains("<span>remote image, not loaded</span>"))
    }
}

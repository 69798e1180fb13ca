import CreditCore
import Foundation
import Testing

@testable import CreditStore

@Suite("Large runs")
struct ReportStoreLargeRunTests {
    /// A site-sized report: many pages, each with images, credits, licences, findings and
    /// skipped images, so that rebuilding must group thousands of rows back to their owners.
    static func site(pages: Int, imagesPerPage: Int) -> ScanReport {
        let documents = (0..<pages).map { page in
            DocumentReport(
                path: "section-\(page % 7)/page-\(pages - page).html", size: page * 31,
                sha256: String(format: "%064x", page), encoding: "utf-8",
                images: (0..<imagesPerPage).map { index in
                    ScannedImage(
                        src: "img/\(page)-\(imagesPerPage - index).jpg", sources: ["\(index)w"],
                        line: 10 + index, fingerprint: "\(page)#\(index)",
                        credit: index.isMultiple(of: 2)
                            ? ImageCredit(text: "Photo \(index)", strategy: .figcaption) : nil,
                        license: index.isMultiple(of: 3)
                            ? ImageLicense(id: "CC-BY-4.0", evidence: "text") : nil,
                        findings: (0..<(index % 3)).map { n in
                            Finding(
                                rule: "rule-\(n)", severity: n == 0 ? .warning : .note,
                                message: "m", line: 10 + index)
                        })
                },
                skipped: [SkippedImage(src: "logo.png", line: 1, reason: "logo")],
                findings: page.isMultiple(of: 5)
                    ? [Finding(rule: "page", severity: .error, message: "p", line: 1)] : [])
        }
        return ScanReport(
            toolVersion: "0.1.0", root: "site", startedAt: "2026-11-27T07:00:00Z",
            documents: documents,
            failures: (0..<20).map { FailedFile(path: "bad-\($0).html", reason: "not HTML") })
    }

    @Test("a run of 300 pages and 3000 images round-trips and is summarised")
    func largeRoundTrip() throws {
        try withTemporaryFolder { folder in
            let store = try ReportStore(path: folder.appendingPathComponent("db.sqlite").path)
            let report = Self.site(pages: 300, imagesPerPage: 10)
            _ = try store.record(Fixtures.small(root: "other run"))
            let id = try store.record(report)

            var expected = report
            expected.run = id
            #expect(try store.report(run: id) == expected)

            let summary = try #require(try store.runs(limit: 1).first)
            #expect(summary.id == id)
            #expect(summary.documents == 300)
            #expect(summary.images == 3000)
            #expect(summary.findingsBySeverity == report.summary.findingsBySeverity)
        }
    }
}

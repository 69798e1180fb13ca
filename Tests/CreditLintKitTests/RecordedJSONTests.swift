import CreditCore
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@testable import CreditStore

/// The JSON report of a recorded scan is written from the page elements recorded with it
/// (`v5-document-json`): it must be byte for byte the report encoded from the pages, for a
/// full scan, a rescan that copies pages, a rescan under a baseline and pages recorded before
/// there were elements.
@Suite("JSON reports written from recorded elements", .serialized)
struct RecordedJSONTests {
    private static func site() throws -> TemporaryFolder {
        var files: [String: String] = ["unicode/é ☕.html": TestPages.article(TestPages.credited("/a/\"ü\".jpg"))]
        for index in 0..<12 {
            let body = index % 3 == 0 ? TestPages.uncredited("u\(index).jpg") : TestPages.credited("c\(index).jpg")
            files["pages/page-\(index).html"] = TestPages.article(
                String(repeating: "<p>text</p>", count: index * 30) + body)
        }
        files["broken.html"] = String(repeating: "\0", count: 64)
        // Images and skipped images with every kind of evidence.
        files["story.html"] = TestPages.explainedStory
        return try TemporaryFolder(files)
    }

    private static func options(_ folder: TemporaryFolder, jobs: Int = 2) -> ScanOptions {
        var options = ScanOptions(root: folder.path, databasePath: folder.file("runs.sqlite"))
        options.jobs = jobs
        return options
    }

    /// The JSON report written from the recorded elements, and as encoded from the pages.
    private static func reports(_ stream: ReportStream) throws -> (recorded: String, encoded: String) {
        let encoded = ReportStream(header: stream.header, totals: stream.totals) { body in
            try stream.forEachDocument(body)
        }
        return (try stream.render(.json), try encoded.render(.json))
    }

    private static func count(_ sql: String, _ folder: TemporaryFolder) throws -> Int? {
        try ReportStore(path: folder.file("runs.sqlite")).fetchIntForTesting(sql)
    }

    @Test("a scan and its rescans report the JSON the pages encode to, and record elements once")
    func scanAndRescan() throws {
        let folder = try Self.site()
        let first = try Self.reports(CreditLint.scanRecorded(Self.options(folder, jobs: 1)))
        #expect(first.recorded == first.encoded && first.recorded.contains("\"images\" : ["))
        #expect(first.recorded.contains("\"signals\" : [") && first.recorded.contains("\"strategy\" : \"caption-"))
        #expect(try Self.count("SELECT count(*) FROM document WHERE json IS NULL", folder) == 0)
        for jobs in [1, 3] {
            let rescan = try Self.reports(CreditLint.scanRecorded(Self.options(folder, jobs: jobs)))
            #expect(rescan.recorded == rescan.encoded && rescan.recorded.contains("\"reusedFrom\" : 1,"))
            // What `creditlint report` prints comes from the same elements.
            let reprinted = try Self.reports(CreditLint.recordedStream(database: folder.file("runs.sqlite")))
            #expect(reprinted.recorded == rescan.recorded && reprinted.encoded == rescan.encoded)
        }
        // Copies point at the first run's elements rather than repeating them.
        #expect(try Self.count("SELECT count(json) FROM document WHERE run_id > 1", folder) == 0)
        #expect(try Self.count("SELECT count(*) FROM document WHERE run_id > 1 AND json_document IS NULL", folder) == 0)
    }

    @Test("a rescan under a baseline records elements without the findings it holds back")
    func baseline() throws {
        let folder = try Self.site()
        var options = Self.options(folder)
        options.writeBaselinePath = folder.file("baseline.json")
        let written = try Self.reports(CreditLint.scanRecorded(options))
        #expect(written.recorded == written.encoded)
        options.writeBaselinePath = nil
        options.baselinePath = folder.file("baseline.json")
        let reused = try Self.reports(CreditLint.scanRecorded(options))
        #expect(reused.recorded == reused.encoded && reused.recorded.contains("\"reusedFrom\" : 1,"))
        #expect(!reused.recorded.contains("\"rule\" : \"missing-attribution\""))
        let plain = try Self.reports(CreditLint.scanRecorded(Self.options(folder)))
        #expect(plain.recorded == plain.encoded && plain.recorded.contains("\"rule\" : \"missing-attribution\""))
    }

    @Test("pages recorded before there were elements are reported from rows, then recorded afresh")
    func olderPages() throws {
        let folder = try Self.site()
        let first = try Self.reports(CreditLint.scanRecorded(Self.options(folder)))
        try ReportStore(path: folder.file("runs.sqlite")).executeForTesting("UPDATE document SET json = NULL")
        let reprinted = try Self.reports(CreditLint.recordedStream(database: folder.file("runs.sqlite")))
        #expect(reprinted.recorded == first.recorded && reprinted.encoded == first.encoded)
        let rescan = try Self.reports(CreditLint.scanRecorded(Self.options(folder)))
        #expect(rescan.recorded == rescan.encoded && rescan.recorded.contains("\"reusedFrom\" : 1,"))
        // Reused, but written from the page rather than copied, so that it gains its element.
        #expect(try Self.count("SELECT count(*) FROM document WHERE run_id = 2 AND json IS NULL", folder) == 0)
        #expect(try Self.count("SELECT count(*) FROM document WHERE run_id = 2 AND reused_from_run = 1", folder) == 14)
    }
}

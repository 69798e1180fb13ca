import CreditCore
import Foundation
import Testing

@testable import CreditStore

/// Every recorded page keeps its element of the JSON report (`v5-document-json`), copies point
/// at it, and the JSON report of a recorded run written from those elements is byte for byte
/// the one encoded from its pages, `reusedFrom` included; pages without one fall back.
@Suite("Recorded JSON report elements")
struct ReportStoreJSONTests {
    private static let options = "options-1"

    /// Records `report` page by page as a scan does and returns the run.
    @discardableResult
    private static func recordPages(_ store: ReportStore, _ report: ScanReport) throws -> Int {
        try store.recordRun(report) { recorder in
            for document in report.documents {
                try recorder.append(RecordedPage(document: document, optionsFingerprint: options))
            }
            try recorder.finish(report)
            return recorder.run
        }
    }

    /// Records a rescan that copies every page it can from earlier runs.
    @discardableResult
    private static func recordCopies(_ store: ReportStore, _ report: ScanReport) throws -> Int {
        try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: options)
            for document in report.documents {
                let candidate = try #require(index.candidate(path: document.path, sha256: document.sha256))
                try recorder.copy(candidate, optionsFingerprint: options)
            }
            try recorder.finish(report)
            return recorder.run
        }
    }

    private static func pages(_ store: ReportStore, run: Int) throws -> [JSONPage] {
        var pages: [JSONPage] = []
        try store.forEachJSONPage(run: run) { pages.append($0) }
        return pages
    }

    /// The JSON report of `run` from its recorded elements, and as encoded from its pages read
    /// back (what reports did before there were elements).
    private static func jsonReports(_ store: ReportStore, run: Int) throws -> (recorded: String, encoded: String) {
        let header = try store.header(run: run)
        let totals = try store.totals(run: run, failOn: header.failOn)
        let pages: ReportStream.Pages = { body in try store.forEachDocument(run: run, body) }
        let recorded = ReportStream(
            header: header, totals: totals, pages: pages,
            jsonPages: { body in try store.forEachJSONPage(run: run, body) })
        var texts = ["", ""]
        try JSONRenderer().render(recorded) { texts[0] += $0 }
        try JSONRenderer().render(ReportStream(header: header, totals: totals, pages: pages)) { texts[1] += $0 }
        return (texts[0], texts[1])
    }

    private static func elementCount(_ pages: [JSONPage]) -> Int {
        pages.filter { if case .element = $0 { true } else { false } }.count
    }

    @Test("a page recorded page by page or in a whole report keeps its element")
    func written() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        let byPage = try Self.recordPages(store, report)
        let whole = try store.record(report)
        for run in [byPage, whole] {
            for (ordinal, document) in report.documents.enumerated() {
                let json = try store.fetchStringForTesting(
                    "SELECT json FROM document WHERE ordinal = \(ordinal) AND run_id = ?", run: run)
                #expect(json == (try JSONRenderer.documentElement(document)))
            }
            let pages = try Self.pages(store, run: run)
            #expect(pages.count == report.documents.count && Self.elementCount(pages) == pages.count)
            let reports = try Self.jsonReports(store, run: run)
            #expect(reports.recorded == reports.encoded)
        }
    }

    @Test("a copied page points at the element it reuses, and its report says reusedFrom")
    func copied() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        try Self.recordPages(store, report)
        let second = try Self.recordCopies(store, report)
        // The third run copies the second's copies: it still points at the first run's text.
        let third = try Self.recordCopies(store, report)
        for run in [second, third] {
            #expect(try store.fetchIntForTesting("SELECT count(json) FROM document WHERE run_id = \(run)") == 0)
            let sources = try store.fetchStringForTesting(
                "SELECT group_concat(source.run_id) FROM document JOIN document AS source ON source.id = document.json_document WHERE document.run_id = ?",
                run: run)
            #expect(sources == "1,1,1")
            #expect(Self.elementCount(try Self.pages(store, run: run)) == report.documents.count)
            let reports = try Self.jsonReports(store, run: run)
            #expect(reports.recorded == reports.encoded)
            #expect(reports.recorded.components(separatedBy: "\"reusedFrom\" : 1,").count == report.documents.count + 1)
        }
    }

    @Test("a copy names the page that holds its rows in every table, and holds none of its own")
    func copiedRows() throws {
        // The rich pages hold every kind of row somewhere and lack each somewhere else (no
        // images, no findings, no page licence, images without licences).
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        try Self.recordPages(store, report)
        let copies = try Self.recordCopies(store, report)
        var expected = report
        expected.run = copies
        var pages: [DocumentReport] = []
        try store.forEachDocument(run: copies) { pages.append($0) }
        #expect(pages.map(\.reusedFrom) == expected.documents.map { _ in 1 })
        for index in expected.documents.indices { expected.documents[index].reusedFrom = 1 }
        #expect(pages == expected.documents)
        for table in ["image", "credit", "license", "page_license", "finding"] {
            let count = { (run: Int, holder: String) in
                try store.fetchIntForTesting(
                    """
                    SELECT count(*) FROM \(table) JOIN document ON \(holder) = \(Self.owner(table))
                    WHERE document.run_id = \(run)
                    """)
            }
            let followed = "coalesce(document.content_document, document.id)"
            #expect(try count(copies, followed) == (try count(1, "document.id")), "\(table)")
            #expect(try count(copies, "document.id") == 0, "\(table)")
        }
    }

    /// The column that leads from a row of `table` to its document.
    private static func owner(_ table: String) -> String {
        switch table {
        case "credit", "license":
            "(SELECT document_id FROM image WHERE image.id = \(table).image_id)"
        default: "\(table).document_id"
        }
    }

    @Test("pages recorded without an element are read back, and a rescan records them afresh")
    func recordedBeforeElements() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        try Self.recordPages(store, report)
        try store.executeForTesting("UPDATE document SET json = NULL")
        let pages = try Self.pages(store, run: 1)
        #expect(Self.elementCount(pages) == 0 && pages.count == report.documents.count)
        let reports = try Self.jsonReports(store, run: 1)
        #expect(reports.recorded == reports.encoded)
        try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: Self.options)
            let first = report.documents[0]
            #expect(index.candidate(path: first.path, sha256: first.sha256)?.hasJSON == false)
        }
    }

    @Test("copies whose element is lost, or a damaged element, fall back to the rows")
    func lostElements() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        try Self.recordPages(store, report)
        let copies = try Self.recordCopies(store, report)
        // As when the page that held it was recorded before elements existed.
        try store.executeForTesting("UPDATE document SET json = NULL WHERE run_id = 1")
        try store.executeForTesting("UPDATE document SET json_document = NULL")
        #expect(Self.elementCount(try Self.pages(store, run: copies)) == 0)
        let reports = try Self.jsonReports(store, run: copies)
        #expect(reports.recorded == reports.encoded && reports.recorded.contains("\"reusedFrom\" : 1,"))
        try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: Self.options)
            let first = report.documents[0]
            #expect(index.candidate(path: first.path, sha256: first.sha256)?.hasJSON == false)
        }

        let fresh = try Self.recordPages(store, report)
        try store.executeForTesting(
            "UPDATE document SET json = '    {\n  broken' WHERE run_id = \(fresh) AND ordinal = 0")
        #expect(Self.elementCount(try Self.pages(store, run: fresh)) == report.documents.count - 1)
        let damaged = try Self.jsonReports(store, run: fresh)
        #expect(damaged.recorded == damaged.encoded)
    }

    @Test("a database from before v5 is reported from its rows, one from v5 from its elements")
    func releases() throws {
        for (migration, elements) in [
            ("v4-document-reuse", 0), ("v5-document-json", 1), ("v6-skipped-column", 1), ("v7-skipped-count", 1),
            ("v8-reuse-entry", 1),
        ] {
            try withTemporaryFolder { folder in
                let path = folder.appendingPathComponent("old.sqlite").path
                let sql = try String(
                    contentsOf: MigrationTests.schemas.appendingPathComponent(migration + ".sql"), encoding: .utf8)
                try ReportStore.makeSQLiteFileForTesting(at: path, sql: sql)
                let store = try ReportStore(path: path)
                #expect(Self.elementCount(try Self.pages(store, run: 1)) == elements, "\(migration)")
                let reports = try Self.jsonReports(store, run: 1)
                #expect(reports.recorded == reports.encoded, "\(migration)")
                #expect(reports.recorded.contains("\"path\" : \"index.html\""))
            }
        }
    }
}

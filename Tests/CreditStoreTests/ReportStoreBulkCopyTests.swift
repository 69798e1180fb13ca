import CreditCore
import Foundation
import Testing

@testable import CreditStore

/// A rescan records reused pages for many pages at once (``PendingCopies``), each as a row that
/// names the document holding its images, credits, licences and findings: every page must
/// still read back as recorded, whatever mix of copied and scanned pages the run holds.
@Suite("Copying reused pages in bulk")
struct ReportStoreBulkCopyTests {
    private static let options = "options-1"
    /// The document that holds a page's rows.
    private static let holder = "coalesce(document.content_document, document.id)"

    /// A step of a rescan: a page copied from run 1, or a page scanned afresh.
    private enum Step {
        case copy(DocumentReport)
        case scan(DocumentReport)
    }

    /// Run 1 holds the rich pages, every kind of row somewhere, recorded page by page.
    private static func storeWithFirstRun() throws -> ReportStore {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        try store.recordRun(report) { recorder in
            for document in report.documents {
                try recorder.append(RecordedPage(document: document, optionsFingerprint: options))
            }
            try recorder.finish(report)
        }
        return store
    }

    /// Records `steps` as a new run, without `finish` or `totals`, so that only the end of the
    /// run's transaction copies the last pending rows; returns the run and its expected pages.
    private static func record(_ steps: [Step], in store: ReportStore) throws -> (run: Int, pages: [DocumentReport]) {
        let report = Fixtures.rich()
        let run = try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: options)
            for step in steps {
                switch step {
                case .copy(let page):
                    let candidate = try #require(index.candidate(path: page.path, sha256: page.sha256))
                    try recorder.copy(candidate, optionsFingerprint: options)
                case .scan(let page):
                    try recorder.append(RecordedPage(document: page, optionsFingerprint: options))
                }
            }
            return recorder.run
        }
        let pages = steps.map { step in
            switch step {
            case .copy(var page):
                page.reusedFrom = 1
                return page
            case .scan(let page): return page
            }
        }
        return (run, pages)
    }

    /// A scanned variant of `page`: other bytes, images in reverse order, one finding more.
    private static func edited(_ page: DocumentReport) -> DocumentReport {
        var page = page
        page.sha256 = String(repeating: "e", count: 64)
        page.images.reverse()
        page.findings.append(Finding(rule: "page-new", severity: .note, message: "scanned afresh", line: 2))
        return page
    }

    private static func pages(_ store: ReportStore, run: Int) throws -> [DocumentReport] {
        var pages: [DocumentReport] = []
        try store.forEachDocument(run: run) { pages.append($0) }
        return pages
    }

    /// Rows of `table` in the run whose ids do not follow page order then `order`: a
    /// page-by-page copy inserted them page after page.
    private static func outOfOrder(_ store: ReportStore, _ table: String, order: String, run: Int) throws -> Int? {
        try store.fetchIntForTesting(
            """
            SELECT count(*) FROM \(table) AS a JOIN document AS da ON da.id = a.document_id
            JOIN \(table) AS b ON b.id > a.id JOIN document AS db ON db.id = b.document_id
            WHERE da.run_id = \(run) AND db.run_id = \(run)
                AND (da.ordinal > db.ordinal OR (da.ordinal = db.ordinal AND a.\(order) > b.\(order)))
            """)
    }

    @Test("copied and scanned pages alternate: each copy reads back its images, credits, licences and findings")
    func alternating() throws {
        let store = try Self.storeWithFirstRun()
        let zebra = Fixtures.zebraPage
        let empty = Fixtures.emptyPage
        let accent = Fixtures.accentPage
        let steps: [Step] = [
            .copy(zebra), .scan(Self.edited(accent)), .copy(zebra), .copy(empty), .copy(accent),
            .scan(Self.edited(zebra)), .copy(accent), .copy(zebra), .scan(empty), .copy(zebra),
        ]
        let (run, expected) = try Self.record(steps, in: store)
        #expect(try Self.pages(store, run: run) == expected)
        #expect(try store.report(run: run).documents == expected)

        // Every finding of an image points at an image of its own page, in its own run.
        #expect(
            try store.fetchIntForTesting(
                """
                SELECT count(*) FROM finding JOIN image ON image.id = finding.image_id
                WHERE finding.document_id <> image.document_id
                """) == 0)
        #expect(
            try store.fetchIntForTesting(
                """
                SELECT count(*) FROM document JOIN finding ON finding.document_id = \(Self.holder)
                WHERE document.run_id = \(run)
                """) == expected.reduce(0) { $0 + $1.findings.count + $1.images.reduce(0) { $0 + $1.findings.count } })
        #expect(
            try store.fetchIntForTesting(
                """
                SELECT count(*) FROM finding JOIN document ON document.id = finding.document_id
                WHERE finding.run_id <> document.run_id
                """) == 0)
        // Ids in page order, as when each page was copied on its own.
        #expect(try Self.outOfOrder(store, "image", order: "ordinal", run: run) == 0)
        #expect(try Self.outOfOrder(store, "finding", order: "id", run: run) == 0)
        let totals = try store.totals(run: run, failOn: .warning)
        #expect(totals.documents == expected.count && totals.reused == 7)
        #expect(totals.images == expected.reduce(0) { $0 + $1.images.count })
        // Skipped images are counted from the count recorded with each page, copied or scanned.
        #expect(expected.contains { !$0.skipped.isEmpty })
        #expect(totals.skipped == expected.reduce(0) { $0 + $1.skipped.count })
    }

    @Test("more copied pages than wait at once: every flush copies its own pages, reads see them all")
    func manyPages() throws {
        let store = try Self.storeWithFirstRun()
        let report = Fixtures.rich()
        let zebra = Fixtures.zebraPage
        let copies = 2 * PendingCopies.limit + 3
        let run = try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: Self.options)
            let candidate = try #require(index.candidate(path: zebra.path, sha256: zebra.sha256))
            for _ in 0..<copies { try recorder.copy(candidate, optionsFingerprint: Self.options) }
            // Totals read inside the run, before it ends: the pending rows are copied first.
            let totals = try recorder.totals(failOn: .warning)
            #expect(totals.images == copies * zebra.images.count)
            #expect(totals.findings.values.reduce(0, +) == copies * 5)
            try recorder.finish(report)
            return recorder.run
        }
        var expected = zebra
        expected.reusedFrom = 1
        #expect(try Self.pages(store, run: run) == Array(repeating: expected, count: copies))
        // Each table holds the page's rows once, however many copies name them.
        for (table, perPage) in [("image", 3), ("credit", 2), ("license", 2), ("page_license", 1), ("finding", 5)] {
            let owner =
                table == "credit" || table == "license"
                ? "(SELECT document_id FROM image WHERE image.id = \(table).image_id)" : "\(table).document_id"
            #expect(
                try store.fetchIntForTesting(
                    """
                    SELECT count(*) FROM \(table) JOIN document ON \(Self.holder) = \(owner) WHERE document.run_id = \(run)
                    """) == copies * perPage, "\(table)")
            #expect(
                try store.fetchIntForTesting(
                    """
                    SELECT count(*) FROM \(table) JOIN document ON document.id = \(owner) WHERE document.run_id = \(run)
                    """) == 0, "\(table)")
        }
        #expect(try Self.outOfOrder(store, "image", order: "ordinal", run: run) == 0)
    }

    @Test("each copy keeps the options fingerprint it was copied with, when they differ within a run")
    func fingerprints() throws {
        let store = try Self.storeWithFirstRun()
        let report = Fixtures.rich()
        let given = ["options-1", "options-1", "options-2", "options-1"]
        let run = try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: Self.options)
            let page = Fixtures.zebraPage
            let candidate = try #require(index.candidate(path: page.path, sha256: page.sha256))
            for fingerprint in given { try recorder.copy(candidate, optionsFingerprint: fingerprint) }
            return recorder.run
        }
        #expect(
            try store.fetchStringForTesting(
                "SELECT group_concat(options_fingerprint, ' ') FROM (SELECT * FROM document WHERE run_id = ? ORDER BY ordinal)",
                run: run) == given.joined(separator: " "))
        #expect(
            try store.fetchIntForTesting(
                "SELECT count(*) FROM image JOIN document ON \(Self.holder) = image.document_id WHERE run_id = \(run)")
                == given.count * Fixtures.zebraPage.images.count)
    }
}

extension ReportStoreBulkCopyTests {
    @Test("the reuse lookup reads one range of reuse entries, not every document row the file keeps")
    func reuseLookupPlan() throws {
        let store = try Self.storeWithFirstRun()
        let plan = try store.queryPlanForTesting(
            ReportStore.reuseQueryForTesting, arguments: [Fixtures.rich().toolVersion, Self.options])
        #expect(
            plan.contains { $0.hasPrefix("SEARCH entry USING PRIMARY KEY (tool_version=? AND options_fingerprint=?)") },
            "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }

    @Test("every run leaves one reuse entry per page and configuration, naming its newest page")
    func reuseEntriesStayOnePerPage() throws {
        let store = try Self.storeWithFirstRun()
        let pages = Fixtures.rich().documents
        var runs: [Int] = []
        for _ in 0..<3 {
            runs.append(try Self.record(pages.map { Step.copy($0) }, in: store).run)
        }
        #expect(try store.fetchIntForTesting("SELECT count(*) FROM reuse_entry") == pages.count)
        // Each names the page of the newest run.
        #expect(
            try store.fetchIntForTesting(
                """
                SELECT count(*) FROM reuse_entry JOIN document ON document.id = reuse_entry.document_id
                WHERE document.run_id = \(runs.last ?? 0)
                """) == pages.count)
        // A page scanned under other options gets an entry of its own beside the first.
        let report = Fixtures.rich()
        try store.recordRun(report) { recorder in
            try recorder.append(RecordedPage(document: pages[0], optionsFingerprint: "options-2"))
        }
        #expect(try store.fetchIntForTesting("SELECT count(*) FROM reuse_entry") == pages.count + 1)
        // Deleting the run an entry names removes the entry: that page is scanned again.
        try store.executeForTesting("DELETE FROM run WHERE id = \(runs.last ?? 0)")
        #expect(try store.fetchIntForTesting("SELECT count(*) FROM reuse_entry") == 1)
    }
}

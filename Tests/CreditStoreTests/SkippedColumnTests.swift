import CreditCore
import Foundation
import Testing

@testable import CreditStore

/// A page's skipped images live in one column, `document.skipped` (`v6-skipped-column`): they
/// are written, copied, counted and read back whole, and older databases keep every one.
@Suite("Skipped images in document.skipped")
struct SkippedColumnTests {
    /// Strings a JSON writer must escape, and ones it must leave alone.
    static let lists: [[SkippedImage]] = [
        [],
        [SkippedImage(src: "logo.png", line: 3, reason: "logo")],
        [
            SkippedImage(src: "https://stats.example.org/p.gif?a=1&b=2", line: 40, reason: "tracking-pixel"),
            SkippedImage(src: "/img/icon \"x\" \\ y.svg", line: 1, reason: "icon"),
            SkippedImage(src: "tab\there\nnew\rline\u{8}\u{C}", line: 0, reason: "control\u{1}\u{1F}\u{7F}"),
            SkippedImage(src: "ünïcödé 页面 🖼️ \u{2028}\u{2029}", line: 123_456, reason: "avatar"),
            SkippedImage(src: "", line: 2, reason: ""),
        ],
        // Evidence is a fourth element, an object, only where there is some.
        [
            SkippedImage(
                src: "/media/teaser.jpg", line: 7, reason: "related-posts",
                evidence: ImageEvidence(
                    check: "link",
                    signals: [
                        EvidenceSignal(name: "headline-beside", weight: 2, detail: "a \"headline\"/x"),
                        EvidenceSignal(name: "declared-lead", weight: -2, detail: "ünï\n"),
                    ],
                    summary: "links to another page; \"quoted\"\n", threshold: 2)),
            SkippedImage(src: "logo.png", line: 3, reason: "logo"),
            SkippedImage(
                src: "/media/cta.png", line: 9, reason: "duplicate",
                evidence: ImageEvidence(check: "duplicate", duplicateOf: "https://example.org/a.jpg", summary: "")),
            SkippedImage(src: "/media/x.png", line: 9, reason: "icon", evidence: ImageEvidence()),
        ],
    ]

    @Test("evidence recorded as a string, before it was an object, reads as its summary")
    func legacyEvidence() throws {
        let text = #"[["/media/teaser.jpg",7,"related-posts","links to another page"],["logo.png",3,"logo"]]"#
        #expect(
            try SkippedColumn.images(text) == [
                SkippedImage(
                    src: "/media/teaser.jpg", line: 7, reason: "related-posts",
                    evidence: ImageEvidence(summary: "links to another page")),
                SkippedImage(src: "logo.png", line: 3, reason: "logo"),
            ])
        #expect(throws: RecordMappingError.self) { try SkippedColumn.images(#"[["a",1,"icon",3]]"#) }
    }

    private static func document(_ skipped: [SkippedImage]) -> DocumentReport {
        DocumentReport(
            path: "index.html", size: 1, sha256: String(repeating: "c", count: 64), encoding: "utf-8",
            skipped: skipped)
    }

    private static func report(_ skipped: [SkippedImage]) -> ScanReport {
        ScanReport(
            toolVersion: "0.1.0", root: "site", startedAt: "2026-11-27T07:00:00Z",
            documents: [document(skipped), document([])])
    }

    /// SQLite's own JSON text for the array stored on document `ordinal` of `run`, rebuilt from
    /// the values it parses out of it.
    private static let rebuiltBySQLite = """
        SELECT (SELECT json_group_array(CASE json_array_length(value)
            WHEN 4 THEN json_array(json_extract(value, '$[0]'), json_extract(value, '$[1]'),
                json_extract(value, '$[2]'), json_extract(value, '$[3]'))
            ELSE json_array(json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')) END)
            FROM (SELECT value FROM json_each(skipped) ORDER BY key))
        FROM document WHERE run_id = ? AND ordinal = 0
        """

    @Test("written page by page or whole, the list is SQLite's JSON text and reads back", arguments: lists)
    func written(skipped: [SkippedImage]) throws {
        let store = try ReportStore.inMemory()
        let report = Self.report(skipped)
        let whole = try store.record(report)
        let byPage = try store.recordRun(report) { recorder in
            for document in report.documents {
                try recorder.append(RecordedPage(document: document, optionsFingerprint: "options-1"))
            }
            return recorder.run
        }
        for run in [whole, byPage] {
            let stored = try store.fetchStringForTesting(
                "SELECT skipped FROM document WHERE run_id = ? AND ordinal = 0", run: run)
            #expect(stored == SkippedColumn.text(skipped))
            #expect(try SkippedColumn.images(try #require(stored)) == skipped)
            if !skipped.isEmpty {
                #expect(try store.fetchStringForTesting(Self.rebuiltBySQLite, run: run) == stored)
            }
            #expect(try store.report(run: run).documents.map(\.skipped) == [skipped, []])
            var pages: [DocumentReport] = []
            try store.forEachDocument(run: run) { pages.append($0) }
            #expect(pages.map(\.skipped) == [skipped, []])
            #expect(try store.totals(run: run, failOn: .error).skipped == skipped.count)
        }
    }

    @Test("a copied page reads its skipped images from the page it names, and counts them", arguments: lists)
    func copied(skipped: [SkippedImage]) throws {
        let store = try ReportStore.inMemory()
        let report = Self.report(skipped)
        let first = try store.recordRun(report) { recorder in
            try recorder.append(RecordedPage(document: report.documents[0], optionsFingerprint: "options-1"))
            return recorder.run
        }
        let copy = try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: "0.1.0", optionsFingerprint: "options-1")
            let page = report.documents[0]
            try recorder.copy(
                try #require(index.candidate(path: page.path, sha256: page.sha256)), optionsFingerprint: "options-1")
            return recorder.run
        }
        #expect(copy == first + 1)
        #expect(try store.report(run: copy).documents.map(\.skipped) == [skipped])
        #expect(try store.totals(run: copy, failOn: .error).skipped == skipped.count)
        // The list stays with the page that holds it: a rescan does not repeat it.
        #expect(try store.fetchStringForTesting("SELECT skipped FROM document WHERE run_id = ?", run: copy) == "[]")
        #expect(
            try store.fetchStringForTesting(
                "SELECT holder.skipped FROM document JOIN document AS holder ON holder.id = document.content_document WHERE document.run_id = ?",
                run: copy) == SkippedColumn.text(skipped))
    }

    @Test("migrating keeps every skipped image of every page, in ordinal order, and drops the table")
    func migrated() throws {
        // Run 1's page of the v5 fixture holds logo.png at ordinal 0; more are added with ids
        // in the opposite order of their ordinals, and a second page holds none.
        let added = Self.lists[2]
        var sql = try String(
            contentsOf: MigrationTests.schemas.appendingPathComponent("v5-document-json.sql"), encoding: .utf8)
        sql += """
            INSERT INTO document (id, run_id, ordinal, path, size, sha256, encoding, parse_errors)
                VALUES (2, 1, 1, 'empty.html', 0, 'x', 'utf-8', 0);
            INSERT INTO document (id, run_id, ordinal, path, size, sha256, encoding, parse_errors)
                VALUES (3, 1, 2, 'other.html', 0, 'y', 'utf-8', 0);
            INSERT INTO skipped_image (document_id, ordinal, src, line, reason) VALUES (3, 0, 'b.png', 5, 'icon');

            """
        for (ordinal, image) in added.enumerated().reversed() {
            sql +=
                "INSERT INTO skipped_image (document_id, ordinal, src, line, reason) VALUES "
                + "(1, \(ordinal + 1), \(Self.literal(image.src)), \(image.line), \(Self.literal(image.reason)));\n"
        }
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("old.sqlite").path
            try ReportStore.makeSQLiteFileForTesting(at: path, sql: sql)
            let store = try ReportStore(path: path)
            let expected = [SkippedImage(src: "logo.png", line: 3, reason: "logo")] + added
            let other = [SkippedImage(src: "b.png", line: 5, reason: "icon")]
            #expect(try store.report(run: 1).documents.map(\.skipped) == [expected, [], other])
            #expect(try store.totals(run: 1, failOn: .error).skipped == expected.count + other.count)
            // Byte for byte what this version writes for the same list.
            #expect(
                try store.fetchStringForTesting("SELECT skipped FROM document WHERE id = 1")
                    == SkippedColumn.text(expected))
            #expect(try store.fetchStringForTesting("SELECT skipped FROM document WHERE id = 2") == "[]")
            #expect(
                try store.fetchIntForTesting("SELECT count(*) FROM sqlite_master WHERE name LIKE 'skipped_image%'") == 0
            )
            #expect(
                try store.fetchIntForTesting("SELECT count(*) FROM sqlite_sequence WHERE name = 'skipped_image'") == 0)
        }
    }

    @Test("a damaged skipped column is a clear error, not a crash")
    func damaged() throws {
        let store = try ReportStore.inMemory()
        let run = try store.record(Self.report(Self.lists[1]))
        for damaged in [
            "[{\"src\": \"a.png\"}]", "[[\"a.png\", 1]]", "[[\"a.png\", 1, \"logo\", 2]]",
            "[[\"a.png\", 1, \"logo\", \"e\", \"f\"]]", "[[1, 1, \"logo\"]]", "{",
        ] {
            try store.executeForTesting("UPDATE document SET skipped = '\(damaged)' WHERE ordinal = 0")
            #expect(throws: StoreError.self, "\(damaged)") { try store.report(run: run) }
            #expect(throws: StoreError.self, "\(damaged)") { try store.forEachDocument(run: run) { _ in } }
        }
    }

    /// `text` as an SQL string literal.
    private static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

import CreditCore
import Foundation
import Testing

@testable import CreditStore

@Suite("Recording page by page, and reuse")
struct ReportStoreStreamingTests {
    /// What a run writes; skipped images are elements of `document.skipped`, counted one by one.
    private static let tables = [
        "run", "document", "image", "credit", "license", "page_license", "finding",
        "document, json_each(document.skipped)", "failed_file", "baselined_finding",
    ]

    private static func counts(_ store: ReportStore) throws -> [Int?] {
        try tables.map { try store.fetchIntForTesting("SELECT count(*) FROM \($0)") }
    }

    private static func page(_ document: DocumentReport) -> RecordedPage {
        RecordedPage(document: document, optionsFingerprint: "options-1")
    }

    @Test("a streamed run reads back page by page exactly as recorded, and as a whole report")
    func roundTrip() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        let run = try store.recordRun(report) { recorder in
            for document in report.documents { try recorder.append(Self.page(document)) }
            try recorder.finish(report)
            return recorder.run
        }
        var pages: [DocumentReport] = []
        try store.forEachDocument(run: run) { pages.append($0) }
        #expect(pages == report.documents)
        var expected = report
        expected.run = run
        #expect(try store.report(run: run) == expected)
        var header = try store.header(run: run)
        header.documents = pages
        #expect(header == expected)
    }

    @Test("pages recorded one by one store the same values as the whole report recorded at once")
    func sameRows() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        _ = try store.record(report)
        try store.recordRun(report) { recorder in
            for document in report.documents { try recorder.append(Self.page(document)) }
            try recorder.finish(report)
        }
        // Every column but the ids and the columns only page-by-page runs fill, run 1 against run 2.
        let queries = [
            "SELECT group_concat(ordinal || path || size || sha256 || encoding || parse_errors || skipped, '|') FROM document WHERE run_id = ?",
            """
            SELECT group_concat(image.ordinal || src || sources || element || line || fingerprint || coalesce(alt, '-')
                || coalesce(metadata, '-'), '|') FROM image JOIN document ON document.id = image.document_id WHERE run_id = ?
            """,
            """
            SELECT group_concat(text || coalesce(author, '-') || coalesce(license_url, '-') || own_work || modifications
                || strategy || visible || origins, '|') FROM credit JOIN image ON image.id = credit.image_id
                JOIN document ON document.id = image.document_id WHERE run_id = ?
            """,
            """
            SELECT group_concat(ordinal || rule || severity || message || line || coalesce(column_number, '-')
                || coalesce(image_src, '-') || coalesce(suggestion, '-') || (image_id IS NULL), '|') FROM finding WHERE run_id = ?
            """,
        ]
        for query in queries {
            let first = try store.fetchStringForTesting(query, run: 1)
            #expect(first != nil)
            #expect(try store.fetchStringForTesting(query, run: 2) == first)
        }
    }

    @Test("a failure after some pages were appended leaves no trace of the run")
    func failureMidRun() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            let store = try ReportStore(path: path)
            _ = try store.record(Fixtures.small(root: "before"))
            let before = try Self.counts(store)
            struct Interrupted: Error {}
            let report = Fixtures.rich()
            #expect(throws: Interrupted.self) {
                try store.recordRun(report) { recorder in
                    try recorder.append(Self.page(report.documents[0]))
                    try recorder.append(Self.page(report.documents[1]))
                    throw Interrupted()
                }
            }
            #expect(try Self.counts(store) == before)
            // A database error in the middle (a trigger rejecting the second page) also rolls back.
            try store.executeForTesting(
                """
                CREATE TRIGGER reject_second BEFORE INSERT ON document WHEN NEW.ordinal = 1
                BEGIN SELECT RAISE(ABORT, 'test trigger rejects the second page'); END
                """)
            let error = try #require(throws: StoreError.self) {
                try store.recordRun(report) { recorder in
                    for document in report.documents { try recorder.append(Self.page(document)) }
                }
            }
            #expect(error == .writeFailed(path: path, reason: "test trigger rejects the second page"))
            #expect(try Self.counts(store) == before)
            #expect(try store.latestRunID() == 1)
        }
    }

    @Test("reuse candidates match path, bytes, tool version and options, newest first")
    func reuseIndex() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        for _ in 0..<2 {
            try store.recordRun(report) { recorder in
                for document in report.documents { try recorder.append(Self.page(document)) }
            }
        }
        try store.recordRun(report) { recorder in
            let index = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: "options-1")
            #expect(index.count == Set(report.documents.map { $0.path + $0.sha256 }).count)
            let first = report.documents[0]
            let candidate = try #require(index.candidate(path: first.path, sha256: first.sha256))
            #expect(candidate.run == 2)
            #expect(index.candidate(path: first.path, sha256: String(repeating: "0", count: 64)) == nil)
            #expect(index.candidate(path: "elsewhere/" + first.path, sha256: first.sha256) == nil)
            let otherVersion = try recorder.reuseIndex(toolVersion: "0.0.1-older", optionsFingerprint: "options-1")
            #expect(otherVersion.count == 0)
            let otherOptions = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: "options-2")
            #expect(otherOptions.count == 0)
            var recorded = try recorder.recordedPage(candidate)
            #expect(recorded.document.reusedFrom == 2)
            recorded.document.reusedFrom = nil
            #expect(recorded.document == first)
        }
    }

    @Test("findings the baseline held back are kept apart and put back in place for reuse")
    func baselinedFindings() throws {
        let store = try ReportStore.inMemory()
        let report = Fixtures.rich()
        let index = try #require(report.documents.firstIndex { $0.images.contains { $0.findings.count >= 2 } })
        let original = report.documents[index]
        let image = try #require(original.images.firstIndex { $0.findings.count >= 2 })
        var shown = original
        let held = shown.images[image].findings.remove(at: 1)
        let page = RecordedPage(
            document: shown, baselined: [BaselinedFinding(imageOrdinal: image, position: 1, finding: held)],
            suppressed: SuppressedFindings(ignored: 2, waived: 1), optionsFingerprint: "options-1")
        let run = try store.recordRun(report) { recorder in
            try recorder.append(page)
            return recorder.run
        }
        var reported: [DocumentReport] = []
        try store.forEachDocument(run: run) { reported.append($0) }
        #expect(reported == [shown])
        try store.recordRun(report) { recorder in
            let candidates = try recorder.reuseIndex(toolVersion: report.toolVersion, optionsFingerprint: "options-1")
            let candidate = try #require(candidates.candidate(path: original.path, sha256: original.sha256))
            let recorded = try recorder.recordedPage(candidate)
            #expect(recorded.suppressed == SuppressedFindings(ignored: 2, waived: 1))
            var restored = recorded.unbaselinedDocument
            restored.reusedFrom = nil
            #expect(restored == original)
        }
    }
}

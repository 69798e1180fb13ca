import CreditCore
import Foundation
import Testing

@testable import CreditStore

@Suite("Transactions and concurrent writers")
struct ReportStoreTransactionTests {
    /// A trigger, installed only in this test's database, that rejects one image by its src:
    /// recording then fails after the run, its page and an earlier image were inserted.
    private static let poisonTrigger = """
        CREATE TRIGGER reject_poison BEFORE INSERT ON image WHEN NEW.src = 'poison.png'
        BEGIN SELECT RAISE(ABORT, 'test trigger rejects poison.png'); END
        """

    private static func poisoned() -> ScanReport {
        var report = Fixtures.rich()
        report.documents[2].images.append(ScannedImage(src: "poison.png", line: 5, fingerprint: "p"))
        return report
    }

    @Test("a run that fails halfway leaves nothing behind")
    func atomicity() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            let store = try ReportStore(path: path)
            _ = try store.record(Fixtures.small(root: "before"))
            let runsBefore = try store.runs(limit: 10)
            // Skipped images are elements of `document.skipped`, counted one by one.
            let tables = [
                "run", "document", "image", "credit", "license", "finding",
                "document, json_each(document.skipped)", "failed_file",
            ]
            let countsBefore = try tables.map { try store.fetchIntForTesting("SELECT count(*) FROM \($0)") }
            try store.executeForTesting(Self.poisonTrigger)

            let error = try #require(throws: StoreError.self) { try store.record(Self.poisoned()) }
            #expect(error == .writeFailed(path: path, reason: "test trigger rejects poison.png"))

            #expect(try store.runs(limit: 10) == runsBefore)
            #expect(try store.latestRunID() == 1)
            let countsAfter = try tables.map { try store.fetchIntForTesting("SELECT count(*) FROM \($0)") }
            #expect(countsAfter == countsBefore)

            // The failed run did not even consume an id.
            try store.executeForTesting("DROP TRIGGER reject_poison")
            #expect(try store.record(Self.poisoned()) == 2)
        }
    }

    @Test("deleting a run cascades to every row that belongs to it")
    func cascade() throws {
        let store = try ReportStore.inMemory()
        let kept = try store.record(Fixtures.rich())
        let deleted = try store.record(Fixtures.rich())
        try store.executeForTesting("DELETE FROM run WHERE id = \(deleted)")

        for table in [
            "document", "image", "credit", "license", "finding", "document, json_each(document.skipped)",
            "failed_file",
        ] {
            let total = try store.fetchIntForTesting("SELECT count(*) FROM \(table)")
            let single = try ReportStore.inMemory()
            _ = try single.record(Fixtures.rich())
            #expect(total == (try single.fetchIntForTesting("SELECT count(*) FROM \(table)")), "\(table)")
        }
        var expected = Fixtures.rich()
        expected.run = kept
        #expect(try store.report(run: kept) == expected)
    }

    @Test("two stores on the same file record concurrently without losing a run")
    func concurrentWriters() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("shared.sqlite").path
            // Two stores are two connections, as two creditlint processes would have. Each
            // writer runs on its own thread so that their transactions really overlap and the
            // busy timeout, not luck, keeps them from failing with "database is locked".
            let stores = [try ReportStore(path: path), try ReportStore(path: path)]
            let perWriter = 40
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: stores.count) { writer in
                for index in 0..<perWriter {
                    var report = Fixtures.rich()
                    report.root = "writer-\(writer)-\(index)"
                    results.append(Result { try stores[writer].record(report) })
                }
            }

            let ids = try results.all.map { try $0.get() }
            #expect(Set(ids).count == 2 * perWriter)
            #expect(try stores[0].latestRunID() == 2 * perWriter)
            let runs = try stores[1].runs(limit: 100)
            #expect(runs.count == 2 * perWriter)
            #expect(runs.map(\.id) == runs.map(\.id).sorted(by: >))
        }
    }

    @Test("two scans opening the same new file at once both get a working store")
    func concurrentCreation() throws {
        try withTemporaryFolder { folder in
            for attempt in 0..<15 {
                let path = folder.appendingPathComponent("new-\(attempt).sqlite").path
                let results = Results()
                DispatchQueue.concurrentPerform(iterations: 2) { writer in
                    results.append(
                        Result {
                            try ReportStore(path: path).record(Fixtures.small(root: "\(writer)"))
                        })
                }
                let ids = try results.all.map { try $0.get() }
                #expect(Set(ids) == [1, 2])
            }
        }
    }
}

/// Outcomes collected from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Int, any Error>] = []

    func append(_ result: Result<Int, any Error>) { lock.withLock { results.append(result) } }
    var all: [Result<Int, any Error>] { lock.withLock { results } }
}

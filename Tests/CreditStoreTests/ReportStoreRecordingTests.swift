import CreditCore
import Foundation
import Testing

@testable import CreditStore

@Suite("Recording and reading runs")
struct ReportStoreRecordingTests {
    @Test("a new database in missing folders is created, identified and migrated")
    func migrationFromEmpty() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("nested/deeper/history.sqlite").path
            let store = try ReportStore(path: path)

            #expect(FileManager.default.fileExists(atPath: path))
            #expect(ReportStore.schemaVersion == "v14-file-stamp")
            #expect(try store.latestRunID() == nil)
            #expect(try store.runs(limit: 10).isEmpty)
            let applicationID = try store.fetchIntForTesting("PRAGMA application_id")
            #expect(applicationID == Int(ReportStore.applicationID))
            #expect(try store.fetchIntForTesting("PRAGMA foreign_keys") == 1)
            let applied = try store.fetchIntForTesting(
                "SELECT count(*) FROM grdb_migrations WHERE identifier = '\(ReportStore.schemaVersion)'")
            #expect(applied == 1)
            let journal = try store.fetchIntForTesting(
                "SELECT journal_mode = 'wal' FROM pragma_journal_mode")
            #expect(journal == 1)
        }
    }

    @Test("a rich report round-trips exactly, with run set")
    func roundTrip() throws {
        try withTemporaryFolder { folder in
            let store = try ReportStore(path: folder.appendingPathComponent("db.sqlite").path)
            let report = Fixtures.rich()
            let id = try store.record(report)

            var expected = report
            expected.run = id
            let rebuilt = try store.report(run: id)
            #expect(rebuilt == expected)
            // Spot checks that make a failure readable, beyond the overall equality.
            #expect(rebuilt.documents.map(\.path) == report.documents.map(\.path))
            #expect(rebuilt.documents[0].images.map(\.src) == report.documents[0].images.map(\.src))
            #expect(rebuilt.documents[0].images[0].credit == Fixtures.fullCredit)
            #expect(rebuilt.documents[0].findings.map(\.rule) == ["page-z", "page-a"])
            #expect(rebuilt.failures.map(\.path) == ["z/broken.html", "a/binary.html"])
        }
    }

    @Test("the report's own run number is ignored when recording")
    func recordIgnoresRunField() throws {
        let store = try ReportStore.inMemory()
        var report = Fixtures.small(root: "site")
        report.run = 99
        let id = try store.record(report)
        #expect(id == 1)
        #expect(try store.report(run: id).run == 1)
    }

    @Test(
        "lists of strings are stored as JSONEncoder writes them",
        arguments: [
            [String](), [""], ["a/b.jpg 2x", "q\"\\\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F}", "é 😀 \u{2028}"],
        ])
    func stringListsMatchJSONEncoder(_ strings: [String]) throws {
        let store = try ReportStore.inMemory()
        var report = Fixtures.small(root: "site")
        report.documents[0].images[0].sources = strings
        report.documents[0].images[0].credit = ImageCredit(
            text: "Photo: X", modifications: strings, strategy: .figcaption)
        // Page by page, as a scan records.
        _ = try store.recordRun(report) { recorder in
            for document in report.documents {
                try recorder.append(RecordedPage(document: document, optionsFingerprint: "options"))
            }
            try recorder.finish(report)
            return recorder.run
        }
        let expected = String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
        #expect(try store.fetchStringForTesting("SELECT sources FROM image") == expected)
        #expect(try store.fetchStringForTesting("SELECT modifications FROM credit") == expected)
    }

    @Test("a page's reusedFrom survives the whole-report reader, as the streaming one keeps it")
    func reusedFromRoundTrips() throws {
        let store = try ReportStore.inMemory()
        var report = Fixtures.rich()
        report.documents[1].reusedFrom = 7
        let id = try store.record(report)
        let read = try store.report(run: id)
        #expect(read.documents.map(\.reusedFrom) == [nil, 7, nil])
        var streamed: [Int?] = []
        try store.forEachDocument(run: id) { streamed.append($0.reusedFrom) }
        #expect(streamed == [nil, 7, nil])
    }

    @Test("an in-memory store records and rebuilds like a file")
    func inMemoryRoundTrip() throws {
        let store = try ReportStore.inMemory()
        let id = try store.record(Fixtures.rich())
        var expected = Fixtures.rich()
        expected.run = id
        #expect(try store.report(run: id) == expected)
    }

    @Test("ids increase, latestRunID follows and runs(limit:) lists newest first with counts")
    func severalRuns() throws {
        let store = try ReportStore.inMemory()
        #expect(try store.latestRunID() == nil)
        let first = try store.record(Fixtures.small(root: "one"))
        let second = try store.record(Fixtures.rich())
        let third = try store.record(ScanReport(toolVersion: "0.1.0", root: "three", startedAt: "t"))
        #expect([first, second, third] == [Int]([1, 2, 3]))
        #expect(try store.latestRunID() == third)

        let runs = try store.runs(limit: 10)
        #expect(runs.map(\.id) == [3, 2, 1])
        #expect(runs.map(\.root) == ["three", "sites/café ☕/", "one"])
        #expect(try store.runs(limit: 2).map(\.id) == [3, 2])
        #expect(try store.runs(limit: 0).isEmpty)
        #expect(try store.runs(limit: -1).isEmpty)

        let rich = runs[1]
        let summary = Fixtures.rich().summary
        #expect(rich.startedAt == "2026-11-27T06:59:58Z")
        #expect(rich.documents == summary.documents)
        #expect(rich.images == summary.images)
        #expect(rich.findingsBySeverity == summary.findingsBySeverity)
        #expect(rich.findings(.error) == 4)  // two error findings and two failed files
        #expect(runs[0].findingsBySeverity == ["note": 0, "warning": 0, "error": 0])
        #expect(runs[2].findingsBySeverity == ["note": 0, "warning": 0, "error": 1])
    }

    @Test("an unknown run throws unknownRun naming the path")
    func unknownRun() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            let store = try ReportStore(path: path)
            _ = try store.record(Fixtures.small(root: "one"))
            #expect(throws: StoreError.unknownRun(run: 2, path: path)) {
                try store.report(run: 2)
            }
            #expect(throws: StoreError.unknownRun(run: -1, path: path)) {
                try store.report(run: -1)
            }
            let message = StoreError.unknownRun(run: 2, path: path).description
            #expect(message.contains(path))
            #expect(message.first?.isLowercase == true)
        }
    }

    @Test("reopening a creditlint database keeps its runs and goes on numbering")
    func reopen() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            do {
                let store = try ReportStore(path: path)
                _ = try store.record(Fixtures.small(root: "one"))
                _ = try store.record(Fixtures.rich())
            }
            // The last connection is closed: WAL was checkpointed into the main file.
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))

            let reopened = try ReportStore(path: path)
            #expect(try reopened.latestRunID() == 2)
            var expected = Fixtures.rich()
            expected.run = 2
            #expect(try reopened.report(run: 2) == expected)
            #expect(try reopened.record(Fixtures.small(root: "three")) == 3)
            #expect(try reopened.runs(limit: 5).map(\.id) == [3, 2, 1])
        }
    }

    @Test("a zero-byte file and an empty SQLite file are adopted as new databases")
    func adoptsEmptyFiles() throws {
        try withTemporaryFolder { folder in
            let empty = folder.appendingPathComponent("empty.sqlite").path
            #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
            #expect(try ReportStore(path: empty).record(Fixtures.small(root: "x")) == 1)

            let bare = folder.appendingPathComponent("bare.sqlite").path
            try ReportStore.makeSQLiteFileForTesting(at: bare, sql: "PRAGMA user_version = 3")
            let store = try ReportStore(path: bare)
            #expect(try store.fetchIntForTesting("PRAGMA application_id") == Int(ReportStore.applicationID))
            #expect(try store.record(Fixtures.small(root: "x")) == 1)
        }
    }

    @Test("a creditlint file whose creation was interrupted before the first migration is resumed")
    func resumesInterruptedCreation() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            // Stamped, schema touched (as GRDB's WAL setup does), but never migrated.
            try ReportStore.makeSQLiteFileForTesting(
                at: path,
                sql: """
                    PRAGMA application_id = \(ReportStore.applicationID);
                    CREATE TABLE scratch (id INTEGER); DROP TABLE scratch;
                    """)
            let store = try ReportStore(path: path)
            #expect(try store.record(Fixtures.small(root: "x")) == 1)
        }
    }

    @Test("a stored value this version cannot map back makes report(run:) throw unreadable")
    func unmappableValue() throws {
        let store = try ReportStore.inMemory()
        let id = try store.record(Fixtures.rich())
        try store.executeForTesting("UPDATE finding SET severity = 'fatal' WHERE rule = 'page-a'")
        #expect(
            throws: StoreError.unreadable(
                path: ":memory:", reason: "unknown severity 'fatal' in finding.severity")
        ) {
            try store.report(run: id)
        }
        // The summary still counts it, under its stored name.
        #expect(try store.runs(limit: 1).first?.findingsBySeverity["fatal"] == 1)
    }
}

@Suite("A recorded run reaches the database file")
struct ReportStoreCheckpointTests {
    @Test("once a streamed run is recorded, the .sqlite file alone holds it, while the store is still open")
    func fileHoldsRun() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            let store = try ReportStore(path: path)
            let report = Fixtures.rich()
            let run = try store.recordRun(report) { recorder in
                for document in report.documents {
                    try recorder.append(RecordedPage(document: document, optionsFingerprint: "options"))
                }
                try recorder.finish(report)
                return recorder.run
            }
            // The run is far below SQLite's automatic checkpoint size: only the checkpoint that
            // recording starts moves it out of the WAL into the file.
            store.waitForCheckpointForTesting()
            // What a CI cache that keeps only the .sqlite file would restore.
            let copy = folder.appendingPathComponent("copy.sqlite").path
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            let restored = try ReportStore(path: copy)
            var expected = report
            expected.run = run
            #expect(try restored.report(run: run) == expected)
            // The store that recorded it goes on working after the checkpoint.
            #expect(try store.report(run: run) == expected)
        }
    }
}

extension ReportStoreCheckpointTests {
    @Test("opening a database writes nothing: the log stays empty until a run is recorded")
    func openingWritesNothing() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            do { _ = try ReportStore(path: path).record(Fixtures.small(root: "one")) }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let store = try ReportStore(path: path)
            #expect(try store.fetchStringForTesting("PRAGMA journal_mode") == "wal")
            #expect(try store.fetchIntForTesting("PRAGMA synchronous") == 1)
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            #expect(log == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(try store.latestRunID() == 1)
        }
    }
}

extension ReportStoreCheckpointTests {
    @Test("a new database gets the store's page size; an existing one keeps its own")
    func pageSize() throws {
        try withTemporaryFolder { folder in
            let fresh = folder.appendingPathComponent("new.sqlite").path
            let store = try ReportStore(path: fresh)
            #expect(try store.fetchIntForTesting("PRAGMA page_size") == ReportStore.pageSize)
            _ = try store.record(Fixtures.rich())
            #expect(try store.fetchIntForTesting("PRAGMA page_size") == ReportStore.pageSize)

            let old = folder.appendingPathComponent("old.sqlite").path
            try ReportStore.makeSQLiteFileForTesting(
                at: old,
                sql: try String(
                    contentsOf: MigrationTests.schemas.appendingPathComponent("v6-skipped-column.sql"), encoding: .utf8)
            )
            let reopened = try ReportStore(path: old)
            #expect(try reopened.fetchIntForTesting("PRAGMA page_size") == 4096)
            _ = try reopened.record(Fixtures.rich())
            #expect(try reopened.report(run: 2).root == Fixtures.rich().root)
        }
    }
}

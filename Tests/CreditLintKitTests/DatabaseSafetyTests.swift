import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditStore

/// The run database under the real binary: killed scans, concurrent scans, foreign files.
@Suite("The run database under kills, concurrency and foreign files", .serialized)
struct DatabaseSafetyTests {
    /// A site big enough that recording a run takes a while: many pages, images and findings.
    private func bigSite(pages: Int) throws -> TemporaryFolder {
        let site = try TemporaryFolder()
        let figures = (1...6).map { "<figure><img src=\"p\($0).jpg\"><figcaption>Scene \($0).</figcaption></figure>" }
        for page in 0..<pages {
            try site.write("site/page-\(page).html", "<article><p>Text.</p>\(figures.joined())</article>")
        }
        return site
    }

    /// Every run in the database, rendered as JSON: what must survive untouched.
    private func recordedRuns(_ store: ReportStore) throws -> [String] {
        let latest = try store.latestRunID() ?? 0
        return try (0..<latest).map { try store.report(run: $0 + 1).render(.json) }
    }

    @Test("SIGKILL at many points of a scan leaves a valid database, earlier runs intact, no half run")
    func killedScans() throws {
        let pages = 150
        let site = try bigSite(pages: pages)
        let db = site.file("runs.sqlite")
        let arguments = ["scan", site.file("site"), "--db", db]
        // One complete run to protect, and how long a whole scan takes.
        let started = Date()
        let first = try BoundedProcess.run(arguments, timeout: 300)
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 1)

        // Points spread over the whole scan, then points found by watching the WAL file grow,
        // which means the run's transaction is being written at that moment.
        let fractions = [0.05, 0.3, 0.6, 0.8, 0.9, 0.95, 0.98]
        var killedWhileWriting = 0
        var completedBeforeKill = 0
        for point in 0..<(fractions.count + 3) {
            let protected = try recordedRuns(try ReportStore(path: db))
            let process = try BoundedProcess.start(arguments)
            if point < fractions.count {
                Thread.sleep(forTimeInterval: duration * fractions[point])
            } else if waitForWrite(walPath: db + "-wal", process: process.process) {
                killedWhileWriting += 1
            }
            kill(process.process.processIdentifier, SIGKILL)
            _ = try process.finish()

            let store = try ReportStore(path: db)
            #expect(try store.fetchStringForTesting("PRAGMA integrity_check") == "ok")
            let runs = try recordedRuns(store)
            #expect(Array(runs.prefix(protected.count)) == protected, "an earlier run changed (kill point \(point))")
            #expect(runs.count == protected.count || runs.count == protected.count + 1)
            if runs.count > protected.count { completedBeforeKill += 1 }
            // A run is there whole or not at all.
            for id in 1...(try store.latestRunID() ?? 0) {
                #expect(try store.report(run: id).documents.count == pages, "run \(id) is partial")
            }
            #expect(
                try store.fetchIntForTesting(
                    "SELECT count(*) FROM document WHERE run_id NOT IN (SELECT id FROM run)") == 0)
        }
        print(
            "kill test: \(fractions.count + 3) kills, \(killedWhileWriting) while the WAL was growing, "
                + "\(completedBeforeKill) after the run was committed")
    }

    /// Waits until the WAL file grows past its current size, i.e. the scan writes its run;
    /// false when the process ended first.
    private func waitForWrite(walPath: String, process: Process) -> Bool {
        let size = {
            ((try? FileManager.default.attributesOfItem(atPath: walPath))?[.size] as? NSNumber)?.intValue ?? 0
        }
        let initial = size()
        while process.isRunning {
            if size() > initial { return true }
            usleep(200)
        }
        return false
    }

    @Test("two scans recording into the same database at once both succeed, each its own run")
    func concurrentScans() throws {
        let site = try bigSite(pages: 40)
        try site.write(
            "other/a.html",
            "<article><p>Text.</p><figure><img src=x.jpg><figcaption>Photo: Jane Doe/Reuters</figcaption></figure></article>"
        )
        let db = site.file("runs.sqlite")
        for _ in 0..<2 {
            let one = try BoundedProcess.start(["scan", site.file("site"), "--db", db])
            let two = try BoundedProcess.start(["scan", site.file("other"), "--db", db])
            let (first, second) = (try one.finish(), try two.finish())
            #expect(first.status == 1, "\(first.stderr)")
            #expect(second.status == 0, "\(second.stderr)")
        }
        let store = try ReportStore(path: db)
        #expect(try store.latestRunID() == 4)
        let roots = try (1...4).map { try store.report(run: $0).root }
        #expect(roots.filter { $0.hasSuffix("site") }.count == 2)
        #expect(roots.filter { $0.hasSuffix("other") }.count == 2)
    }

    @Test(
        "a database that is not this creditlint's is refused with exit 2 and left byte for byte",
        arguments: ["text", "foreign-sqlite", "foreign-id", "corrupt", "newer-schema"])
    func refused(kind: String) throws {
        let site = try TemporaryFolder(["site/a.html": "<p>x</p>"])
        let db = site.file("db/runs.sqlite")
        try FileManager.default.createDirectory(atPath: site.file("db"), withIntermediateDirectories: true)
        switch kind {
        case "text": try site.write("db/runs.sqlite", "my notes")
        case "foreign-sqlite": try ReportStore.makeSQLiteFileForTesting(at: db, sql: "CREATE TABLE photo (name TEXT)")
        case "foreign-id": try ReportStore.makeSQLiteFileForTesting(at: db, sql: "PRAGMA application_id = 7")
        case "corrupt":
            _ = try ReportStore(path: db).record(ScanReport(toolVersion: "0", root: "r", startedAt: "t"))
            var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
            bytes.replaceSubrange(
                100..<min(4096, bytes.count), with: Data(repeating: 0xA5, count: min(4096, bytes.count) - 100))
            try bytes.write(to: URL(fileURLWithPath: db))
        default:
            try ReportStore(path: db).executeForTesting("INSERT INTO grdb_migrations VALUES ('v9-from-the-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try CreditlintProcess.run(["scan", site.file("site"), "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("creditlint: error: "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let report = try CreditlintProcess.run(["report", "--db", db])
        #expect(report.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}

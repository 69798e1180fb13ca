import CreditCore
import CreditLintKit
import CreditStore
import CreditTestSupport
import Foundation
import Testing

/// `--jobs`, streaming into the run database and reuse of unchanged pages, through the real
/// binary and a real SQLite file.
@Suite("Concurrent scans, streaming and rescan reuse", .serialized)
struct ScanPipelineTests {
    /// A site of several folders: the bundled examples, generated pages of very different
    /// sizes (so that workers really finish out of order) and, with `corpus`, the labelled dev
    /// corpus when it is there.
    private static func site(corpus withCorpus: Bool = false) throws -> TemporaryFolder {
        var files: [String: String] = [:]
        for index in 0..<24 {
            let body =
                index % 3 == 0
                ? TestPages.uncredited("u\(index).jpg")
                : TestPages.credited("c\(index).jpg") + TestPages.uncredited("x.png")
            files["gen/\(index % 4)/page-\(index).html"] = TestPages.article(
                String(repeating: "<p>filler</p>", count: index * 40) + body)
        }
        files["broken.html"] = String(repeating: "\0", count: 64)
        let folder = try TemporaryFolder(files)
        try copy(
            TestFiles.repositoryRoot.appendingPathComponent("Examples"),
            into: folder.url.appendingPathComponent("examples"))
        if withCorpus, TestFiles.hasDevCorpus {
            try copy(TestFiles.devCorpusPages, into: folder.url.appendingPathComponent("corpus"))
        }
        return folder
    }

    private static func copy(_ source: URL, into target: URL) throws {
        try FileManager.default.copyItem(at: source, to: target)
    }

    private static func scan(_ folder: TemporaryFolder, _ arguments: [String], db: String) throws
        -> CreditlintProcess.Result
    {
        try CreditlintProcess.run(
            ["scan", folder.path, "--db", folder.file(db)] + arguments, environment: ["SOURCE_DATE_EPOCH": "0"])
    }

    private static func report(_ json: String) throws -> ScanReport {
        try JSONDecoder().decode(ScanReport.self, from: Data(json.utf8))
    }

    /// The report with what a rescan legitimately changes (run number, reuse marks) cleared.
    private static func results(_ report: ScanReport) -> ScanReport {
        var report = report
        report.run = nil
        for index in report.documents.indices { report.documents[index].reusedFrom = nil }
        return report
    }

    @Test("every format is byte for byte the same with --jobs 1, 2 and 4, and so is the record")
    func jobsIndependence() throws {
        let folder = try Self.site(corpus: true)
        let formats = ["json", "text", "sarif", "junit", "csv", "markdown", "github"]
        var outputs: [[String]] = []
        for jobs in ["1", "2", "4"] {
            let files = formats.map { "--format=\($0)=\(folder.file("out-\(jobs).\($0)"))" }
            let result = try Self.scan(folder, ["--jobs", jobs] + files, db: "jobs\(jobs).sqlite")
            #expect(result.status == 1, "\(result.stderr)")
            outputs.append(
                try formats.map { try String(contentsOfFile: folder.file("out-\(jobs).\($0)"), encoding: .utf8) })
        }
        #expect(outputs[0][0].count > 10000)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        // What was recorded is the same too: `report` reprints each run identically.
        for jobs in ["1", "4"] {
            let reprinted = try CreditlintProcess.run([
                "report", "--format", "json", "--db", folder.file("jobs\(jobs).sqlite"),
            ])
            #expect(reprinted.stdout == outputs[0][0])
        }
    }

    @Test("a rescan reuses every unchanged page, says so, and reports the same results")
    func reuse() throws {
        let folder = try Self.site()
        let first = try Self.report(Self.scan(folder, ["--format", "json"], db: "r.sqlite").stdout)
        #expect(first.documents.allSatisfy { $0.reusedFrom == nil })
        #expect(first.summary.reused == nil)
        let second = try Self.report(Self.scan(folder, ["--format", "json", "--jobs", "3"], db: "r.sqlite").stdout)
        #expect(second.documents.allSatisfy { $0.reusedFrom == 1 })
        #expect(second.summary.reused == first.documents.count)
        #expect(Self.results(second) == Self.results(first))
        // The unreadable file is checked afresh every time, never reused.
        #expect(second.failures == first.failures && !first.failures.isEmpty)
        let text = try Self.scan(folder, [], db: "r.sqlite").stdout
        #expect(
            text.contains(
                "run 3: \(first.documents.count) documents scanned (\(first.documents.count) unchanged, results reused)"
            ))
    }

    @Test("a changed page, or a changed option that shapes results, is scanned again")
    func noReuse() throws {
        let folder = try Self.site()
        _ = try Self.scan(folder, [], db: "r.sqlite")
        try folder.write("gen/0/page-0.html", TestPages.article(TestPages.credited("new.jpg")))
        let edited = try Self.report(Self.scan(folder, ["--format", "json"], db: "r.sqlite").stdout)
        let changed = try #require(edited.documents.first { $0.path == "gen/0/page-0.html" })
        #expect(changed.reusedFrom == nil && changed.images.map(\.src) == ["new.jpg"])
        #expect(edited.summary.reused == edited.documents.count - 1)
        // --commercial changes which licences are errors: nothing recorded without it is reused.
        let commercial = try Self.report(
            Self.scan(folder, ["--format", "json", "--commercial"], db: "r.sqlite").stdout)
        #expect(commercial.summary.reused == nil)
        let fresh = try Self.report(Self.scan(folder, ["--format", "json", "--commercial"], db: "fresh.sqlite").stdout)
        #expect(Self.results(commercial) == Self.results(fresh))
        // --fail-on only changes the verdict, so it does not stop reuse.
        let failOn = try Self.report(
            Self.scan(folder, ["--format", "json", "--commercial", "--fail-on", "note"], db: "r.sqlite").stdout)
        #expect(failOn.summary.reused == failOn.documents.count)
    }

    @Test("reused pages are compared with the baseline of the new run, as fresh ones would be")
    func reuseUnderAnotherBaseline() throws {
        let folder = try Self.site()
        let baseline = folder.file("known.json")
        // Everything is accepted into the baseline, and recorded with its findings held back.
        let written = try Self.scan(folder, ["--write-baseline", baseline], db: "r.sqlite")
        // Only the file that could not be scanned still fails: it is never baselined.
        #expect(written.stdout.contains("findings: 1 error, 0 warnings, 0 notes"), "\(written.stdout)\(written.stderr)")
        try folder.write("gen/1/page-1.html", TestPages.article(TestPages.uncredited("fresh.jpg")))
        let withBaseline = ["--format", "json", "--baseline", baseline]
        let reused = try Self.report(Self.scan(folder, withBaseline, db: "r.sqlite").stdout)
        let fresh = try Self.report(Self.scan(folder, withBaseline, db: "fresh.sqlite").stdout)
        #expect((reused.summary.reused ?? 0) > 0)
        #expect(Self.results(reused) == Self.results(fresh))
        #expect(fresh.baseline?.stale.isEmpty == false)
        // Without a baseline the held-back findings are reported again.
        let plain = try Self.report(Self.scan(folder, ["--format", "json"], db: "r.sqlite").stdout)
        let plainFresh = try Self.report(Self.scan(folder, ["--format", "json"], db: "fresh2.sqlite").stdout)
        #expect(Self.results(plain) == Self.results(plainFresh))
        #expect(plain.summary.findingsBySeverity["error", default: 0] > 1)
    }

    @Test("a failure after pages were streamed into the database leaves no run recorded")
    func allOrNothing() throws {
        let folder = try Self.site()
        let first = try Self.scan(folder, [], db: "r.sqlite")
        #expect(first.status == 1)
        // The baseline is written at the end of the scan, inside the run's transaction, after
        // every page was inserted: a folder that does not exist makes that last step fail.
        let failed = try Self.scan(
            folder, ["--jobs", "2", "--write-baseline", folder.file("no/such/b.json")], db: "r.sqlite")
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("creditlint: error:"))
        let store = try ReportStore(path: folder.file("r.sqlite"))
        #expect(try store.latestRunID() == 1)
        #expect(try store.runs(limit: 5).count == 1)
    }

    @Test("two scans of the same database both record their run: the second waits for the first")
    func concurrentScans() throws {
        let folder = try Self.site()
        let statuses = Locked<[(status: Int32, stderr: String)]>([])
        let arguments = ["scan", folder.path, "--db", folder.file("shared.sqlite"), "--jobs", "1", "--format", "json"]
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let result = try? CreditlintProcess.run(arguments)
            statuses.withLock { $0.append((result?.status ?? -1, result?.stderr ?? "")) }
        }
        #expect(statuses.value.map(\.status) == [1, 1], "\(statuses.value.map(\.stderr))")
        let store = try ReportStore(path: folder.file("shared.sqlite"))
        #expect(try store.runs(limit: 5).count == 2)
    }

    @Test("progress is reported once per page, in order, with several jobs")
    func progress() throws {
        let folder = try Self.site()
        var options = ScanOptions(root: folder.path, databasePath: folder.file("p.sqlite"))
        options.jobs = 4
        let seen = Locked<[(done: Int, total: Int)]>([])
        let stream = try CreditLint.scanRecorded(options) { done, total in seen.withLock { $0.append((done, total)) } }
        let calls = seen.value
        let pages = stream.summary.documents + stream.summary.failedFiles
        #expect(calls.map(\.done) == Array(1...pages))
        #expect(calls.allSatisfy { $0.total == pages })
    }
}

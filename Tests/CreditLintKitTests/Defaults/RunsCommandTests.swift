import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("creditlint runs: the recorded runs, to pick one for report --run N")
struct RunsCommandTests {
    /// Two runs in one real database: a clean one, then one with an error.
    private func twoRuns() throws -> TemporaryFolder {
        let folder = try TemporaryFolder([
            "ok/a.html": TestPages.creditedPage, "bad/b.html": TestPages.uncreditedPage,
            "bad/c.html": TestPages.creditedPage,
        ])
        let first = try CreditlintProcess.run(["scan", folder.file("ok"), "--db", folder.file("r.sqlite")])
        #expect(first.status == 0)
        let second = try CreditlintProcess.run(["scan", folder.file("bad"), "--db", folder.file("r.sqlite")])
        #expect(second.status == 1)
        return folder
    }

    @Test("text: a header and one line per run, newest first, with counts and exit code")
    func text() throws {
        let folder = try twoRuns()
        let result = try CreditlintProcess.run(["runs", "--db", folder.file("r.sqlite")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.count == 3)
        #expect(lines[0] == ["run", "started", "pages", "images", "errors", "warnings", "notes", "exit", "root"])
        #expect(lines[1].first == "2" && lines[2].first == "1")
        #expect(Array(lines[1].dropFirst(2)) == ["2", "2", "1", "0", "0", "1", folder.file("bad")])
        #expect(Array(lines[2].dropFirst(2)) == ["1", "1", "0", "0", "0", "0", folder.file("ok")])
    }

    @Test("json: what report --run N would show, and its exit code")
    func json() throws {
        let folder = try twoRuns()
        let result = try CreditlintProcess.run(["runs", "--db", folder.file("r.sqlite"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try JSONDecoder().decode([RecordedRun].self, from: Data(result.stdout.utf8))
        #expect(runs.map(\.run) == [2, 1])
        #expect(runs.map(\.exitCode) == [1, 0])
        #expect(runs[0].findings == ["error": 1, "warning": 0, "note": 0] && runs[0].pages == 2)
        for run in runs {
            let report = try CreditlintProcess.run([
                "report", "--run", String(run.run), "--db", folder.file("r.sqlite"),
            ])
            #expect(Int(report.status) == run.exitCode)
        }
    }

    @Test("report --run of a run that does not exist names the command that lists them")
    func unknownRunMessage() throws {
        let folder = try twoRuns()
        let db = folder.file("r.sqlite")
        let result = try CreditlintProcess.run(["report", "--run", "9", "--db", db])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "no run 9 in the database \(db); list the recorded runs with `creditlint runs --db \(db)`"))
    }

    @Test("a database that does not exist or holds no run is exit 2")
    func noDatabase() throws {
        let folder = try TemporaryFolder()
        let result = try CreditlintProcess.run(["runs", "--db", folder.file("none.sqlite")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no scan recorded in \(folder.file("none.sqlite")) yet"))
    }
}

import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

/// A CI job must not turn green because nothing was scanned: the real binary, exit code and
/// message.
@Suite("Safe CI defaults: an empty scan, a file that is not a page")
struct EmptyScanTests {
    private let page = TestPages.article(TestPages.credited("a.jpg"))

    @Test("a folder without pages is exit 2, saying what was looked for")
    func emptyFolder() throws {
        let folder = try TemporaryFolder(["site/notes.txt": "x", "site/style.css": "p {}"])
        let result = try CreditlintProcess.run(["scan", folder.file("site"), "--db", folder.file("r.sqlite")])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "creditlint: error: no pages found under \(folder.file("site")) (files ending .html, .htm, .xhtml); "))
        #expect(result.stderr.contains("--allow-empty"))
        #expect(result.stdout.isEmpty)
    }

    @Test("pages left out by --include/--exclude are counted in the message")
    func everythingExcluded() throws {
        let folder = try TemporaryFolder(["site/a.html": page, "site/news/b.html": page])
        let result = try CreditlintProcess.run([
            "scan", folder.file("site"), "--exclude", "**", "--db", folder.file("r.sqlite"),
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("(files ending .html, .htm, .xhtml; 2 excluded by --include/--exclude)"))
    }

    @Test(
        "--allow-empty or allowEmpty: true accepts it: exit 0, a report of 0 pages",
        arguments: [(["--allow-empty"], ""), ([], "allowEmpty: true\n")])
    func allowEmpty(_ arguments: [String], _ configuration: String) throws {
        let folder = try TemporaryFolder(["site/notes.txt": "x"])
        if !configuration.isEmpty { try folder.write("site/.creditlint.yml", configuration) }
        let result = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--format", "json", "--db", folder.file("r.sqlite")] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONValue.parse(result.stdout)
        #expect(report["summary"]?["documents"] == .integer(0))
        // The switch can be turned off again on the command line.
        if !configuration.isEmpty {
            let refused = try CreditlintProcess.run([
                "scan", folder.file("site"), "--no-allow-empty", "--db", folder.file("r.sqlite"),
            ])
            #expect(refused.status == 2)
        }
    }

    @Test("changed-files mode with no changed page passes (exit 0) and says so")
    func noChangedPage() throws {
        let folder = try TemporaryFolder(["site/a.html": TestPages.uncreditedPage, "site/style.css": "p {}"])
        let result = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--files-from", "-", "--db", folder.file("r.sqlite")],
            stdin: "site/style.css\nREADME.md\n", in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no pages to scan: none of the listed files is a page under"))
    }

    @Test(
        "a file named on the command line that is not a page is exit 2, naming it",
        arguments: [
            (["photo.jpg"], "photo.jpg is not an HTML page (pages are files ending .html, .htm, .xhtml)"),
            (["site", "notes.txt"], "notes.txt is not an HTML page (pages are files ending .html, .htm, .xhtml)"),
            (["site", "site/news"], "site/news is not an HTML page (it is a folder"),
            (["site", "other.html"], "invalid value 'other.html' for PAGE: it is not under site"),
            (["site", "gone.html"], "invalid value 'gone.html' for PAGE: no such page"),
        ])
    func explicitNonPage(_ arguments: [String], _ message: String) throws {
        let folder = try TemporaryFolder([
            "photo.jpg": "x", "notes.txt": "<p>x</p>", "other.html": page, "site/a.html": page,
            "site/news/b.html": page,
        ])
        let result = try CreditlintProcess.run(
            ["scan"] + arguments + ["--db", folder.file("r.sqlite")], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("creditlint: error: \(message)"), "\(result.stderr)")
    }

    @Test("a --files-from list may hold any file: what is not a page under PATH is left out")
    func filesFromIgnoresOthers() throws {
        let folder = try TemporaryFolder([
            "notes.txt": "x", "other.html": page, "site/a.html": page, "site/b.html": TestPages.uncreditedPage,
        ])
        let result = try CreditlintProcess.run(
            ["scan", "site", "--files-from", "-", "--format", "json", "--db", folder.file("r.sqlite")],
            stdin: "notes.txt\nother.html\nsite/a.html\n", in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONValue.parse(result.stdout)["summary"]?["documents"] == .integer(1))
    }

    @Test(
        "--jobs (and --max-warnings) below 0 is exit 2 with a clear message, from the command line and the file",
        arguments: [
            (["--jobs=-3"], "", "--jobs must be 0 (one per core) or more"),
            (["--jobs", "-3"], "", "--jobs must be 0 (one per core) or more"),
            (["-j", "-1"], "", "--jobs must be 0 (one per core) or more"),
            (["--max-warnings", "-1"], "", "--max-warnings must be 0 or more"),
            ([], "jobs: -3\n", "line 1: jobs must be 0 (one per core) or more"),
        ])
    func negativeJobs(_ arguments: [String], _ configuration: String, _ message: String) throws {
        let folder = try TemporaryFolder(["site/a.html": page])
        if !configuration.isEmpty { try folder.write("site/.creditlint.yml", configuration) }
        let result = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", folder.file("r.sqlite")] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

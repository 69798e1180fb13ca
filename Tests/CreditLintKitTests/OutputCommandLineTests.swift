import CreditTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `--format`, `--output`, `--quiet`, `--color` and the GitHub Actions defaults, through the
/// real binary.
@Suite("Report outputs on the command line", .serialized)
struct OutputCommandLineTests {
    private func site() throws -> TemporaryFolder {
        try TemporaryFolder([
            "site/b.html": TestPages.uncreditedPage, "site/a.html": TestPages.creditedPage,
            "clean/a.html": TestPages.creditedPage,
        ])
    }

    @Test("--format NAME=PATH writes several formats at once while standard output keeps text")
    func severalFormats() throws {
        let folder = try site()
        let result = try CreditlintProcess.run(
            [
                "scan", folder.file("site"), "--db", folder.file("runs.sqlite"), "--format",
                "sarif=\(folder.file("r.sarif"))",
                "--format", "junit=\(folder.file("r.xml"))", "--format", "csv=\(folder.file("r.csv"))",
                "--format", "markdown=\(folder.file("r.md"))",
            ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("b.html:1:42: image \"b.jpg\"\n"))
        #expect(result.stdout.contains("\n    error: "))
        #expect(result.stdout.hasSuffix("result: FAIL (findings at or above error)\n"))
        let sarif = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: folder.file("r.sarif"))))
        #expect(sarif["version"]?.string == "2.1.0")
        #expect(XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: folder.file("r.xml")))).parse())
        let csv = try String(contentsOfFile: folder.file("r.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("page,line,src,"))
        #expect(csv.contains("b.html,1,b.jpg,,,,,,error,missing-attribution\r\n"))
        #expect(try String(contentsOfFile: folder.file("r.md"), encoding: .utf8).contains("<details>"))
    }

    @Test("one bare --format goes to --output; the report command takes the same options")
    func bareFormatToOutput() throws {
        let folder = try site()
        let db = folder.file("runs.sqlite")
        let scan = try CreditlintProcess.run([
            "scan", folder.file("site"), "--db", db, "-f", "json", "-o", folder.file("r.json"),
            "--format", "github=\(folder.file("r.github"))",
        ])
        #expect(scan.status == 1)
        #expect(scan.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder.file("r.github"), encoding: .utf8).hasPrefix("::error file="))
        let report = try CreditlintProcess.run(["report", "--db", db, "--format", "csv"])
        #expect(report.status == 1)
        #expect(report.stdout.hasPrefix("page,line,src,"))
    }

    @Test(
        "a bad format, two formats on standard output, one file twice or an unwritable path is exit 2 before scanning",
        arguments: [
            (["--format", "yaml"], "expected one of text, json, sarif, github, junit, markdown, csv"),
            (["--format", "json", "--format", "text"], "only one format can go to standard output"),
            (["--format", "sarif="], "give a file after '='"),
            (["--format", "sarif=SAME", "--format", "json=SAME"], "the same file"),
            (["--format", "sarif=NOFOLDER/r.sarif"], "cannot write the report: no such folder"),
            (["--output", "FOLDER"], "cannot write the report: it is a folder"),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let folder = try site()
        let resolved = arguments.map {
            $0.replacingOccurrences(of: "SAME", with: folder.file("same"))
                .replacingOccurrences(of: "NOFOLDER", with: folder.file("missing"))
                .replacingOccurrences(of: "FOLDER", with: folder.file("site"))
        }
        let db = folder.file("runs.sqlite")
        let result = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db] + resolved)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("creditlint: error: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: db), "the scan ran although the output was unusable")
    }

    @Test("in GitHub Actions annotations follow the text, unless a format is chosen; the summary is appended")
    func githubActions() throws {
        let folder = try site()
        try folder.write("summary.md", "earlier step\n")
        let environment = ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": folder.file("summary.md")]
        let db = folder.file("runs.sqlite")
        let first = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db], environment: environment)
        #expect(first.status == 1)
        let text = try #require(first.stdout.range(of: "result: FAIL"))
        let annotation = try #require(first.stdout.range(of: "::error file="))
        #expect(text.upperBound <= annotation.lowerBound)
        #expect(first.stdout.contains("b.html,line=1,col=42,title=missing-attribution::"))
        let chosen = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", db, "--format", "text"], environment: environment)
        #expect(!chosen.stdout.contains("::error"))
        let summary = try String(contentsOfFile: folder.file("summary.md"), encoding: .utf8)
        #expect(summary.hasPrefix("earlier step\n### creditlint run 1"))
        #expect(summary.components(separatedBy: "<details><summary>").count == 3)
        #expect(summary.contains("❌ **FAIL**"))
        let unwritable = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", db], environment: ["GITHUB_STEP_SUMMARY": folder.file("site")])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("creditlint: warning: cannot append the job summary"))
        let outside = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        #expect(!outside.stdout.contains("::error"))
    }

    @Test("--quiet prints only failing findings and the verdict, and nothing on a clean run")
    func quiet() throws {
        let folder = try site()
        let db = folder.file("runs.sqlite")
        let failing = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db, "-q"])
        #expect(failing.status == 1)
        let lines = failing.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("error: Image \"b.jpg\" has no credit") == true)
        #expect(lines.last == "result: FAIL (1 at or above error)")
        let clean = try CreditlintProcess.run(["scan", folder.file("clean"), "--db", db, "--quiet"])
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty && clean.stderr.isEmpty)
    }

    @Test("quiet and color have configuration keys; the command line still wins for colour")
    func quietAndColorFromConfiguration() throws {
        let folder = try site()
        try Data("quiet: true\ncolor: always\n".utf8).write(
            to: URL(fileURLWithPath: folder.file("site/.creditlint.yml")))
        let db = folder.file("runs.sqlite")
        let configured = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        #expect(configured.status == 1)
        #expect(configured.stdout.split(separator: "\n").count == 2)
        #expect(configured.stdout.contains("\u{1B}["))
        let plain = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db, "--color", "never"])
        #expect(!plain.stdout.contains("\u{1B}["))
        try Data("color: loud\n".utf8).write(to: URL(fileURLWithPath: folder.file("site/.creditlint.yml")))
        let broken = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("line 1: color: 'loud'"))
    }

    @Test(
        "colour only when asked or on a terminal without NO_COLOR; no progress line on a pipe",
        arguments: [
            ([String](), [String: String](), false), (["--color", "always"], [:], true),
            (["--color", "always"], ["NO_COLOR": "1"], true), (["--color", "never"], [:], false),
            ([], ["NO_COLOR": "1"], false),
        ])
    func color(arguments: [String], environment: [String: String], colored: Bool) throws {
        let folder = try site()
        let result = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", folder.file("runs.sqlite")] + arguments, environment: environment)
        #expect(result.stdout.contains("\u{1B}[") == colored)
        #expect(result.stderr.isEmpty)
    }
}

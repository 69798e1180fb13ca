import Foundation
import Testing

/// Runs the real `creditlint` binary, as CI does.
struct CreditlintProcess {
    static let binary: URL = {
        // The test bundle sits next to the products of the same build.
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let sibling = products.appendingPathComponent("creditlint")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        return repositoryRoot.appendingPathComponent(".build/debug/creditlint")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // Tests that run inside GitHub Actions must not inherit its annotations and job summary.
        var inherited = ProcessInfo.processInfo.environment
        for name in ["GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

@Suite("The creditlint command", .serialized)
struct CommandLineTests {
    private let credited = """
        <html><body><article><figure><img src="a.jpg" alt="x">
        <figcaption>Harbour at dawn. Photo: Jane Doe/Reuters</figcaption></figure></article></body></html>
        """
    private let uncredited = """
        <html><body><article><p>Text.</p><figure><img src="b.jpg" alt="x">
        <figcaption>The harbour at dawn.</figcaption></figure></article></body></html>
        """

    @Test("the binary exists (run `swift build` first)")
    func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: CreditlintProcess.binary.path))
    }

    @Test("exit 0 on a clean site, 1 on a missing credit, 2 on a usage or I/O error")
    func exitCodes() throws {
        let site = try TemporaryFolder(["ok/a.html": credited, "bad/b.html": uncredited])
        let db = site.file("runs.sqlite")
        let clean = try CreditlintProcess.run(["scan", site.file("ok"), "--db", db])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let failing = try CreditlintProcess.run(["scan", site.file("bad"), "--db", db])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("b.html:1:42: error: "))
        #expect(failing.stdout.contains("[missing-attribution]"))
        let missing = try CreditlintProcess.run(["scan", site.file("nope"), "--db", db])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or folder"))
        let usage = try CreditlintProcess.run(["scan", "--format", "yaml", site.path, "--db", db])
        #expect(usage.status == 2)
        #expect(missing.stdout.isEmpty)
    }

    @Test("--fail-on lowers the bar; the JSON report follows the contract")
    func jsonAndFailOn() throws {
        let site = try TemporaryFolder(["bad/b.html": uncredited, "bad/a.html": credited])
        let db = site.file("runs.sqlite")
        let result = try CreditlintProcess.run(["scan", site.file("bad"), "--format", "json", "--db", db])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == ["a.html", "b.html"])
        #expect(documents.allSatisfy { $0["encoding"] as? String == "windows-1252" })
        let images = try #require(documents[1]["images"] as? [[String: Any]])
        #expect(images.first?["src"] as? String == "b.jpg")
        let findings = try #require(images.first?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "missing-attribution" && $0["severity"] as? String == "error" })
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["run"] as? Int == 1)
        #expect((json["summary"] as? [String: Any])?["images"] as? Int == 2)
    }

    @Test("report reprints the recorded run without rescanning")
    func reportFromDatabase() throws {
        let site = try TemporaryFolder(["site/b.html": uncredited])
        let db = site.file("runs.sqlite")
        let scanned = try CreditlintProcess.run(["scan", site.file("site"), "--db", db])
        try FileManager.default.removeItem(atPath: site.file("site/b.html"))
        let reported = try CreditlintProcess.run(["report", "--db", db])
        #expect(reported.status == 1)
        #expect(reported.stdout == scanned.stdout)
        let second = try CreditlintProcess.run(["report", "--db", db, "--run", "7"])
        #expect(second.status == 2)
        let empty = try CreditlintProcess.run(["report", "--db", site.file("none.sqlite")])
        #expect(empty.status == 2)
    }

    @Test("license identifies text and URLs; --batch writes one TSV line per input")
    func license() throws {
        let single = try CreditlintProcess.run(["license", "CC BY-SA 3.0 DE"])
        #expect(single.status == 0)
        #expect(single.stdout.hasPrefix("CC-BY-SA-3.0-DE\t"))
        let batch = try CreditlintProcess.run(
            ["license", "--batch"],
            stdin: "CC BY 4.0\nhttps://creativecommons.org/licenses/by-nc/2.0/\nCC BY\nhello\n")
        #expect(batch.status == 0)
        #expect(batch.stdout == "CC BY 4.0\tCC-BY-4.0\nhttps://creativecommons.org/licenses/by-nc/2.0/\tCC-BY-NC-2.0\nCC BY\tAMBIGUOUS\nhello\tNONE\n")
    }

    @Test("--output writes the report to a file and leaves standard output empty")
    func outputFile() throws {
        let site = try TemporaryFolder(["site/a.html": credited])
        let result = try CreditlintProcess.run([
            "scan", site.file("site"), "--format", "json", "--output", site.file("report.json"),
            "--db", site.file("runs.sqlite"),
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: site.file("report.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect((json["documents"] as? [[String: Any]])?.count == 1)
        let unwritable = try CreditlintProcess.run([
            "scan", site.file("site"), "--output", site.file("no/such/folder/r.txt"), "--db", site.file("runs.sqlite"),
        ])
        #expect(unwritable.status == 2)
    }

    @Test("a database that is not creditlint's is refused with exit 2 and left untouched")
    func foreignDatabase() throws {
        let site = try TemporaryFolder(["site/a.html": credited, "notes.sqlite": "not a database at all"])
        let before = try Data(contentsOf: URL(fileURLWithPath: site.file("notes.sqlite")))
        let result = try CreditlintProcess.run(["scan", site.file("site"), "--db", site.file("notes.sqlite")])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: site.file("notes.sqlite"))) == before)
    }

    @Test("rules lists every rule with its default severity")
    func rules() throws {
        let result = try CreditlintProcess.run(["rules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("missing-attribution"))
        #expect(result.stdout.contains("error"))
    }

    @Test("nothing is printed to stderr for broken HTML")
    func quietParser() throws {
        let site = try TemporaryFolder(["a.html": "<div><p>unclosed <span></div></p><figure><picture><source srcset=x.webp><img src=x.jpg></picture><figcaption>Foto: dpa</figcaption></figure>"])
        let result = try CreditlintProcess.run(["scan", site.path, "--db", site.file("runs.sqlite")])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}

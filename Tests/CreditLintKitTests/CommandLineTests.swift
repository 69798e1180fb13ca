import CreditTestSupport
import Foundation
import Testing

@Suite("The creditlint command", .serialized)
struct CommandLineTests {
    @Test("the binary exists (run `swift build` first)")
    func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: CreditlintProcess.binary.path))
    }

    @Test("exit 0 on a clean site, 1 on a missing credit, 2 on a usage or I/O error")
    func exitCodes() throws {
        let site = try TemporaryFolder(["ok/a.html": TestPages.creditedPage, "bad/b.html": TestPages.uncreditedPage])
        let db = site.file("runs.sqlite")
        let clean = try CreditlintProcess.run(["scan", site.file("ok"), "--db", db])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let failing = try CreditlintProcess.run(["scan", site.file("bad"), "--db", db])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("b.html:1:42: image \"b.jpg\"\n"))
        #expect(failing.stdout.contains("\n    error: Image \"b.jpg\" has no credit."))
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
        let site = try TemporaryFolder(["bad/b.html": TestPages.uncreditedPage, "bad/a.html": TestPages.creditedPage])
        let db = site.file("runs.sqlite")
        let result = try CreditlintProcess.run(["scan", site.file("bad"), "--format", "json", "--db", db])
        #expect(result.status == 1)
        let json = try JSONValue.parse(result.stdout)
        let documents = try #require(json["documents"]?.array)
        #expect(documents.map { $0["path"]?.string } == ["a.html", "b.html"])
        #expect(documents.allSatisfy { $0["encoding"]?.string == "windows-1252" })
        #expect(documents[1]["images"]?[0]?["src"]?.string == "b.jpg")
        let findings = try #require(documents[1]["images"]?[0]?["findings"]?.array)
        #expect(findings.contains { $0["rule"]?.string == "missing-attribution" && $0["severity"]?.string == "error" })
        #expect(json["schemaVersion"]?.int == 2)
        #expect(json["run"]?.int == 1)
        #expect(json["summary"]?["images"]?.int == 2)
    }

    @Test("report reprints the recorded run without rescanning")
    func reportFromDatabase() throws {
        let site = try TemporaryFolder(["site/b.html": TestPages.uncreditedPage])
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

    @Test("the scan's JSON holds evidence objects for images and skipped images; report reprints them")
    func evidence() throws {
        let site = try TemporaryFolder(["site/story.html": TestPages.explainedStory])
        let db = site.file("runs.sqlite")
        let scanned = try CreditlintProcess.run(["scan", site.file("site"), "--db", db, "--format", "json"])
        let document = try #require(try JSONValue.parse(scanned.stdout)["documents"]?[0])
        let lead = try #require(document["images"]?[0]?["evidence"])
        #expect(lead["strategy"]?.string == "caption-credit-element")
        #expect(lead["article"]?.string == "article.story (line 6)")
        #expect(lead["inArticle"]?.bool == true)
        #expect(lead["licenseFrom"]?.string == "a[rel=license] (line 10)")
        // Only explain runs every strategy.
        #expect(lead["candidates"] == nil && lead["articleBasis"] == nil)
        let skipped = try #require(document["skipped"]?.array)
        #expect(skipped.count == TestPages.explainedStoryImages.count - 1)
        #expect(skipped.allSatisfy { $0["evidence"]?["check"]?.string != nil })
        #expect(skipped.contains { $0["evidence"]?["signals"]?.array?.isEmpty == false })
        for format in ["json", "text"] {
            let first = try CreditlintProcess.run(["scan", site.file("site"), "--db", db, "--format", format])
            let reported = try CreditlintProcess.run(["report", "--db", db, "--format", format])
            #expect(reported.stdout == first.stdout)
        }
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
        #expect(
            batch.stdout
                == "CC BY 4.0\tCC-BY-4.0\nhttps://creativecommons.org/licenses/by-nc/2.0/\tCC-BY-NC-2.0\nCC BY\tAMBIGUOUS\nhello\tNONE\n"
        )
    }

    @Test("--output writes the report to a file and leaves standard output empty")
    func outputFile() throws {
        let site = try TemporaryFolder(["site/a.html": TestPages.creditedPage])
        let result = try CreditlintProcess.run([
            "scan", site.file("site"), "--format", "json", "--output", site.file("report.json"),
            "--db", site.file("runs.sqlite"),
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: site.file("report.json"))))
        #expect(written["documents"]?.array?.count == 1)
        let unwritable = try CreditlintProcess.run([
            "scan", site.file("site"), "--output", site.file("no/such/folder/r.txt"), "--db", site.file("runs.sqlite"),
        ])
        #expect(unwritable.status == 2)
    }

    @Test("a database that is not creditlint's is refused with exit 2 and left untouched")
    func foreignDatabase() throws {
        let site = try TemporaryFolder(["site/a.html": TestPages.creditedPage, "notes.sqlite": "not a database at all"])
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
        let site = try TemporaryFolder([
            "a.html":
                "<div><p>unclosed <span></div></p><figure><picture><source srcset=x.webp><img src=x.jpg></picture><figcaption>Foto: dpa</figcaption></figure>"
        ])
        let result = try CreditlintProcess.run(["scan", site.path, "--db", site.file("runs.sqlite")])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}

import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("The same image across pages, through the binary", .serialized)
struct CrossPageCommandTests {
    /// The findings of a JSON report as (path, src, rule, message, suggestion).
    private func findings(_ json: JSONValue) throws -> [(String, String, String, String, String?)] {
        try #require(json["documents"]?.array).flatMap { document in
            (document["images"]?.array ?? []).flatMap { image in
                (image["findings"]?.array ?? []).map {
                    (
                        document["path"]?.string ?? "", image["src"]?.string ?? "", $0["rule"]?.string ?? "",
                        $0["message"]?.string ?? "", $0["suggestion"]?.string
                    )
                }
            }
        }
    }

    @Test("an uncredited copy names the page that credits it; different authors are reported on both pages")
    func findingsOnASite() throws {
        let folder = try CrossPageSite.make()
        let db = folder.file("runs.sqlite")
        let scan = try CreditlintProcess.run(["scan", folder.file("site"), "--format", "json", "--db", db])
        #expect(scan.status == 1, "\(scan.stderr)")
        let found = try findings(try JSONValue.parse(scan.stdout))
        let missing = found.filter { $0.2 == "missing-attribution" }
        // b.html writes the URL root-relative; c.html has the same bytes under another name.
        #expect(
            Set(missing.map { "\($0.0) \($0.1)" }) == [
                "c.html media/copy.jpg", "news/b.html /img/harbour.jpg", "e.html img/lone.jpg",
            ])
        for finding in missing where finding.0 != "e.html" {
            #expect(
                finding.3.hasSuffix("credited on news/a.html ('Photo: Anna Berg / dpa'); use that credit here too."))
            #expect(finding.4 == "Photo: Anna Berg / dpa")
        }
        let lone = try #require(missing.first { $0.0 == "e.html" })
        #expect(!lone.3.contains("credited on"))
        let inconsistent = found.filter { $0.2 == "inconsistent-credit" }
        #expect(inconsistent.map(\.0).sorted() == ["news/a.html", "news/b.html"])
        #expect(inconsistent.first { $0.0 == "news/a.html" }?.3.contains("news/b.html ('Photo: Jan Ek')") == true)
        #expect(inconsistent.first { $0.0 == "news/b.html" }?.4 == "Photo: Anna Berg")
        // Two spellings of one credit (market.jpg) are consistent.
        #expect(!found.contains { $0.1.hasSuffix("market.jpg") })
        let json = try JSONValue.parse(scan.stdout)
        #expect(json["summary"]?["findingsBySeverity"]?["warning"]?.int == 2)

        // Every other report reads the same findings from the database.
        let text = try CreditlintProcess.run(["report", "--db", db])
        #expect(text.status == 1)
        #expect(text.stdout.components(separatedBy: "[inconsistent-credit]").count == 3)
        #expect(text.stdout.contains("The same image is credited on news/a.html"))
        // An image only the checks across pages report shows its column and its tag too.
        #expect(
            text.stdout.contains(
                """
                news/a.html:3:162: image "img/bridge.jpg"
                    <img src="/img/bridge.jpg" alt="A view" width="800" height="500">
                    warning: This page credits the image as 'Photo: Anna Berg'
                """))
        let sarif = try CreditlintProcess.run(["report", "--db", db, "--format", "sarif"])
        #expect(sarif.stdout.components(separatedBy: "\"inconsistent-credit\"").count >= 3)
    }

    @Test("a picture on more pages than one query reads is compared on every page, in page order")
    func pictureOnManyPages() throws {
        // More pages than the store reads image rows per query (500), so that a group spans
        // several queries, and two other pictures between them.
        var files = [
            "site/p0000.html": CrossPageSite.article(
                "Credited", CrossPageSite.figure("/img/wide.jpg", "The bay. Photo: Anna Berg"))
        ]
        for page in 1...520 {
            let name = String(format: "site/p%04d.html", page)
            let other = page % 260 == 0 ? CrossPageSite.figure("/img/other\(page).jpg", "A street.") : ""
            files[name] = CrossPageSite.article(
                "Page \(page)", CrossPageSite.figure("img/wide.jpg", "The bay.") + other)
        }
        let folder = try TemporaryFolder(files)
        let scan = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "json", "--db", folder.file("runs.sqlite"),
        ])
        #expect(scan.status == 1, "\(scan.stderr)")
        let missing = try findings(try JSONValue.parse(scan.stdout)).filter { $0.2 == "missing-attribution" }
        let wide = missing.filter { $0.1 == "img/wide.jpg" }
        #expect(wide.count == 520)
        #expect(wide.map(\.0) == wide.map(\.0).sorted())
        #expect(
            wide.allSatisfy { $0.3.hasSuffix("credited on p0000.html ('Photo: Anna Berg'); use that credit here too.") }
        )
        // A picture on one page only has no other page to name.
        let others = missing.filter { $0.1.contains("other") }
        #expect(others.count == 2)
        #expect(others.allSatisfy { !$0.3.contains("credited on") })
    }

    @Test("a rescan reuses nothing the checks changed, and finds the same")
    func rescan() throws {
        let folder = try CrossPageSite.make()
        let db = folder.file("runs.sqlite")
        let first = try CreditlintProcess.run(["scan", folder.file("site"), "--format", "json", "--db", db])
        let second = try CreditlintProcess.run(["scan", folder.file("site"), "--format", "json", "--db", db])
        let (a, b) = (try JSONValue.parse(first.stdout), try JSONValue.parse(second.stdout))
        #expect(try findings(a).map { "\($0)" } == findings(b).map { "\($0)" })
        let reused = try #require(b["documents"]?.array).filter { $0["reusedFrom"]?.int != nil }.compactMap {
            $0["path"]?.string
        }
        // e.html is untouched by the checks and reused; the others are scanned again: the checks
        // changed their findings, or (d.html) they show a local image file, whose embedded
        // metadata can change while the page does not.
        #expect(reused.sorted() == ["e.html"])
    }

    @Test("rules: switches inconsistent-credit off and changes its severity")
    func configuration() throws {
        let folder = try CrossPageSite.make()
        try folder.write("site/.creditlint.yml", "version: 1\nrules:\n  inconsistent-credit: error\n")
        let raised = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "json", "--db", folder.file("a.sqlite"),
        ])
        let severities = try findings(try JSONValue.parse(raised.stdout)).filter { $0.2 == "inconsistent-credit" }
        #expect(severities.count == 2)
        #expect(raised.stdout.contains("\"error\""))
        try folder.write("site/.creditlint.yml", "version: 1\nrules:\n  inconsistent-credit: off\n")
        let off = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "json", "--db", folder.file("b.sqlite"),
        ])
        #expect(try !findings(try JSONValue.parse(off.stdout)).contains { $0.2 == "inconsistent-credit" })
    }

    @Test("a waiver suppresses inconsistent-credit on the pages it covers, and is counted")
    func waiver() throws {
        let folder = try CrossPageSite.make()
        try folder.write(
            "site/.creditlint.yml",
            "version: 1\nwaivers:\n  - path: \"news/b.html\"\n    rule: inconsistent-credit\n    reason: checking with the desk\n"
        )
        let result = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "json", "--db", folder.file("w.sqlite"),
        ])
        let json = try JSONValue.parse(result.stdout)
        #expect(try findings(json).filter { $0.2 == "inconsistent-credit" }.map(\.0) == ["news/a.html"])
        #expect(json["suppressed"]?["waived"]?.int == 1)
    }
}

@Suite("The same image across pages, under a baseline", .serialized)
struct CrossPageBaselineTests {
    @Test("a written baseline holds inconsistent-credit; once fixed its entries are stale")
    func baseline() throws {
        let folder = try CrossPageSite.make()
        let baseline = folder.file("baseline.json")
        let written = try CreditlintProcess.run([
            "scan", folder.file("site"), "--write-baseline", baseline, "--db", folder.file("a.sqlite"),
        ])
        #expect(written.status == 0, "\(written.stdout)\(written.stderr)")
        let entries = try #require(
            try JSONValue.parse(String(contentsOfFile: baseline, encoding: .utf8))["entries"]?.array)
        #expect(entries.filter { $0["rule"]?.string == "inconsistent-credit" }.count == 2)
        let held = try CreditlintProcess.run([
            "scan", folder.file("site"), "--baseline", baseline, "--format", "json", "--db", folder.file("b.sqlite"),
        ])
        #expect(held.status == 0, "\(held.stdout)\(held.stderr)")
        let json = try JSONValue.parse(held.stdout)
        #expect(!held.stdout.contains("\"inconsistent-credit\""))
        #expect(json["baseline"]?["stale"]?.array?.isEmpty == true)
        // Agreeing credits: both entries are stale now.
        try folder.write(
            "site/news/b.html",
            CrossPageSite.article(
                "Harbour again",
                CrossPageSite.figure("/img/harbour.jpg", "The harbour at dusk.")
                    + CrossPageSite.figure("../img/bridge.jpg", "The old bridge. Photo: Anna Berg")))
        let fixed = try CreditlintProcess.run([
            "scan", folder.file("site"), "--baseline", baseline, "--format", "json", "--db", folder.file("b.sqlite"),
        ])
        let stale = try #require(try JSONValue.parse(fixed.stdout)["baseline"]?["stale"]?.array)
        #expect(stale.compactMap { $0["rule"]?.string } == ["inconsistent-credit", "inconsistent-credit"])
    }
}

@Suite("The cross-page checks on a recorded run")
struct CrossPageRecordedRunTests {
    @Test("run again over a recorded run (as after a merge), they change nothing twice")
    func again() throws {
        let folder = try CrossPageSite.make()
        var options = ScanOptions(root: folder.file("site"))
        options.databasePath = folder.file("runs.sqlite")
        let first = try CreditLint.scan(options).locatedFindings.map { "\($0.path) \($0.finding)" }
        #expect(first.filter { $0.contains("inconsistent-credit") }.count == 2)
        let run = try #require(try CreditLint.recordedReport(database: options.databasePath).run)
        try CreditLint.applyCrossPageChecks(database: options.databasePath, run: run, options: options)
        let again = try CreditLint.recordedReport(database: options.databasePath).locatedFindings.map {
            "\($0.path) \($0.finding)"
        }
        #expect(again == first)
    }
}

@Suite("The same image across pages, with inline ignores", .serialized)
struct CrossPageIgnoreTests {
    @Test("an inline ignore on one page suppresses inconsistent-credit there, counted, and is never unused")
    func ignore() throws {
        let folder = try CrossPageSite.make()
        try folder.write(
            "site/news/b.html",
            CrossPageSite.article(
                "Harbour again",
                CrossPageSite.figure("/img/harbour.jpg", "The harbour at dusk.")
                    + #"<div data-creditlint-ignore="inconsistent-credit">"#
                    + CrossPageSite.figure("../img/bridge.jpg", "The old bridge. Photo: Jan Ek") + "</div>"))
        let result = try CreditlintProcess.run([
            "scan", folder.file("site"), "--report-unused-ignores", "--format", "json", "--db",
            folder.file("i.sqlite"),
        ])
        let json = try JSONValue.parse(result.stdout)
        #expect(!result.stdout.contains("\"unused-ignore\""))
        let pages = try #require(json["documents"]?.array)
        let reported = pages.filter { page in
            (page["images"]?.array ?? []).contains { image in
                (image["findings"]?.array ?? []).contains { $0["rule"]?.string == "inconsistent-credit" }
            }
        }
        #expect(reported.compactMap { $0["path"]?.string } == ["news/a.html"])
        #expect(json["suppressed"]?["ignored"]?.int == 1)
    }
}

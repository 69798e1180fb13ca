import CreditTestSupport
import Foundation
import Testing

@Suite("Adopting creditlint on an existing site, with the real binary", .serialized)
struct AdoptionEndToEndTests {
    private let existing = """
        <html><body><article><p>The quay reopened.</p>
        <figure><img src="old.jpg" alt="x"><figcaption>The quay in 1990.</figcaption></figure>
        </article></body></html>
        """

    @Test("two commands adopt the site; a new uncredited image then fails on its line")
    func adopt() throws {
        let folder = try TemporaryFolder(["site/news/a.html": existing, "site/news/b.html": existing])
        let db = folder.file("runs.sqlite")
        let red = try CreditlintProcess.run(["scan", "site", "--db", db], in: folder.url)
        #expect(red.status == 1)
        // Command 1: record what is there. Command 2 (what CI runs): scan with the baseline.
        let write = try CreditlintProcess.run(
            ["scan", "site", "--write-baseline", "creditlint-baseline.json", "--db", db], in: folder.url)
        #expect(write.status == 0, "\(write.stdout)\(write.stderr)")
        #expect(write.stderr.contains("wrote 2 known findings to creditlint-baseline.json"))
        let green = try CreditlintProcess.run(
            ["scan", "site", "--baseline", "creditlint-baseline.json", "--db", db], in: folder.url)
        #expect(green.status == 0, "\(green.stdout)")
        #expect(green.stdout.contains("2 in the baseline"))

        let edited = existing.replacingOccurrences(
            of: "<p>The quay reopened.</p>",
            with:
                "<p>The quay reopened.</p>\n<p>Crowds came.</p>\n<figure><img src=\"new.jpg\" alt=\"y\"><figcaption>The crowd.</figcaption></figure>"
        )
        try folder.write("site/news/a.html", edited)
        let fails = try CreditlintProcess.run(
            ["scan", "site", "--baseline", "creditlint-baseline.json", "--db", db], in: folder.url)
        #expect(fails.status == 1)
        #expect(fails.stdout.contains("site/news/a.html:3:9: image \"new.jpg\"\n"))
        #expect(fails.stdout.contains("\n    error: Image \"new.jpg\" has no credit."))
        #expect(!fails.stdout.contains("old.jpg\" has no credit"))

        // The same through the configuration file, so CI needs no flag at all.
        try folder.write(".creditlint.yml", "version: 1\nbaseline: creditlint-baseline.json\n")
        let configured = try CreditlintProcess.run(["scan", "site", "--db", db], in: folder.url)
        #expect(configured.status == 1)
        #expect(configured.stdout.contains("2 in the baseline"))
    }

    @Test("changed-files mode: arguments or --files-from, missing pages are exit 2")
    func changedFiles() throws {
        let good = existing.replacingOccurrences(of: "The quay in 1990.", with: "Photo: Jane Doe/Reuters")
        let folder = try TemporaryFolder(["site/a.html": existing, "site/b.html": good, "site/style.css": "p{}"])
        let db = folder.file("runs.sqlite")
        let onlyGood = try CreditlintProcess.run(["scan", "site", "site/b.html", "--db", db], in: folder.url)
        #expect(onlyGood.status == 0, "\(onlyGood.stdout)\(onlyGood.stderr)")
        #expect(onlyGood.stdout.contains("1 documents scanned"))
        let fromStdin = try CreditlintProcess.run(
            ["scan", "site", "--files-from", "-", "--db", db],
            stdin: "site/a.html\nsite/style.css\nREADME.md\nb.html\n",
            in: folder.url)
        #expect(fromStdin.status == 1)
        #expect(fromStdin.stdout.contains("2 documents scanned"))
        try folder.write("list.txt", "site/gone.html\n")
        let missing = try CreditlintProcess.run(
            ["scan", "site", "--files-from", "list.txt", "--db", db], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("site/gone.html"))
    }

    @Test("--max-warnings and --fail-on from the command line")
    func maxWarnings() throws {
        let warned = existing.replacingOccurrences(of: "The quay in 1990.", with: "Photo: Jane Doe, CC BY 4.0")
        let folder = try TemporaryFolder(["site/a.html": warned])
        let db = folder.file("runs.sqlite")
        let allowed = try CreditlintProcess.run(["scan", "site", "--db", db], in: folder.url)
        #expect(allowed.status == 0)
        let strict = try CreditlintProcess.run(["scan", "site", "--max-warnings", "0", "--db", db], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("(--max-warnings)"))
        let reprinted = try CreditlintProcess.run(["report", "--db", db], in: folder.url)
        #expect(reprinted.status == 1)
        #expect(reprinted.stdout == strict.stdout)
        let negative = try CreditlintProcess.run(["scan", "site", "--max-warnings", "-1", "--db", db], in: folder.url)
        #expect(negative.status == 2)
    }
}

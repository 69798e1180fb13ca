import CreditTestSupport
import Foundation
import Testing

/// `creditlint credits`: the register of a real run, read back from a real SQLite file.
@Suite("creditlint credits")
struct CreditsCommandTests {
    /// The run database of a scan of `Examples/`.
    static func scannedExamples() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let scan = try CreditlintProcess.run(
            ["scan", "Examples", "--db", folder.file("runs.sqlite")], in: TestFiles.repositoryRoot)
        #expect(scan.status == 1, "\(scan.stderr)")
        return folder
    }

    static func credits(_ folder: TemporaryFolder, _ arguments: [String]) throws -> CreditlintProcess.Result {
        try CreditlintProcess.run(["credits", "--db", folder.file("runs.sqlite")] + arguments)
    }

    static let deed = "https://creativecommons.org/licenses/by-sa/3.0/"
    static let commons = "https://commons.wikimedia.org/wiki/File:Harbour_crane.jpg"

    @Test(
        "the Wikimedia credit of the example comes out with author, source and the CC BY-SA 3.0 deed link",
        arguments: [
            (
                "text",
                "/media/2026/03/harbour-crane.jpg: By Ilse Marten, via Wikimedia Commons <\(commons)>, licensed under CC BY-SA 3.0 <\(deed)>"
            ),
            (
                "markdown",
                "- `/media/2026/03/harbour-crane.jpg`: By Ilse Marten, via [Wikimedia Commons](\(commons)), licensed under [CC BY-SA 3.0](\(deed))"
            ),
            (
                "html",
                "<li>By Ilse Marten, via <a href=\"\(commons)\" rel=\"noreferrer noopener\">Wikimedia Commons</a>, licensed under <a href=\"\(deed)\" rel=\"noreferrer noopener\">CC BY-SA 3.0</a> <small>(<code>/media/2026/03/harbour-crane.jpg</code>)</small></li>"
            ),
        ])
    func wikimediaCredit(format: String, line: String) throws {
        let folder = try Self.scannedExamples()
        let result = try Self.credits(folder, ["--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(line))
        // The one uncredited image of the examples is listed apart.
        let missing = try #require(result.stdout.range(of: "Images without a credit"))
        #expect(result.stdout[missing.lowerBound...].contains("/media/2026/04/market-square.jpg"))
    }

    @Test("the JSON register holds every credited image with its parts, and the uncredited ones")
    func json() throws {
        let folder = try Self.scannedExamples()
        let result = try Self.credits(folder, ["--format", "json"])
        let register = try JSONValue.parse(result.stdout)
        let credited = try #require(register["credited"]?.array)
        #expect(credited.count == 4)
        let crane = try #require(credited.first { $0["image"]?.string == "/media/2026/03/harbour-crane.jpg" })
        #expect(crane["author"]?.string == "Ilse Marten")
        #expect(crane["source"]?.string == "Wikimedia Commons")
        #expect(crane["sourceURL"]?.string == Self.commons)
        #expect(crane["licenseID"]?.string == "CC-BY-SA-3.0")
        #expect(crane["licenseURL"]?.string == Self.deed)
        #expect(register["uncredited"]?.array?.count == 1)
        #expect(register["run"]?.int == 1)
    }

    @Test("grouped by image, each image heads its credits and the pages that carry them")
    func byImage() throws {
        let folder = try Self.scannedExamples()
        let result = try Self.credits(folder, ["--by", "image"])
        #expect(result.stdout.contains("\n/media/2026/03/harbour-crane.jpg\n  By Ilse Marten, via Wikimedia Commons"))
        #expect(result.stdout.contains("(on news/harbour-crane-returns.html line 28)\n"))
    }

    @Test("credit text from pages cannot make links or markup: only http(s) URLs are linked")
    func hostileCredits() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "site/a.html",
            TestPages.article(
                """
                <figure><img src="a.jpg" alt="x"><figcaption>Photo: &lt;b&gt;Eve&lt;/b&gt; [x](javascript:alert(1)) / \
                <a href="javascript:alert(2)">Reuters</a>, <a rel="license" href="javascript:alert(3)">CC BY 4.0</a>\
                </figcaption></figure>
                """))
        let scan = try CreditlintProcess.run(["scan", folder.file("site"), "--db", folder.file("runs.sqlite")])
        #expect(scan.status != 2, "\(scan.stderr)")
        for format in ["markdown", "html"] {
            let output = try Self.credits(folder, ["--format", format]).stdout
            #expect(!output.contains("<b>Eve"), "\(format)")
            if format == "markdown" {
                // An escaped bracket (`\]`) is text, not the end of a link's label.
                #expect(!output.replacingOccurrences(of: "\\]", with: "").contains("](javascript"))
            } else {
                #expect(!output.contains("href=\"javascript"))
            }
            #expect(output.contains("javascript:alert(2)"), "\(format)")
        }
    }

    @Test("without a recorded run it is a clear error, exit 2")
    func noRun() throws {
        let folder = try TemporaryFolder()
        let result = try Self.credits(folder, [])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no scan recorded"))
    }
}

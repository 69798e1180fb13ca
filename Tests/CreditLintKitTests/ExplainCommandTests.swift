import CreditCore
import CreditTestSupport
import Foundation
import Testing

/// `creditlint explain PAGE`, run as the real binary on real pages: every image element is
/// accounted for, in document order, with its decision and the evidence behind it.
@Suite("creditlint explain")
struct ExplainCommandTests {
    private static func story() throws -> TemporaryFolder {
        try TemporaryFolder(["site/story.html": TestPages.explainedStory])
    }

    private static func explainJSON(_ arguments: [String]) throws -> (status: Int32, json: JSONValue) {
        let result = try CreditlintProcess.run(["explain", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return (result.status, try JSONValue.parse(result.stdout))
    }

    @Test("--format json accounts for every image element, each with its decision and evidence")
    func everyImage() throws {
        let folder = try Self.story()
        let (_, json) = try Self.explainJSON([folder.file("site/story.html")])
        let images = try #require(json["images"]?.array)
        #expect(images.map { $0["src"]?.string } == TestPages.explainedStoryImages.map { $0 })
        #expect(images.map { $0["number"]?.int } == Array(1...TestPages.explainedStoryImages.count).map { $0 })
        #expect(json["article"]?.string == "article.story (line 6)")
        #expect(json["articleBasis"]?.string?.contains("semantic article element") == true)
        #expect(images.map { $0["content"]?.bool } == [false, true, false, false, false, false])
        #expect(
            images.map { $0["reason"]?.string }
                == [.some("header"), nil, "duplicate", "avatar", "related-posts", "outside-article"])
        for image in images {
            #expect(image["evidence"]?.object != nil)
            #expect(image["evidence"]?["article"]?.string == "article.story (line 6)")
        }
        #expect(images.map { $0["evidence"]?["inArticle"]?.bool } == [false, true, true, true, true, false])
    }

    @Test("the lead image's credit names its strategy and the strategies it beat")
    func creditAndLosers() throws {
        let folder = try Self.story()
        let (_, json) = try Self.explainJSON([folder.file("site/story.html")])
        let lead = try #require(json["images"]?[1])
        #expect(lead["credit"]?["text"]?.string == "Photo: Anna Berg / Wikimedia Commons, CC BY-SA 4.0")
        #expect(lead["credit"]?["origins"]?["author"]?["element"]?.string == "span.credit")
        #expect(lead["evidence"]?["strategy"]?.string == "caption-credit-element")
        #expect(lead["license"]?["id"]?.string == "CC-BY-SA-4.0")
        #expect(lead["evidence"]?["licenseFrom"]?.string == "a[rel=license] (line 10)")
        let losers = try #require(lead["evidence"]?["candidates"]?.array)
        #expect(losers.contains { $0["strategy"]?.string == "adjacent-line" })
        for loser in losers {
            #expect(loser["lostTo"]?.string == "caption-credit-element")
            #expect(loser["reason"]?.string == "a surer strategy came first: caption-credit-element")
            #expect(loser["strategy"]?.string != "caption-credit-element")
        }
        #expect(lead["findings"]?.array?.map { $0["rule"]?.string } == ["missing-source-link"])
    }

    @Test("skipped images show the check, the duplicate's original and the teaser's weighed signals")
    func skippedEvidence() throws {
        let folder = try Self.story()
        let (_, json) = try Self.explainJSON([folder.file("site/story.html")])
        let images = try #require(json["images"]?.array)
        #expect(images[2]["evidence"]?["duplicateOf"]?.string == "/media/crane.jpg")
        #expect(images[3]["evidence"]?["check"]?.string == "container")
        let teaser = try #require(images[4]["evidence"])
        #expect(teaser["check"]?.string == "link")
        #expect(teaser["threshold"]?.int == 2)
        let signals = try #require(teaser["signals"]?.array)
        #expect(signals.map { $0["name"]?.string } == ["headline-beside", "card-word"])
        #expect(signals.map { $0["weight"]?.int } == [2, 1])
    }

    @Test("a linked content image shows the teaser signals it was kept despite")
    func keptTeaser() throws {
        let figure = """
            <figure class="card"><a href="/2026/11/quay-renovation">\
            <img src="/media/quay.jpg" width="800" height="500" alt="The quay"></a>\
            <figcaption>The quay. Photo: Lena Berg</figcaption></figure>
            """
        let folder = try TemporaryFolder(["quay.html": TestPages.article(TestPages.prose + figure + TestPages.prose)])
        let (_, json) = try Self.explainJSON([folder.file("quay.html")])
        let image = try #require(json["images"]?[0])
        #expect(image["content"]?.bool == true)
        #expect(image["evidence"]?["signals"]?.array?.map { $0["name"]?.string } == ["card-word"])
        #expect(image["evidence"]?["threshold"]?.int == 2)
        let text = try CreditlintProcess.run(["explain", folder.file("quay.html")])
        #expect(text.stdout.contains("weighed as a teaser (it links to another page): class word \"card\""))
        #expect(text.stdout.contains("total 1, needs 2"))
    }

    @Test("the text output has a block for each image")
    func text() throws {
        let folder = try Self.story()
        let result = try CreditlintProcess.run(["explain", folder.file("site/story.html")])
        #expect(result.status == 0)
        for (index, src) in TestPages.explainedStoryImages.enumerated() {
            #expect(result.stdout.contains("#\(index + 1) img \(src) (line "))
        }
        #expect(result.stdout.contains("— strategy caption-credit-element"))
        #expect(result.stdout.contains("also found: adjacent-line"))
        #expect(result.stdout.contains("(+2 headline-beside), class word \"card\" on div.card (+1 card-word)"))
        #expect(result.stdout.contains("not content: avatar"))
    }

    @Test("--image keeps the images one of whose URLs contains it", arguments: [("crane", 2), ("ferry", 1)])
    func imageFilter(filter: String, count: Int) throws {
        let folder = try Self.story()
        let (_, json) = try Self.explainJSON([folder.file("site/story.html"), "--image", filter])
        let images = try #require(json["images"]?.array)
        #expect(images.count == count)
        #expect(images.allSatisfy { $0["src"]?.string?.contains(filter) == true })
    }

    @Test("--image that matches nothing is exit 2 and lists the page's image URLs")
    func noMatch() throws {
        let folder = try Self.story()
        let result = try CreditlintProcess.run(["explain", folder.file("site/story.html"), "--image", "nothing"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        for src in TestPages.explainedStoryImages { #expect(result.stderr.contains("  \(src)\n")) }
        // Each URL once, though the lead image's <noscript> copy repeats it.
        #expect(result.stderr.components(separatedBy: "  /media/crane.jpg\n").count == 2)
    }

    @Test(
        "a page that is missing, a folder, binary or not HTML is exit 2 with a message",
        arguments: ["missing.html", "site", "binary.html", "notes.txt"])
    func badPage(name: String) throws {
        let folder = try TemporaryFolder(["site/story.html": TestPages.explainedStory, "notes.txt": "hello"])
        try folder.write("binary.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]))
        let result = try CreditlintProcess.run(["explain", folder.file(name)])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot explain \(folder.file(name))"))
    }

    @Test("the configuration's selectors apply as in a scan")
    func configuration() throws {
        let folder = try TemporaryFolder([
            "site/story.html": TestPages.explainedStory,
            "site/.creditlint.yml": "version: 1\nignoreSelectors: [\"figure.lead img\"]\n",
        ])
        let (_, json) = try Self.explainJSON([folder.file("site/story.html"), "--image", "crane"])
        let images = try #require(json["images"]?.array)
        #expect(images.first?["reason"]?.string == "config-selector")
        #expect(images.first?["evidence"]?["check"]?.string == "config-selector")
    }

    @Test("a credit read from a configured credit element names that as its strategy")
    func creditSelector() throws {
        let figure = """
            <div class="pic"><img src="/media/quay.jpg" width="800" height="500" alt="The quay">\
            <div class="byline-x">Lena Berg</div></div>
            """
        let folder = try TemporaryFolder([
            "site/quay.html": TestPages.article(TestPages.prose + figure + TestPages.prose),
            "site/.creditlint.yml": "version: 1\ncreditSelectors: [\"div.byline-x\"]\n",
        ])
        let (_, json) = try Self.explainJSON([folder.file("site/quay.html")])
        let image = try #require(json["images"]?[0])
        #expect(image["credit"]?["text"]?.string == "Lena Berg")
        #expect(image["evidence"]?["strategy"]?.string == "config-credit-selector")
    }
}

import CreditTestSupport
import Foundation
import Testing

/// The real binary on `Tests/Data/embedded-site`: the JSON report carries each image's
/// embedded metadata, the rules that read it fire where the files disagree with the page,
/// and `creditlint report` reprints the same from the run database.
@Suite("Scanning a site with embedded image metadata", .serialized)
struct EmbeddedSiteScanTests {
    static let site = TestFiles.data.appendingPathComponent("embedded-site").path

    private static func images(_ json: JSONValue) -> [String: JSONValue] {
        var images: [String: JSONValue] = [:]
        for document in json["documents"]?.array ?? [] {
            for image in document["images"]?.array ?? [] {
                if let src = image["src"]?.string { images[src] = image }
            }
        }
        return images
    }

    private static func rules(_ image: JSONValue?) -> [String] {
        (image?["findings"]?.array ?? []).compactMap { $0["rule"]?.string }
    }

    @Test("fields, rules, and the reprinted report")
    func scan() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("runs.sqlite")
        let result = try CreditlintProcess.run(["scan", Self.site, "--format", "json", "--db", db])
        let images = Self.images(try JSONValue.parse(result.stdout))
        #expect(images.count == 7, "\(result.stderr)")

        let harbour = images["../images/harbour.jpg"]
        #expect(harbour?["embedded"]?["creator"]?.string == "Tomas Berg")
        #expect(harbour?["embedded"]?["from"]?["webStatement"]?.string == "xmp")
        let missing = harbour?["findings"]?.array?.first { $0["rule"]?.string == "missing-attribution" }
        #expect(
            missing?["suggestion"]?.string
                == "Photo: Tomas Berg, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)")

        let crane = images["/images/crane.png"]
        #expect(crane?["embedded"]?["file"]?.string == "images/crane.png")
        #expect(Self.rules(crane).contains("embedded-credit-mismatch"))

        // Read through the configured siteURL; credited "Dupont, Renee" for "Renée Dupont".
        let lighthouse = images["https://example.org/images/lighthouse.webp"]
        #expect(lighthouse?["embedded"]?["creator"]?.string == "Renée Dupont")
        #expect(!Self.rules(lighthouse).contains("embedded-credit-mismatch"))
        // Credited to the agency its IPTC credit line names.
        #expect(!Self.rules(images["../images/ferry.jpg"]).contains("embedded-credit-mismatch"))
        #expect(Self.rules(images["../images/pier.jpg"]).isEmpty)
        #expect(images["../images/plain.jpg"]?["embedded"]?["file"]?.string == "images/plain.jpg")
        // Outside the scan root: never read.
        #expect(images["../../../outside.jpg"]?["embedded"] == nil)
        // Off by default.
        #expect(!images.values.contains { Self.rules($0).contains("not-licensable-in-search") })

        let reported = try CreditlintProcess.run(["report", "--db", db, "--format", "json"])
        let again = Self.images(try JSONValue.parse(reported.stdout))
        #expect(again["/images/crane.png"]?["embedded"] == crane?["embedded"])
        #expect(again["../images/harbour.jpg"]?["embedded"] == harbour?["embedded"])
    }

    @Test("not-licensable-in-search, once switched on, reports local files without licensing fields")
    func licensable() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "config.yml", "siteURL: https://example.org/\nrules:\n  not-licensable-in-search: note\n")
        let result = try CreditlintProcess.run(
            [
                "scan", Self.site, "--format", "json", "--db", folder.file("runs.sqlite"), "--config",
                folder.file("config.yml"),
            ])
        let images = Self.images(try JSONValue.parse(result.stdout))
        let reported = images.filter { Self.rules($0.value).contains("not-licensable-in-search") }.keys.sorted()
        #expect(
            reported == [
                "../images/ferry.jpg", "../images/pier.jpg", "../images/plain.jpg",
                "https://example.org/images/lighthouse.webp",
            ])
    }

    @Test("a page that shows a local image file is scanned afresh: its file may have changed, its bytes not")
    func noReuseOfLocalImagePages() throws {
        let folder = try TemporaryFolder([
            "site/shown.html": TestPages.article(
                #"<figure><img src="photo.jpg" alt="The pier"><figcaption>Photo: Lena Voss</figcaption></figure>"#),
            "site/remote.html": TestPages.article(
                #"<figure><img src="https://cdn.example.net/b.jpg" alt="The dunes"><figcaption>Photo: Lena Voss</figcaption></figure>"#
            ),
        ])
        let images = TestFiles.data.appendingPathComponent("embedded-site/images")
        try folder.write("site/photo.jpg", try Data(contentsOf: images.appendingPathComponent("pier.jpg")))
        let arguments = ["scan", folder.file("site"), "--format", "json", "--db", folder.file("runs.sqlite")]
        _ = try CreditlintProcess.run(arguments)
        // The same page, another photographer's file under the same name.
        try folder.write("site/photo.jpg", try Data(contentsOf: images.appendingPathComponent("harbour.jpg")))
        let second = try JSONValue.parse(try CreditlintProcess.run(arguments).stdout)
        let documents = try #require(second["documents"]?.array)
        let shown = try #require(documents.first { $0["path"]?.string == "shown.html" })
        let remote = try #require(documents.first { $0["path"]?.string == "remote.html" })
        #expect(shown["reusedFrom"] == nil)
        #expect(remote["reusedFrom"]?.int == 1)
        let image = shown["images"]?[0]
        #expect(image?["embedded"]?["creator"]?.string == "Tomas Berg")
        #expect(Self.rules(image).contains("embedded-credit-mismatch"))
    }
}

import CreditTestSupport
import Foundation
import Testing

@Suite("creditlint images and history", .serialized)
struct ImagesAndHistoryCommandTests {
    @Test("images lists each picture once with its pages and credits, in text and JSON")
    func images() throws {
        let folder = try CrossPageSite.make()
        let db = folder.file("runs.sqlite")
        _ = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        let json = try CreditlintProcess.run(["images", "--db", db, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let listing = try JSONValue.parse(json.stdout)
        #expect(listing["run"]?.int == 1)
        let images = try #require(listing["images"]?.array)
        // harbour (three pages, one a copy of the file), market, bridge, lone.
        #expect(images.count == 4)
        let harbour = try #require(images.first { ($0["pages"]?.array?.count ?? 0) == 3 })
        #expect(
            harbour["pages"]?.array?.compactMap { $0["path"]?.string } == ["c.html", "news/a.html", "news/b.html"])
        #expect(harbour["credits"]?.array?.compactMap(\.string) == ["Photo: Anna Berg / dpa"])
        #expect(harbour["pages"]?[0]?["credit"] == .null)
        let bridge = try #require(images.first { $0["image"]?.string == "img/bridge.jpg" })
        #expect(bridge["credits"]?.array?.compactMap(\.string) == ["Photo: Anna Berg", "Photo: Jan Ek"])
        let text = try CreditlintProcess.run(["images", "--db", db])
        #expect(text.stdout.contains("img/bridge.jpg  2 pages, 2 credits\n"))
        #expect(text.stdout.contains("    news/b.html:3  ../img/bridge.jpg  'Photo: Jan Ek'\n"))
        #expect(text.stdout.hasSuffix("run 1: 4 images on 5 pages\n"))
        let none = try CreditlintProcess.run(["images", "--db", folder.file("none.sqlite")])
        #expect(none.status == 2)
    }

    @Test("history shows each run's findings by rule, and what the next run fixed and found new")
    func history() throws {
        let folder = try CrossPageSite.make()
        let db = folder.file("runs.sqlite")
        _ = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        // Credit the lone tree; move the bridge credit on b.html to agree with a.html.
        try folder.write(
            "site/e.html", CrossPageSite.article("Lone", CrossPageSite.figure("img/lone.jpg", "Photo: Jan Ek")))
        try folder.write(
            "site/news/b.html",
            CrossPageSite.article(
                "Harbour again",
                CrossPageSite.figure("/img/harbour.jpg", "The harbour at dusk.")
                    + CrossPageSite.figure("../img/bridge.jpg", "The old bridge. Photo: Anna Berg")))
        _ = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        let json = try CreditlintProcess.run(["history", "--db", db, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let runs = try #require(try JSONValue.parse(json.stdout).array)
        #expect(runs.compactMap { $0["run"]?.int } == [1, 2])
        #expect(runs[0]["findings"]?["missing-attribution"]?.int == 3)
        #expect(runs[0]["findings"]?["inconsistent-credit"]?.int == 2)
        #expect(runs[0]["new"]?.int == 5)
        #expect(runs[1]["findings"]?["missing-attribution"]?.int == 2)
        #expect(runs[1]["findings"]?["inconsistent-credit"] == nil)
        #expect(runs[1]["new"]?.int == 0)
        #expect(runs[1]["fixed"]?.int == 3)
        #expect(runs[1]["pages"]?.int == 5)
        let text = try CreditlintProcess.run(["history", "--db", db])
        #expect(text.stdout.contains("5 pages  8 images  2 findings (+0 new, -3 fixed)"))
    }
}

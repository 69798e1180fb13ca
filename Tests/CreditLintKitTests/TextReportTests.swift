import CreditTestSupport
import Foundation
import Testing

/// The grouped text report on a minified page, through the real binary: one block per image,
/// the image's own tag and column, and the same report reprinted from the run database.
@Suite("The text report groups findings by image", .serialized)
struct TextReportTests {
    /// A one-line page: a linked, uncredited photo with a generic name, and a CC BY photo whose
    /// credit lacks the author, the source link and the licence link.
    static let minified =
        #"<html><body><article><p>"# + String(repeating: "Harbour news in many words. ", count: 8)
        + #"</p><figure><a href="/cms/image.php?id=4711"><img src="/cms/image.php?id=4711" alt="Stalls"></a>"#
        + #"<figcaption>The market reopens.</figcaption></figure><figure><img src="/m/quay.jpg" alt="Quay">"#
        + #"<figcaption>The quay. Photo: Reuters, CC BY 4.0</figcaption></figure></article></body></html>"#

    @Test("one block per image with its tag, findings and one suggestion; report reprints it")
    func groupedOnAMinifiedPage() throws {
        let folder = try TemporaryFolder(["site/index.html": Self.minified])
        let db = folder.file("runs.sqlite")
        let scan = try CreditlintProcess.run(["scan", folder.file("site"), "--db", db])
        #expect(scan.status == 1)
        let text = scan.stdout
        let column =
            Self.minified.distance(
                from: Self.minified.startIndex, to: Self.minified.range(of: "<img")!.lowerBound) + 1
        #expect(text.contains("index.html:1:\(column): image \"image.php?id=4711\" (alt: \"Stalls\")\n"))
        #expect(text.contains("\n    <img src=\"/cms/image.php?id=4711\" alt=\"Stalls\">\n    error: "))
        #expect(text.contains("image \"m/quay.jpg\"\n    <img src=\"/m/quay.jpg\" alt=\"Quay\">\n"))
        #expect(
            text.contains(
                "    credit: the page has: source \"Reuters\", licence CC BY 4.0; "
                    + "missing: author, link to the original, licence link\n"))
        // Two images, two suggestions, however many findings the second one has.
        #expect(text.components(separatedBy: "    suggestion: ").count == 3)
        #expect(text.contains("[missing-source-link]") && text.contains("[license-not-linked]"))

        let report = try CreditlintProcess.run(["report", "--db", db])
        #expect(report.stdout == text)
        let json = try CreditlintProcess.run(["report", "--db", db, "--format", "json"])
        let quay = try JSONValue.parse(json.stdout)["documents"]?[0]?["images"]?[1]
        #expect(quay?["snippet"]?.string == #"<img src="/m/quay.jpg" alt="Quay">"#)
        #expect(
            quay?["missingParts"]?.array?.compactMap(\.string) == ["author", "link to the original", "licence link"])
    }
}

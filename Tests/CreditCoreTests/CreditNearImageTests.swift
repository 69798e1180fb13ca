import CreditCore
import CreditTestSupport
import Testing

/// Credits in and right next to the picture that no caption class or label announces: a
/// `<cite>`, the text beside an inner caption or after a camera icon, a layout table's next
/// row, the last line of a text column beside the picture, fine print after it.
@Suite("Credits in and next to the picture")
struct CreditNearImageTests {
    private func credit(_ body: String) -> ImageCredit? {
        ScanFixtures.creditOfOnlyImage(body)
    }

    /// A paragraph of running text, long enough that its block is no credit line itself.
    private static let story = """
        <p>The old ferry crossed the bay twice a day for forty years, carrying commuters, school \
        classes and the occasional cow, until the new bridge opened and the service was stopped. \
        Volunteers have now restored the boat, repainted its hull and fitted a quieter engine, \
        and on summer weekends it runs again between the two harbours, full of visitors.</p>
        """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        var credit: String
        var caption: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a <cite> beside the caption",
            body: """
                <figure><img src="/media/smog.png" alt="Map"><span class="meta">\
                <figcaption>Smog over the valley this week.</figcaption><cite>Example Observatory</cite></span></figure>
                """,
            credit: "Example Observatory", caption: "Smog over the valley this week."),
        Case(
            name: "the text beside an inner caption element",
            body: """
                <div class="pic"><img src="/media/nets.jpg" alt=""><div class="photo-caption">\
                <span class="fine">© Example Agency</span><br><span class="caption">A fisherman mends his nets at dawn</span></div></div>
                """,
            credit: "© Example Agency", caption: "A fisherman mends his nets at dawn"),
        Case(
            name: "of two credit-classed captions, the one that reads as a credit",
            body: """
                <div class="pic"><img src="/media/summit.jpg" alt=""><div class="meta-box">\
                <div class="img-caption attribution">Two ministers at the summit</div>\
                <figcaption class="img-credit">Example Wire/Jane Roe</figcaption></div></div>
                """,
            credit: "Example Wire/Jane Roe", caption: "Two ministers at the summit"),
        Case(
            name: "a credit element that also holds the description",
            body: """
                <div class="pic"><img src="/media/tram.jpg" alt=""><span class="photo-credits">\
                <p>Le maire visite le nouveau chantier du tramway, qui doit ouvrir en mai prochain.</p>\
                <div><span class="icon-camera"></span><span>Jean Dupont / Agence Exemple / AFP</span></div></span></div>
                """,
            credit: "Jean Dupont / Agence Exemple / AFP",
            caption: "Le maire visite le nouveau chantier du tramway, qui doit ouvrir en mai prochain."),
        Case(
            name: "a bracketed link to another site closing the caption",
            body: """
                <div class="still"><img src="/media/film-still.jpg" alt=""><br><i>A still from an old \
                public-information film. (<a href="https://archive.example.org/films/12">Example Archive</a>)</i></div>
                """,
            credit: "Example Archive", caption: "A still from an old public-information film."),
        Case(
            name: "fine print right after the picture",
            body: #"<p><img src="/media/bridge.jpg" alt=""><br><small>Jane Roe</small></p>"#,
            credit: "Jane Roe", caption: nil),
        Case(
            name: "the row below in a layout table, past an empty spacer row",
            body: layoutTable(
                """
                <tr><td></td><td><img src="/pics/lighthouse.jpg" width="640" height="420" alt=""></td><td></td></tr>\
                \(spacerRow)\
                <tr><td></td><td><p>The lighthouse at dusk. Taken by Ann Lee in 2012, Wikimedia Commons</p></td><td></td></tr>
                """),
            credit: "Taken by Ann Lee in 2012, Wikimedia Commons", caption: "The lighthouse at dusk."),
        Case(
            name: "a name in its own element after the caption's last sentence",
            body:
                #"<figure><img src="/media/dunes.jpg" alt=""><figcaption>Dunes at sunset. <em>Jane Roe</em></figcaption></figure>"#,
            credit: "Jane Roe", caption: "Dunes at sunset."),
    ]

    @Test(arguments: cases)
    func findsTheCredit(_ example: Case) throws {
        let found = try #require(credit(example.body))
        #expect(found.text == example.credit)
        #expect(found.caption == example.caption)
    }

    @Test func textAfterACameraIconInTheCaptionIsTheCreditWhateverItsWords() throws {
        let scan = ScanFixtures.scanBody(
            """
            <div class="wp-caption"><img src="/uploads/leaf-cells.png" alt="" width="600" height="400">\
            <p class="wp-caption-text">Detail of a leaf cell under the microscope. \
            <img class="icon" src="/theme/camera-icon.png" width="12" height="12" alt=""> Rossi and Chen, 2019</p></div>
            """)
        let found = try #require(scan.images.first(where: { $0.src.hasSuffix("leaf-cells.png") })?.credit)
        #expect(found.text == "Rossi and Chen, 2019")
        #expect(found.caption == "Detail of a leaf cell under the microscope.")
    }

    @Test(arguments: [
        // A media player's duration where a credit could stand.
        #"<figure><img src="/media/clip.jpg" alt=""><figcaption>Harbour report <span class="media-byline">04:12 Min.</span></figcaption></figure>"#,
        // A headline set over the lead picture, its last part after a bar.
        #"<div class="lead-box"><img src="/media/lemons.jpg" alt=""><h2>How to Grow Lemons on a Balcony | Beginner Guide</h2></div>"#,
        // A form's field heading after a label word.
        #"<div class="pic"><img src="/media/form.jpg" alt=""></div><div class="field">Provided by (Responsible Party):</div>"#,
        // A caption in Japanese after the picture: no capitals, so no capitalised name.
        #"<div class="pic"><img src="/media/nuc.jpg" alt=""><small>Intelの新型NUCファミリーで最上位のモデル</small></div>"#,
    ])
    func textsThatNameNoOneAreNoCredit(_ body: String) {
        #expect(credit(Self.story + body + Self.story) == nil)
    }

    @Test func emojiPictureInsideASentenceSplitsNoCreditOff() {
        let scan = ScanFixtures.scanBody(
            """
            <figure><img src="/uploads/beach.jpg" alt="" width="600" height="400"><figcaption>A good day \
            <img class="emoji" src="/theme/smile.svg" width="16" height="16" alt="🙂"> at the beach with friends</figcaption></figure>
            """)
        #expect(scan.images.first(where: { $0.src.hasSuffix("beach.jpg") })?.credit == nil)
    }

    @Test func bracketedLinkToThisSiteIsNoSource() {
        let found = credit(
            """
            <div class="still"><img src="/media/film-still.jpg" alt=""><br><i>A still from an old \
            public-information film. (<a href="/films/12">more</a>)</i></div>
            """)
        #expect(found == nil)
    }

    /// A layout table: the picture's row, an empty spacer row, then the row with its line.
    private static func layoutTable(_ rows: String) -> String {
        "<table class=\"layout\"><tbody>\(rows)</tbody></table>"
    }

    private static let spacerRow = "<tr><td colspan=\"3\" height=\"6\"></td></tr>"

    @Test func creditRowOfThePictureAboveIsNotBorrowed() throws {
        let scan = ScanFixtures.scanBody(
            Self.layoutTable(
                """
                <tr><td><img src="/pics/first.jpg" width="640" height="420" alt=""></td></tr>\(Self.spacerRow)\
                <tr><td><p>Urheber: Max Beispiel (Eigenes Werk), CC BY-SA 4.0</p></td></tr>\(Self.spacerRow)\
                <tr><td><img src="/pics/second.jpg" width="640" height="420" alt=""></td></tr>
                """))
        #expect(scan.images.count == 2)
        let first = try #require(scan.images.first(where: { $0.src.hasSuffix("first.jpg") }))
        let second = try #require(scan.images.first(where: { $0.src.hasSuffix("second.jpg") }))
        #expect(first.credit?.text == "Urheber: Max Beispiel (Eigenes Werk), CC BY-SA 4.0")
        #expect(second.credit == nil)
    }

    /// Roundup items: a picture, and beside it a text column too long to be a credit line whose
    /// last line is one of `lastLines`.
    private static func roundup(_ lastLines: [String]) -> String {
        lastLines.enumerated().map { item, line in
            """
            <div class="item"><img src="/media/item-\(item).jpg" class="item-image" alt="">\
            <div class="item-text"><span class="item-title">Item \(item)</span>\(story)\(story)<p><em>\(line)</em></p></div></div>
            """
        }.joined(separator: "\n")
    }

    @Test func lastLineOfTheTextColumnBesideEachPictureIsItsCredit() throws {
        let scan = ScanFixtures.scanBody(Self.roundup(["Image: Jane Roe", "Image: Example Museum"]))
        let credits = scan.images.sorted { $0.src < $1.src }.map { $0.credit?.text }
        #expect(credits == ["Image: Jane Roe", "Image: Example Museum"])
    }

    @Test func lastLineThatDescribesIsNoCredit() {
        let scan = ScanFixtures.scanBody(Self.roundup(["The square was rebuilt after the flood of 1990."]))
        #expect(scan.images.count == 1)
        #expect(scan.images.first?.credit == nil)
    }

    @Test(arguments: [
        "Dunes at sunset. <strong>Jane Roe</strong>",
        "A scene from <em>Citizen Example</em>",
        "Dunes at sunset. <em>the northern ridge</em>",
    ])
    func closingElementThatNamesNoPhotographerIsNoCredit(caption: String) {
        #expect(
            credit(#"<figure><img src="/media/dunes.jpg" alt=""><figcaption>\#(caption)</figcaption></figure>"#) == nil)
    }

    @Test func descriptionInFinePrintIsNoCredit() {
        #expect(
            credit(
                #"<p><img src="/media/bridge.jpg" alt=""><br><small>the old bridge from the river bank, looking north</small></p>"#
            ) == nil)
    }
}

import CreditCore
import CreditTestSupport
import Testing

/// Credits the article states away from its pictures: closing lines, "all photos" notes,
/// lead-picture lines, credits lists tied to pictures by place or title.
@Suite("Credit statements in the article text")
struct ArticleCreditStatementTests {
    private func credits(_ body: String) -> [String?] {
        ScanFixtures.scanBody(body).images.map { $0.credit?.text }
    }

    private func figure(_ name: String, alt: String = "") -> String {
        #"<figure><img src="/media/\#(name).jpg" alt="\#(alt)"></figure>"#
    }

    @Test func closingPhotoLineCoversThePicturesItFollows() {
        let page = ScanFixtures.scan(
            TestPages.page(
                """
                <div class="story">\(figure("harbour"))\(TestPages.prose)\(figure("quay"))\(TestPages.prose)
                <p>Foto: Stadtarchiv Lindau</p></div>
                """, footer: #"<p><img src="/ads/banner.jpg" alt=""></p>"#))
        let inStory = page.images.filter { $0.src.hasPrefix("/media/") }
        #expect(inStory.map { $0.credit?.text } == ["Foto: Stadtarchiv Lindau", "Foto: Stadtarchiv Lindau"])
        #expect(inStory.allSatisfy { $0.credit?.strategy == .articleText })
    }

    @Test func plainPhotoLineBetweenPicturesCreditsNoOtherPicture() {
        // Neither the line before the second picture nor one in the middle of the text is
        // a statement about every picture: an unattributed picture stays unattributed.
        let found = credits(
            """
            \(figure("one"))\(TestPages.prose)<p>Photo: Jonas Weber</p>\(TestPages.prose)\(figure("two"))
            \(TestPages.prose)
            """)
        #expect(found == [nil, nil])
    }

    @Test func sourceLineClosingTheArticleIsNoPhotoCredit() {
        #expect(credits("\(figure("one"))\(TestPages.prose)<p>Source: Example Wire</p>") == [nil])
    }

    @Test(arguments: ["(All pictures: Studio Nord)", "Alle Fotos: Studio Nord", "Text and photos: Studio Nord"])
    func statementUnderTheFirstPictureAboutEveryPicture(note: String) {
        let found = credits(
            """
            <p><img src="/media/first.jpg" alt=""><em>\(note)</em></p>\(TestPages.prose)
            \(figure("second"))\(TestPages.prose)\(figure("third"))
            """)
        let expected = note.hasPrefix("(") ? String(note.dropFirst().dropLast()) : note
        #expect(found.dropFirst().allSatisfy { $0 == expected })
        #expect(found.first != nil)
    }

    @Test func pluralPhotoLineAwayFromEveryPictureCoversThemAll() {
        let found = credits(
            """
            \(figure("one"))\(TestPages.prose)<p>Photographs by Studio Nord</p>\(TestPages.prose)\(figure("two"))
            \(TestPages.prose)
            """)
        #expect(found == ["Photographs by Studio Nord", "Photographs by Studio Nord"])
    }

    @Test(arguments: [("Photos: Studio Nord", true), ("Photo: Studio Nord", false)])
    func captionUnderOnePictureCoversTheOthersOnlyWhenPlural(caption: String, coversAll: Bool) {
        let found = credits(
            """
            <figure><img src="/media/one.jpg" alt=""><figcaption>\(caption)</figcaption></figure>
            \(TestPages.prose)\(figure("two"))\(TestPages.prose)
            """)
        #expect(found == [caption, coversAll ? caption : nil])
    }

    @Test func leadLineSharingAParagraphAfterTheLastPicture() {
        let page = ScanFixtures.scan(
            """
            <html><body><div class="page"><div class="hero"><img src="/media/hero.jpg" alt=""></div>
            <article class="post"><h1>Five good things</h1>\(TestPages.prose)
            <figure><img src="/media/item.jpg" alt=""><figcaption>Photo: Lena Ortiz</figcaption></figure>
            <p>Thanks for reading.<br><em>Lead image: Carl Moss/Example Stock</em></p>
            \(TestPages.prose)</article></div></body></html>
            """)
        #expect(page.images.map { $0.credit?.text } == ["Lead image: Carl Moss/Example Stock", "Photo: Lena Ortiz"])
        #expect(page.images.first?.credit?.strategy == .articleText)
    }

    @Test(arguments: [
        ("Picture top: ", "Picture centre: ", "Picture bottom: "),
        ("Abbildung oben: ", "Abbildung Mitte: ", "Abbildung unten: "),
        ("First photo: ", "Second photo: ", "Last photo: "),
    ])
    func listOfPlacesTiesEachLineToItsPicture(top: String, middle: String, bottom: String) {
        let found = credits(
            """
            \(figure("a"))\(TestPages.prose)\(figure("b"))\(TestPages.prose)\(figure("c"))\(TestPages.prose)
            <hr><p><small>\(bottom)Ute Brandt</small></p><p><small>\(top)Unknown painter – public domain</small></p>
            <p><small>\(middle)Museum Ostwall</small></p>
            """)
        #expect(found == [top + "Unknown painter – public domain", middle + "Museum Ostwall", bottom + "Ute Brandt"])
    }

    @Test func listEntriesNamingTheSubjectFindTheirPicture() {
        let page = ScanFixtures.scanBody(
            """
            \(figure("novel-cover"))\(TestPages.prose)
            <figure><img src="/media/p42.jpg" alt="The lighthouse at Hornum in winter"></figure>\(TestPages.prose)
            <h6>Image credits:<br>Featured image: Old pier, Tom Hale [<a href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a>]<br>
            Hornum lighthouse: Greta Lund, public domain<br>Cover art: Harbour Press</h6>
            """)
        #expect(
            page.images.map { $0.credit?.text } == [
                "Cover art: Harbour Press", "Hornum lighthouse: Greta Lund, public domain",
            ])
        // An entry keeps only its own links: the other entry's licence link is not its licence.
        #expect(page.images.first?.license == nil)
        #expect(page.images.last?.license?.id == "LicenseRef-PublicDomain")
    }

    @Test(arguments: [
        "<p>Credits:<br>Director: Ana Vidal<br>Music: Tom Hale</p>",
        "<p>Credits: Ana Vidal (director), Tom Hale (music)</p>",
    ])
    func creditsOfAFilmAreNoPhotoCredit(closing: String) {
        #expect(credits("\(figure("still"))\(TestPages.prose)\(closing)") == [nil])
    }

    @Test func roleAfterANameInASentenceMarksWhoIsPictured() {
        let found = credits(
            """
            \(figure("portrait"))\(TestPages.prose)<p>Lia Moor (photo) takes over the shop in May.</p>\(TestPages.prose)
            """)
        #expect(found == [nil])
    }

    @Test func listEntryBrokenOverLinesStaysOneEntry() {
        let found = credits(
            """
            \(figure("one"))\(TestPages.prose)\(figure("two"))\(TestPages.prose)
            <p>Photo credits:<br>Top: Harbour at dawn, seen from the<br>old customs house, Ida Roth<br>Bottom: City Archive</p>
            """)
        #expect(found == ["Top: Harbour at dawn, seen from the old customs house, Ida Roth", "Bottom: City Archive"])
    }

    @Test func leadStatementSkipsAPictureDeepInTheText() {
        // The featured picture is a CSS background; the first inline picture stands after
        // most of the text and is not the lead.
        let prose = String(repeating: TestPages.prose, count: 4)
        let found = credits(
            """
            \(prose)\(figure("chart"))\(TestPages.prose)<p><em>Featured image: Marta Kovac</em></p>
            """)
        #expect(found == [nil])
    }

    @Test func bylineRepeatingTheLeadCaptionCreditsNoOtherPicture() {
        let page = ScanFixtures.scan(
            TestPages.page(
                """
                <figure><img src="/media/map.jpg" alt=""><figcaption>Old map. Photo by Anna Berg, CC0.</figcaption></figure>
                \(TestPages.prose)\(figure("screenshot"))
                """, header: #"<div class="author-credentials"><p>Photo by Anna Berg, CC0.</p></div>"#))
        #expect(page.images.map { $0.credit?.strategy } == [.figcaption, nil])
    }

    @Test func noteThatLinksToThePageThePictureLinksToCreditsIt() {
        let found = credits(
            """
            <p><a href="https://science.example.org/soil-study"><img src="/media/chart.png" alt="Nitrate levels by year"></a></p>
            \(TestPages.prose)
            <div class="about"><p>Interview by Max Roe. <a href="https://science.example.org/soil-study/">Chart</a> courtesy \
            of the Soil Institute. Music by Ana Vidal.</p></div>
            """)
        #expect(found == ["Chart courtesy of the Soil Institute"])
    }

    @Test func headlineLinkingToTheSamePageIsNoCredit() {
        let found = credits(
            """
            <p><a href="https://news.example.org/photos-by-readers"><img src="/media/reader.jpg" alt=""></a></p>
            <h3><a href="https://news.example.org/photos-by-readers">Photos by our readers from the coast</a></h3>
            \(TestPages.prose)
            """)
        #expect(found == [nil])
    }

    @Test func leadLineJustBelowTheArticleContainer() {
        let page = ScanFixtures.scan(
            """
            <html><body><main><div class="wrap"><div class="entry-content">\(TestPages.prose)
            <p><img src="/media/lead.jpg" alt=""></p>\(TestPages.prose)\(TestPages.prose)</div>
            <div class="entry-footer"><p><em>Header image: Ivo Stern/Example Stock</em></p></div></div>
            <aside><p>Photos: Example Stock</p><p><img src="/media/sidebar.jpg" alt=""></p></aside></main></body></html>
            """)
        #expect(page.images.first?.credit?.text == "Header image: Ivo Stern/Example Stock")
    }

    @Test func siteWideFooterNoteIsNoStatement() {
        let page = ScanFixtures.scan(
            TestPages.page(
                "\(figure("pier"))\(TestPages.prose)", footer: "<p>All photos on this site: Example Stock</p>"))
        #expect(page.images.first { $0.src == "/media/pier.jpg" }?.credit == nil)
    }

    @Test(arguments: [
        ("Words: Mia Sand, Oli Brook Photos: Oli Brook", "Photos: Oli Brook"),
        ("Text: Mia Sand · Foto: Oli Brook", "Foto: Oli Brook"),
        ("Texto: Mia Sand | Fotografías de Oli Brook", "Fotografías de Oli Brook"),
        ("By Mia Sand (text) and Oli Brook (photos)", "Oli Brook (photos)"),
    ])
    func photographerNamedAfterTheWriterCoversEveryPicture(line: String, credit: String) {
        let found = credits(
            """
            <p>\(line)</p>\(TestPages.prose)\(figure("one"))\(TestPages.prose)\(figure("two"))\(TestPages.prose)
            """)
        #expect(found == [credit, credit])
    }

    @Test func closingLineCoversTheHeroAboveTheArticleText() {
        let page = ScanFixtures.scan(
            """
            <html><body><main><div class="post"><header><div class="featured"><img src="/media/hero.jpg" alt=""></div>
            <h1>Ten good deals</h1></header><div class="entry-content">\(TestPages.prose)\(TestPages.prose)
            <p>Follow us for more deals.</p><div class="image-source"><span>Image source: Lia Moor/Example Stock</span></div>
            </div></div></main></body></html>
            """)
        #expect(page.images.map { $0.credit?.text } == ["Image source: Lia Moor/Example Stock"])
    }

    @Test func creditLineClosingOneItemIsNoClosingCredit() {
        // Each item holds a picture and a long text ending in the picture's credit line: an
        // item's line closes its item, not the article, even the last one's.
        let item = { (name: String, credit: String) in
            """
            <div class="item"><img src="/media/\(name).jpg" alt=""><div class="item-text">\(TestPages.prose)\(TestPages.prose)
            <p><em>Image: \(credit)</em></p></div></div>
            """
        }
        let found = credits(item("one", "Ada Berg") + item("two", "Ben Holt") + item("three", "Cy Lund"))
        #expect(!found.dropFirst().contains("Image: Ada Berg"))
        #expect(!found.dropLast().contains("Image: Cy Lund"))
    }
}

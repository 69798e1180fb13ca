import CreditTestSupport
import Testing

@testable import CreditAttribution
@testable import CreditScanner

/// Which container is taken for the article when the page marks it poorly or not at all.
@Suite("Choosing the article by its story text")
struct ArticleScopeTests {
    private func reason(of src: String, in scan: PageScan) -> String? {
        scan.skipped.first { $0.src == src }?.reason
    }

    /// A sentence long enough to count as running text.
    private static let sentence =
        "The ferry timetable changes next month, and the harbour office says that the evening crossings will run every forty minutes."

    @Test func linkedTeaserExcerptsDoNotOutweighTheStory() {
        let teaser = """
            <div class="card"><a href="/travel/other-story-N.html"><img src="/media/teaser-N.jpg" alt="">\
            <p>\(Self.sentence) \(Self.sentence)</p></a></div>
            """
        let cards = (1...6).map { teaser.replacingOccurrences(of: "N", with: String($0)) }.joined()
        let scan = ScanFixtures.scan(
            """
            <html><body>
            <article class="story-page"><h1>Ferries</h1>
            <figure><img src="/media/ferry.jpg" alt="A ferry"><figcaption>Photo: Lena Berg</figcaption></figure>
            <p>\(Self.sentence)</p><p>\(Self.sentence)</p></article>
            <article class="more-from-section">\(cards)</article>
            </body></html>
            """)
        #expect(scan.images.map(\.src) == ["/media/ferry.jpg"])
        #expect(reason(of: "/media/teaser-1.jpg", in: scan) == "outside-article")
    }

    @Test func aPageSetInsideNoscriptStillHasAnArticle() {
        // The site's version for readers without scripts is the whole page.
        let scan = ScanFixtures.scan(
            """
            <html><body><noscript><div id="site">
            <div class="menu"><a href="/">Home</a> <a href="/park">The park</a></div>
            <div class="text"><p>\(Self.sentence)</p><p>\(Self.sentence)</p>
            <div class="photo"><img src="/media/bears.jpg" alt="Bears"><div class="dida">Bears in spring. Foto: Ada Neri</div></div>
            <p>\(Self.sentence)</p></div>
            <div class="partners"><img src="/static/europarc.gif" alt=""><img src="/static/ministry.gif" alt=""></div>
            </div></noscript></body></html>
            """)
        #expect(scan.images.map(\.src) == ["/media/bears.jpg"])
        #expect(reason(of: "/static/ministry.gif", in: scan) == "outside-article")
    }

    @Test func aHiddenGalleryWithLongCaptionsDoesNotOutweighTheStory() {
        let slide = """
            <div class="slide"><img src="/media/slide-N.jpg" alt="Slide N">            <div class="slide-caption">\(Self.sentence) \(Self.sentence) \(Self.sentence)</div></div>
            """
        let slides = (1...5).map { slide.replacingOccurrences(of: "N", with: String($0)) }.joined()
        let scan = ScanFixtures.scan(
            """
            <html><body><div class="page">
            <div class="overlay-gallery" style="display: none">\(slides)</div>
            <div class="column"><h1>Ferries</h1>
            <p>\(Self.sentence)</p>
            <div class="pic"><img src="/media/ferry.jpg" width="600" height="400" alt="A ferry"><span class="credit">Lena Berg</span></div>
            <p>\(Self.sentence)</p><p>\(Self.sentence)</p></div>
            <div class="sidebar-box"><img src="/media/promo.jpg" alt=""><p>Short promo text.</p></div>
            </div></body></html>
            """)
        #expect(scan.images.map(\.src).contains("/media/ferry.jpg"))
        #expect(scan.images.first { $0.src == "/media/ferry.jpg" }?.credit?.text == "Lena Berg")
    }

    @Test(arguments: [
        ("display: none", true), ("DISPLAY:NONE;", true), ("color: red; visibility : hidden", true),
        ("display: block", false), ("visibility: visible", false), ("", false),
    ])
    func inlineStylesThatHideAnElement(style: String, hides: Bool) {
        #expect(ArticleScope.hidesElement(style: style) == hides)
    }

    @Test func aLongCommentThreadDoesNotOutweighTheStory() {
        let comment = "<li><img src=\"/media/user-N.png\" alt=\"\"><p>\(Self.sentence)</p><p>\(Self.sentence)</p></li>"
        let thread = (1...8).map { comment.replacingOccurrences(of: "N", with: String($0)) }.joined()
        let scan = ScanFixtures.scan(
            """
            <html><body><div id="wrap">
            <div class="text-column"><h1>Ferries</h1>
            <div class="pic"><img src="/media/ferry.jpg" width="600" height="400" alt="A ferry"></div>
            <p>\(Self.sentence)</p><p>\(Self.sentence)</p><p>\(Self.sentence)</p></div>
            <div class="reader-comments"><ul>\(thread)</ul></div>
            </div></body></html>
            """)
        #expect(scan.images.map(\.src) == ["/media/ferry.jpg"])
        #expect(reason(of: "/media/user-1.png", in: scan) == "outside-article")
    }

    @Test func storyBrokenWithLineBreaksFollowsItsHeadline() {
        let product = """
            <div class="item"><a href="/shop/wine-N.html"><img src="/shop/wine-N.jpg" alt=""></a>\
            <a href="/shop/wine-N.html">Wine N</a> 12.50</div>
            """
        let listing = (1...5).map { product.replacingOccurrences(of: "N", with: String($0)) }.joined()
        let scan = ScanFixtures.scan(
            """
            <html><body><div class="page">
            <div class="title"><h1>The Ebro valley</h1></div>
            <div class="description"><img src="/media/valley-map.png" width="300" height="300" alt="Map">
            \(Self.sentence)<br><br>\(Self.sentence)<br><br>\(Self.sentence)</div>
            \(listing)
            <div class="notice" role="dialog"><p>\(Self.sentence) \(Self.sentence) \(Self.sentence) \(Self.sentence)</p></div>
            </div></body></html>
            """)
        #expect(scan.images.map(\.src) == ["/media/valley-map.png"])
        #expect(reason(of: "/shop/wine-1.jpg", in: scan) == "outside-article")
    }
}

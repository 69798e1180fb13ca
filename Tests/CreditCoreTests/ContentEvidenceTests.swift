import CreditCore
import CreditTestSupport
import Testing

/// Non-content pictures found by evidence about the picture (where its link leads, what
/// surrounds it, its size), each skipped with its reason and the evidence that gave it away;
/// and content pictures that the same evidence keeps.
@Suite("Content or not, weighed by evidence")
struct ContentEvidenceTests {
    private func skipped(_ src: String, in scan: PageScan) -> SkippedImage? {
        scan.skipped.first { $0.src == src }
    }

    @Test func anIconInsideAnotherPicturesCaptionIsNoSecondPicture() throws {
        let scan = ScanFixtures.scanBody(
            """
            <div class="wp-caption"><img src="/media/quay.jpg" width="640" height="420" alt="The quay">\
            <p class="wp-caption-text">The quay at dawn. <img src="/static/cam.png"> Lena Berg/Example Agency</p></div>
            """)
        #expect(scan.images.map(\.src) == ["/media/quay.jpg"])
        let icon = try #require(skipped("/static/cam.png", in: scan))
        #expect(icon.reason == "icon")
        #expect(icon.evidence?.summary == "inside the caption of another picture")
        #expect(icon.evidence?.check == "caption-icon")
        let kept = try #require(scan.images.first?.evidence)
        #expect(kept.strategy != nil && kept.inArticle == true && kept.check == nil)
        #expect(scan.images.first?.credit?.text.contains("Lena Berg") == true)
    }

    @Test func aTeaserWhoseHeadlineLinksToTheSameStoryIsRelated() throws {
        let scan = ScanFixtures.scanBody(
            """
            <div class="next-up"><div class="pic"><a href="https://paper.example/city/tram-extension.html">\
            <img src="/img.php?f=tram.jpg&w=200&h=150" alt="Tram"></a></div>\
            <div class="txt"><a href="/city/tram-extension.html"><h5>The tram line reaches the harbour</h5></a></div></div>
            """)
        #expect(scan.images.isEmpty)
        let teaser = try #require(skipped("/img.php?f=tram.jpg&w=200&h=150", in: scan))
        #expect(teaser.reason == "related-posts")
        #expect(teaser.evidence?.summary?.contains("a headline beside it links there too") == true)
        #expect(teaser.evidence?.summary?.contains("200x150 (URL)") == true)
        // The weighed signals, each with its weight, and the weight they must reach.
        #expect(teaser.evidence?.check == "link")
        #expect(teaser.evidence?.signals?.map(\.name) == ["headline-beside", "small-size"])
        #expect(teaser.evidence?.signals?.map(\.weight) == [2, 1])
        #expect(teaser.evidence?.threshold == 2)
    }

    @Test func hiddenImageLinksInARowOfCardsAreTeasers() {
        let card = """
            <div class="tile"><a href="/stories/N" aria-hidden="true" tabindex="-1">\
            <img src="/media/tile-N.jpg" alt=""></a><span>Story N</span></div>
            """
        let scan = ScanFixtures.scanBody(
            "<div class=\"tiles\">" + (1...4).map { card.replacingOccurrences(of: "N", with: String($0)) }.joined()
                + "</div>")
        #expect(scan.images.isEmpty)
        #expect(
            skipped("/media/tile-2.jpg", in: scan)?.evidence?.summary?.contains("one of 4 cards of the same shape")
                == true)
    }

    @Test(arguments: [
        (
            #"<img src="https://ads.example.net/www/delivery/avw.php?zoneid=4" alt="">"#, "advertisement",
            #"image URL has "/www/delivery/""#
        ),
        (
            #"<a href="https://aff.example.com/click.php?id=9"><img src="/media/offer.jpg" alt="Offer"></a>"#,
            "advertisement",
            "links to an ad server or a donation page (aff.example.com)"
        ),
        (
            #"<a href="https://outfitter.example/"><img src="/media/offer.jpg" width="160" height="600" alt=""></a>"#,
            "advertisement",
            "160x600, a standard ad size, linked to outfitter.example"
        ),
        (
            #"<a href="/shop/winter-box/"><img src="/media/offer.jpg" alt="Winter box"></a>"#, "advertisement",
            "links to a shop page"
        ),
        (
            #"<a href="https://twitter.com/harbourpaper"><img src="/media/offer.jpg" alt="Follow us"></a>"#,
            "share-button",
            "links to a profile or share page on twitter.com"
        ),
        (
            #"<div class="teaser-banner"><a href="/live/flood-updates/"><img src="/media/offer.jpg" alt="Live"></a></div>"#,
            "advertisement",
            #"a linked banner (class word "banner" on div.teaser-banner)"#
        ),
        (
            #"<img src="/media/offer.png" data-width="1000" data-height="20">"#, "decorative",
            "1000x20: a divider between sections"
        ),
        (
            #"<div class="story-card"><a href="/news/harbour-opens"><img src="/media/offer.jpg" width="200" height="120" alt=""></a></div>"#,
            "related-posts", #"links to another page; class word "card" on div.story-card; 200x120 (attributes)"#
        ),
        (
            #"<div class="signup-cta"><img src="/media/offer.png" alt="Sign up"></div>"#, "advertisement",
            #"class word "cta" on div.signup-cta"#
        ),
        (
            #"<figure><img src="/static/ajax-loader.gif" alt="wait"></figure>"#, "icon",
            #"a loading indicator (file name word "loader")"#
        ),
        (
            #"<div class="top"><img src="/media/offer.jpg" width="960" height="180" alt=""></div>"#, "decorative",
            #"alt="" on a 960x180 strip, a banner"#
        ),
        (
            #"<div style="float: right"><a href="/prizes/"><img src="/media/offer.png" width="140" height="160" alt="Prizes"></a></div>"#,
            "related-posts", "links to another page; a section page of the site; 140x160 (attributes)"
        ),
    ])
    func promotionsAndFurnitureAreSkippedWithTheirEvidence(html: String, reason: String, evidence: String) throws {
        let scan = ScanFixtures.scanBody(html)
        #expect(scan.images.isEmpty)
        let image = try #require(scan.skipped.last)
        #expect(image.reason == reason)
        #expect(image.evidence?.summary == evidence)
    }

    @Test func aPictureInACallToActionBoxIsAnAdvertisement() throws {
        let scan = ScanFixtures.scanBody(
            """
            <section class="campaign-banner"><img src="/media/drops.png" width="500" height="500" alt="">\
            <h2>Support local news</h2><p>Readers keep us going.</p>\
            <a class="button" href="/subscribe/">Join now</a></section>
            """)
        #expect(scan.images.isEmpty)
        #expect(
            skipped("/media/drops.png", in: scan)?.evidence?.summary
                == "in section.campaign-banner with a link to a subscribe page")
    }

    @Test(arguments: [
        // A captioned figure keeps the picture whatever its own class says.
        #"<figure><div class="frame"><img class="cms-logos" src="/media/harbour-logo-day.jpg" width="800" height="500" alt=""></div><figcaption>Harbour day. Photo: Ana Lopez</figcaption></figure>"#,
        // Thumbnails that open their own full size in a closing block of the story.
        #"<div class="story-footer"><a href="/media/big/quay.jpg"><img src="/media/big/quay-200x200.jpg" alt="Quay"></a></div>"#,
        // A report cover linking to the report's PDF is a picture of the report.
        #"<a href="/files/traffic-report.pdf"><img src="/media/report-cover.jpg" width="150" height="200" alt=""><h3>Download the full report on harbour traffic</h3></a>"#,
        // A photo player is a slideshow of pictures, not a video's poster frame.
        #"<div id="photo-player"><img src="/media/market.jpg" width="800" height="500" alt="Market"></div>"#,
        // A captioned panorama is a picture, not a banner.
        #"<figure><img src="/media/skyline.jpg" width="1600" height="300" alt=""><figcaption>The skyline. Photo: Ana Lopez</figcaption></figure>"#,
        // A figure linking to an earlier story, without a headline, is still a picture.
        #"<figure><a href="/news/earlier-story.html"><img src="/media/pier.jpg" width="800" height="500" alt=""></a><figcaption>The pier. Photo: Ana Lopez</figcaption></figure>"#,
    ])
    func presentedPicturesStayContent(html: String) {
        let scan = ScanFixtures.scanBody(html)
        #expect(scan.images.count == 1, "\(scan.skipped)")
    }

    @Test func aPromotionsLinkDoesNotCondemnTheSameFileElsewhere() {
        let scan = ScanFixtures.scanBody(
            """
            <a href="/shop/calendar/"><img src="/media/lighthouse.jpg" alt="Calendar"></a>
            <figure><img src="/media/lighthouse.jpg" alt=""><figcaption>The lighthouse. Photo: Ana Lopez</figcaption></figure>
            """)
        #expect(skipped("/media/lighthouse.jpg", in: scan)?.reason == "advertisement")
        #expect(scan.images.map(\.src) == ["/media/lighthouse.jpg"])
    }

    @Test func thePagesDeclaredPictureAboveTheArticleIsItsLeadImage() {
        let scan = ScanFixtures.scan(
            """
            <html><head><meta property="og:image" content="https://paper.example/media/posts/ferry-lead.jpg"></head><body>
            <div class="top-pic"><img src="/resize.php?src=/media/posts/ferry-lead.jpg&w=1200" alt=""></div>
            <div class="columns"><div class="side-column"><p>Filed under travel.</p></div>
            <article>\(TestPages.prose)\(TestPages.prose)</article></div>
            <div class="other-pic"><img src="/media/posts/unrelated.jpg" alt=""></div>
            </body></html>
            """)
        #expect(scan.images.map(\.src) == ["/resize.php?src=/media/posts/ferry-lead.jpg&w=1200"])
        #expect(scan.skipped.first { $0.src == "/media/posts/unrelated.jpg" }?.reason == "outside-article")
    }
}

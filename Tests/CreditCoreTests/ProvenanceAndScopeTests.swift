import CreditCore
import CreditTestSupport
import Testing

/// Where each credit field came from, bylines that name the photographer, lazy-loading
/// variants and page furniture inside the article.
@Suite("Credit provenance, bylines, lazy images and content scope")
struct ProvenanceAndScopeTests {
    @Test func figcaptionFieldsPointAtTheCaptionAndItsLinks() throws {
        let page = ScanFixtures.scanBody(
            """
            <figure class="wp-block-image"><img src="/media/a.jpg" alt="">
            <figcaption class="wp-element-caption">The quay. Photo: <a href="https://commons.wikimedia.org/wiki/File:Quay.jpg">Jane Doe</a>, \
            <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></figcaption></figure>
            """)
        let credit = try #require(page.images.first?.credit)
        let caption = try #require(credit.origins[.text])
        #expect(caption.method == .text)
        #expect(caption.element == "figcaption.wp-element-caption")
        #expect(credit.origins[.caption]?.element == "figcaption.wp-element-caption")
        #expect(credit.origins[.author] == caption)
        #expect(credit.origins[.licenseURL]?.element == "a[rel=license]")
        #expect(credit.origins[.licenseURL]?.method == .link)
        #expect(credit.origins[.sourceURL]?.element == "a")
        #expect(credit.origins[.sourceURL]?.line == caption.line)
        // Only fields with a value have an origin.
        #expect(credit.origins[.title] == nil)
    }

    @Test func attributeCreditsNameTheirAttribute() throws {
        let data = ScanFixtures.scanBody(
            #"<div class="photo" data-credit="Photo: Ana Lopez/Example Press"><img src="/media/b.jpg" alt=""></div>"#)
        #expect(data.images.first?.credit?.origins[.text]?.method == .attribute)
        #expect(data.images.first?.credit?.origins[.text]?.property == "data-credit")
        let title = ScanFixtures.scanBody(
            #"<p><a href="/media/c-big.jpg" title="Photo: Max Muster / Example Agency"><img src="/media/c.jpg" alt=""></a></p>"#
        )
        #expect(title.images.first?.credit?.strategy == .titleAttribute)
        #expect(title.images.first?.credit?.origins[.text]?.element == "a")
        #expect(title.images.first?.credit?.origins[.text]?.property == "title")
    }

    @Test func lightboxCaptionAttributeIsANotVisibleCredit() throws {
        let page = ScanFixtures.scanBody(
            #"<p><a href="/media/d-big.jpg" data-fancybox="gallery" data-caption="Harbour at dusk. Photo: Max Muster/Example Agency"><img src="/media/d.jpg" alt=""></a></p>"#
        )
        let credit = try #require(page.images.first?.credit)
        #expect(credit.text == "Photo: Max Muster/Example Agency")
        #expect(credit.strategy == .titleAttribute)
        #expect(!credit.visible)
        #expect(credit.origins[.text]?.property == "data-caption")
    }

    @Test(arguments: [
        ("By Jane Doe (text) and John Roe (photography)", "John Roe (photography)", "John Roe"),
        ("Text and photos: Ana Lopez", "Text and photos: Ana Lopez", "Ana Lopez"),
        ("Von Max Muster (Text) und Eva Berg (Fotos)", "Eva Berg (Fotos)", "Eva Berg"),
        ("Words by Sam Hill | Photos by Kim Park", "Photos by Kim Park", "Kim Park"),
    ])
    func bylineNamingAPhotographerCreditsUncreditedImages(byline: String, credit: String, author: String) throws {
        let page = ScanFixtures.scanBody(
            """
            <p class="article-byline">\(byline)</p>
            <figure><img src="/media/train.jpg" alt="A train"></figure>
            <figure><img src="/media/station.jpg" alt="A station"><figcaption>Photo: Example Agency</figcaption></figure>
            """)
        let first = try #require(page.images.first?.credit)
        #expect(first.strategy == .byline)
        #expect(first.text == credit)
        #expect(first.author == author)
        // An image with its own credit keeps it.
        #expect(page.images.last?.credit?.strategy == .figcaption)
    }

    @Test func cameraIconInTheMetaLineCreditsUncreditedImages() throws {
        let page = ScanFixtures.scan(
            TestPages.page(
                """
                <div class="post-info"><span><i class="icon icon-camera"></i> Harbour Board</span>
                <span><i class="icon icon-clock"></i> 4 March 2021</span></div>
                <figure><img src="/media/quay.jpg" alt="The quay"></figure>\(TestPages.prose)
                <p><img src="/media/crane.jpg" alt="A crane"></p>
                """))
        #expect(page.images.map { $0.credit?.text } == ["Harbour Board", "Harbour Board"])
        #expect(page.images.first?.credit?.strategy == .byline)
    }

    @Test func cameraIconOnAGalleryButtonIsNoByline() {
        let page = ScanFixtures.scan(
            TestPages.page(
                """
                <div class="gallery-promo"><div class="label"><i class="fa fa-camera"></i>See all 14 pictures</div></div>
                <figure><img src="/media/quay.jpg" alt="The quay"></figure>\(TestPages.prose)
                """))
        #expect(page.images.allSatisfy { $0.credit == nil })
    }

    @Test func cameraIconInsideAFigureIsNoByline() {
        let page = ScanFixtures.scan(
            TestPages.page(
                """
                <figure><img src="/media/quay.jpg" alt="The quay"><figcaption>The quay. <i class="fa-camera"></i></figcaption></figure>
                \(TestPages.prose)<p><img src="/media/crane.jpg" alt="A crane"></p>
                """))
        #expect(page.images.allSatisfy { $0.credit == nil })
    }

    @Test func writerOnlyBylineIsNoPhotoCredit() {
        let page = ScanFixtures.scanBody(
            """
            <p class="byline">By Jane Doe, Tuesday 3 May</p><figure><img src="/media/train.jpg" alt="A train"></figure>
            """)
        #expect(page.images.first?.credit == nil)
    }

    @Test(arguments: [
        (#"<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-normal="/media/a.jpg" alt="a">"#, "/media/a.jpg"),
        (
            #"<img src="/static/placeholder.gif" data-lazy-src="/media/b.jpg" alt="b"><noscript><img src="/media/b.jpg" alt="b"></noscript>"#,
            "/media/b.jpg"
        ),
        (#"<img data-srcset="/media/c-400.jpg 400w, /media/c-800.jpg 800w" alt="c">"#, "/media/c-400.jpg"),
        (#"<img src="/static/blank.png" data-original="/media/d.jpg" alt="d">"#, "/media/d.jpg"),
        (#"<img src="/static/blank.gif" data-src="/media/e.jpg" alt="e">"#, "/media/e.jpg"),
    ])
    func lazyImageIsOneImageWithItsRealURL(markup: String, url: String) {
        let page = ScanFixtures.scanBody("<figure>\(markup)<figcaption>Photo: Example Agency</figcaption></figure>")
        #expect(page.images.count == 1)
        #expect(page.images.first?.src == url)
        #expect(page.images.first?.credit?.text == "Photo: Example Agency")
    }

    @Test(arguments: [
        (#"<div class="ad-slot"><img src="/media/banner.jpg" alt="Buy now"></div>"#, "advertisement"),
        (
            #"<div class="share-buttons"><a href="/share"><img src="/media/share.png" alt="Share"></a></div>"#,
            "share-button"
        ),
        (#"<div class="video-player"><img src="/media/poster.jpg" alt=""></div>"#, "video-poster"),
        (#"<span class="series-badge"><img src="/media/series-logo.png" alt="Series"></span>"#, "logo"),
        (
            #"<div id="jp-relatedposts"><div class="jp-relatedposts-post"><a href="/other"><img src="/media/other-350x200.jpg" alt="Other"></a><h4>Other</h4></div></div>"#,
            "related-posts"
        ),
        (#"<div class="sharebuttons"><img src="/media/mail.png" alt="Mail"></div>"#, "share-button"),
        (
            #"<blockquote class="twitter-tweet"><p>Great news!</p><img src="https://pbs.twimg.com/profile_images/1/x_normal.jpg" alt="avatar"></blockquote>"#,
            "avatar"
        ),
        (
            #"<section class="more-from-section"><h2>More from Transport</h2><article class="card"><a href="/b"><img src="/media/card.jpg" alt=""></a><h3><a href="/b">Trams return to the old town next spring</a></h3></article></section>"#,
            "related-posts"
        ),
        (
            #"<div class="sponsored-by"><span>Sponsored by</span><img src="/media/acme-logo.png" alt="ACME"></div>"#,
            "logo"
        ),
    ])
    func pageFurnitureInsideTheArticleIsSkipped(markup: String, reason: String) {
        let page = ScanFixtures.scanBody(markup)
        #expect(page.images.isEmpty)
        // The standard page's own header and navigation images are skipped too.
        let skipped = page.skipped.filter { !$0.src.hasPrefix("/static/") }
        #expect(skipped.map(\.reason) == [reason])
    }
}

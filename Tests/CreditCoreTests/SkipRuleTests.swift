import CreditCore
import CreditTestSupport
import Testing

@Suite("Skipping decoration and page furniture")
struct SkipRuleTests {
    private func reason(of src: String, in scan: PageScan) -> String? {
        scan.skipped.first { $0.src == src }?.reason
    }

    @Test func pageChromeOutsideTheArticleIsSkippedWithItsReason() {
        let scan = ScanFixtures.scan(
            TestPages.page(
                #"<img src="/media/content.jpg" alt="Content">"#,
                footer: #"<img src="/static/partner.png" alt="Partner">"#,
                aside: #"<img src="/media/other-story.jpg" alt="Other">"#))
        #expect(scan.images.map(\.src) == ["/media/content.jpg"])
        #expect(reason(of: "/static/header-art.jpg", in: scan) == "header")
        #expect(reason(of: "/static/home.png", in: scan) == "navigation")
        #expect(reason(of: "/static/partner.png", in: scan) == "footer")
        #expect(reason(of: "/media/other-story.jpg", in: scan) == "sidebar")
    }

    @Test func imagesOutsideAnyLandmarkAreOutsideArticle() {
        let html = TestPages.page("").replacingOccurrences(
            of: "</main>", with: #"</main><div class="wrapper"><img src="/media/stray.jpg" alt="Stray"></div>"#)
        #expect(reason(of: "/media/stray.jpg", in: ScanFixtures.scan(html)) == "outside-article")
    }

    @Test func blocksInsideTheArticleAreSkipped() {
        let scan = ScanFixtures.scanBody(
            """
            <div class="related-posts"><img src="/media/teaser.jpg" alt="Teaser"></div>
            <div id="comments"><img src="/media/commenter.jpg" alt="Commenter"></div>
            <div class="author-box"><img src="/media/writer.jpg" alt="Writer"></div>
            <div class="share-buttons"><img src="/static/share-fb.png" alt="Share"></div>
            <div class="ad-slot"><img src="/media/banner.jpg" alt="Sale"></div>
            <img src="/media/track.gif" width="1" height="1" alt="">
            <img src="/media/spacer.jpg" role="presentation" alt="">
            <img class="emoji" src="/static/smile.png" alt=":)">
            <img src="/media/kept.jpg" alt="Kept">
            """)
        #expect(scan.images.map(\.src) == ["/media/kept.jpg"])
        #expect(reason(of: "/media/teaser.jpg", in: scan) == "related-posts")
        #expect(reason(of: "/media/commenter.jpg", in: scan) == "comments")
        #expect(reason(of: "/media/writer.jpg", in: scan) == "avatar")
        #expect(reason(of: "/static/share-fb.png", in: scan) == "share-button")
        #expect(reason(of: "/media/banner.jpg", in: scan) == "advertisement")
        #expect(reason(of: "/media/track.gif", in: scan) == "tracking-pixel")
        #expect(reason(of: "/media/spacer.jpg", in: scan) == "presentation")
        #expect(reason(of: "/static/smile.png", in: scan) == "icon")
    }

    @Test func logoAndSmallIconsAreSkipped() {
        let scan = ScanFixtures.scanBody(
            """
            <img src="/static/brand-logo.svg" alt="Brand">
            <img src="/media/star.png" height="10" alt="star">
            <img src="/media/wide.jpg" width="640" height="480" alt="Wide">
            """)
        #expect(reason(of: "/static/brand-logo.svg", in: scan) == "logo")
        #expect(reason(of: "/media/star.png", in: scan) == "icon")
        #expect(scan.images.map(\.src) == ["/media/wide.jpg"])
    }

    @Test func teaserCardWithHeadlineLinkIsRelatedPost() {
        let scan = ScanFixtures.scanBody(
            """
            <a href="/2020/other-story"><img src="/media/card.jpg" alt="">
            <span>Why the old bridge had to close for a whole summer</span></a>
            """)
        #expect(reason(of: "/media/card.jpg", in: scan) == "related-posts")
        let credited = ScanFixtures.scanBody(
            #"<a href="https://photos.example.com/p/1"><img src="/media/cr.jpg" alt=""><br>Photo by Jane Doe on Unsplash</a>"#
        )
        #expect(credited.images.first?.credit?.text == "Photo by Jane Doe on Unsplash")
    }

    @Test func leadImageInTheArticleHeaderIsContent() {
        let html = """
            <html><body><main>
            <div class="story">
            <div class="hero-media"><img src="/media/lead.jpg" alt="Lead"></div>
            <div class="entry-content">\(TestPages.prose)\(TestPages.prose)</div>
            </div>
            <div class="sidebar"><img src="/media/side.jpg" alt="Side"></div>
            </main></body></html>
            """
        let scan = ScanFixtures.scan(html)
        #expect(scan.images.map(\.src) == ["/media/lead.jpg"])
    }

    @Test func bareThumbnailStripIsSkipped() {
        let thumbs = (1...8).map { #"<a href="/gallery/\#($0)"><img src="/thumbs/t\#($0).jpg" alt=""></a>"# }.joined()
        let scan = ScanFixtures.scanBody(#"<div class="strip">\#(thumbs)</div><img src="/media/main.jpg" alt="Main">"#)
        #expect(scan.images.map(\.src) == ["/media/main.jpg"])
        #expect(reason(of: "/thumbs/t3.jpg", in: scan) == "thumbnail-strip")
    }

    @Test func captionedGalleryIsContent() {
        let slides = (1...7).map {
            #"<li><img src="/gallery/s\#($0).jpg" alt="Slide \#($0)"><p class="caption">Slide \#($0) (Photo: Jane Roe)</p></li>"#
        }.joined()
        let scan = ScanFixtures.scanBody("<ul class=\"gallery\">\(slides)</ul>")
        #expect(scan.images.count == 7)
        #expect(scan.images.allSatisfy { $0.credit?.text == "Photo: Jane Roe" })
    }

    @Test func tableLayoutArticleIsTheCellWithTheText() {
        let html = """
            <html><body><table><tr>
            <td width="20%"><img src="/img/menu-art.jpg" alt="Menu"></td>
            <td width="60%">\(TestPages.prose)<img src="/media/story.jpg" alt="Story">\(TestPages.prose)</td>
            </tr></table></body></html>
            """
        let scan = ScanFixtures.scan(html)
        #expect(scan.images.map(\.src) == ["/media/story.jpg"])
        #expect(reason(of: "/img/menu-art.jpg", in: scan) == "outside-article")
    }

    @Test func teaserArticleCardsDoNotBecomeTheArticle() {
        let html = """
            <html><body>
            <div class="page"><div>\(TestPages.prose)<img src="/media/story.jpg" alt="Story">\(TestPages.prose)\(TestPages.prose)</div></div>
            <article class="card"><img src="/media/card.jpg" alt="Card"><p>Short teaser text.</p></article>
            </body></html>
            """
        let scan = ScanFixtures.scan(html)
        #expect(scan.images.map(\.src) == ["/media/story.jpg"])
    }

    @Test func pictureLinkingToAnAuthorPageIsAnAvatar() {
        let scan = ScanFixtures.scanBody(
            #"<a href="/by/jane-doe"><img src="/media/jane.jpg" alt="Jane Doe"></a><img src="/media/m.jpg" alt="M">"#)
        #expect(reason(of: "/media/jane.jpg", in: scan) == "avatar")
        #expect(scan.images.map(\.src) == ["/media/m.jpg"])
        let licensed = ScanFixtures.scanBody(
            #"<a href="https://creativecommons.org/licenses/by/2.0/"><img src="/media/cc.jpg" alt="CC"></a>"#)
        #expect(licensed.images.map(\.src) == ["/media/cc.jpg"])
    }

    @Test func smallPictureWithEmptyAltIsDecorative() {
        let scan = ScanFixtures.scanBody(
            #"<img src="/media/divider.png" alt="" width="100" height="60"><img src="/media/r.jpg" alt="" width="800" height="600">"#
        )
        #expect(reason(of: "/media/divider.png", in: scan) == "decorative")
        #expect(scan.images.map(\.src) == ["/media/r.jpg"])
    }

    @Test func pictureContainersAndHarmlessNamesAreNotDecoration() {
        let scan = ScanFixtures.scanBody(
            """
            <div class="swiper"><div class="swiper-slide swiper-slide-next"><img src="/media/slide2.jpg" alt="Slide"></div></div>
            <dl class="gallery-item"><dt class="gallery-icon"><img src="/media/g1.jpg" alt="G1"></dt></dl>
            <img class="lazy-loader" src="/media/lazyclass.jpg" alt="Lazy">
            <img src="/media/google-pixel.jpg" alt="Phone">
            <figure><img src="/media/new-city-logo.png" alt="The new logo"><figcaption>The new city logo.</figcaption></figure>
            """)
        #expect(
            scan.images.map(\.src) == [
                "/media/slide2.jpg", "/media/g1.jpg", "/media/lazyclass.jpg", "/media/google-pixel.jpg",
                "/media/new-city-logo.png",
            ])
    }

    @Test func widgetIconsAreDecoration() {
        let scan = ScanFixtures.scanBody(
            #"<div class="weather-widget"><img class="weatherIcon" src="/w/sun.svg" alt="Sun"></div>"#)
        #expect(scan.images.isEmpty)
        #expect(reason(of: "/w/sun.svg", in: scan) == "sidebar" || reason(of: "/w/sun.svg", in: scan) == "icon")
    }

    @Test func subjectLogoInAnImageContainerIsContent() {
        let scan = ScanFixtures.scanBody(
            #"<table class="infobox"><tr><td class="infobox-image"><img src="/u/Club_logo.svg.png" width="220" height="80"></td></tr></table>"#
        )
        #expect(scan.images.map(\.src) == ["/u/Club_logo.svg.png"])
    }

    @Test func bodyClassNeverMakesThePageTheArticle() {
        let html = """
            <html><body class="single-post"><div class="topbar"><img src="/media/promo.jpg" alt="Promo"></div>
            <main>\(TestPages.prose)<img src="/media/story.jpg" alt="Story">\(TestPages.prose)</main></body></html>
            """
        let scan = ScanFixtures.scan(html)
        #expect(scan.images.map(\.src) == ["/media/story.jpg"])
        #expect(reason(of: "/media/promo.jpg", in: scan) == "outside-article")
    }

    @Test func hiddenFormAndPlayerPicturesAreSkipped() {
        let scan = ScanFixtures.scanBody(
            """
            <img src="/media/schema-copy.jpg" style="display: none" alt="">
            <form action="/subscribe"><img src="/media/captcha.jpg" alt="Code"></form>
            <div class="jwplayer"><img src="/media/poster.jpg" alt="Poster"></div>
            <div class="video-gallery"><img src="/media/still.jpg" alt="Still"></div>
            """)
        #expect(reason(of: "/media/schema-copy.jpg", in: scan) == "hidden")
        #expect(reason(of: "/media/captcha.jpg", in: scan) == "form")
        #expect(reason(of: "/media/poster.jpg", in: scan) == "video-poster")
        #expect(scan.images.map(\.src) == ["/media/still.jpg"])
    }

    @Test func iconFileSizedInTheHeaderIsAnIconInTheArticleToo() {
        let scan = ScanFixtures.scan(
            TestPages.page(
                #"<img src="/img/region-flag.svg" alt="Region"><img src="/media/lead-photo.jpg" alt="Lead">"#,
                header:
                    #"<img src="/img/region-flag.svg" width="48" alt="Region"><img src="/media/lead-photo.jpg" width="40" height="30" alt="">"#
            ))
        #expect(scan.images.map(\.src) == ["/media/lead-photo.jpg"])
        #expect(scan.skipped.filter { $0.src == "/img/region-flag.svg" }.map(\.reason).last == "icon")
    }

    @Test func pageWideFormIsNoControl() {
        let html = """
            <html><body><form id="pageForm" action="/"><div><article>\(TestPages.prose)\
            <img src="/media/in-form.jpg" alt="Story">\(TestPages.prose)</article></div></form></body></html>
            """
        #expect(ScanFixtures.scan(html).images.map(\.src) == ["/media/in-form.jpg"])
    }

    @Test func lightboxGalleryWithoutAltTextIsContent() {
        let thumbs = (1...8).map {
            #"<a href="/uploads/p\#($0).jpg"><img src="/uploads/p\#($0)-150x150.jpg" alt=""></a>"#
        }.joined()
        let scan = ScanFixtures.scanBody(#"<div class="gallery">\#(thumbs)</div>"#)
        #expect(scan.images.count == 8)
    }
}

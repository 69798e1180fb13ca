import CreditCore
import CreditHTML
import CreditTestSupport
import Foundation
import Testing

@Suite("Locating each image's credit")
struct CreditLocatorTests {
    private func credit(_ body: String) -> ImageCredit? {
        ScanFixtures.creditOfOnlyImage(body)
    }

    @Test func figcaptionCreditSpanIsSeparatedFromCaption() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/a.jpg" alt=""><figcaption>Riders at the start line. Photo: Jane Doe/AP</figcaption></figure>
                """))
        #expect(found.text == "Photo: Jane Doe/AP")
        #expect(found.caption == "Riders at the start line.")
        #expect(found.strategy == .figcaption)
        #expect(found.visible)
    }

    @Test func creditChildOfCaptionWins() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/a.jpg" alt=""><figcaption>Riders at the start line \
                <span class="credit">Sam Lee for Example News</span></figcaption></figure>
                """))
        #expect(found.text == "Sam Lee for Example News")
        #expect(found.caption == "Riders at the start line")
        #expect(found.strategy == .figcaption)
    }

    @Test func descriptiveCaptionLeavesImageUncredited() {
        let found = credit(
            """
            <figure><img src="/media/a.jpg" alt="Riders"><figcaption>Riders wait at the start line before the race.</figcaption></figure>
            """)
        #expect(found == nil)
    }

    @Test func wordpressCaption() throws {
        let found = try #require(
            credit(
                """
                <div class="wp-caption aligncenter"><img src="/wp-content/uploads/b.jpg" alt="">\
                <p class="wp-caption-text">The old mill. Foto: Max Muster</p></div>
                """))
        #expect(found.text == "Foto: Max Muster")
        #expect(found.strategy == .wpCaption)
    }

    @Test func creditElementBesideTheImage() throws {
        let found = try #require(
            credit(
                """
                <div class="media"><img src="/media/c.jpg" alt=""><span class="photo-credit">Ann Smith</span></div>
                """))
        #expect(found.text == "Ann Smith")
        #expect(found.strategy == .creditElement)
    }

    @Test func screenReaderLabelIsLeftOut() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/c.jpg" alt=""><span class="copyright"><span class="sr-only">Image copyright</span>Example Agency</span></figure>
                """))
        #expect(found.text == "Example Agency")
    }

    @Test func dataCreditAttribute() throws {
        let found = try #require(credit(#"<img src="/media/d.jpg" data-credit="Tom Roe / Example Wire" alt="">"#))
        #expect(found.text == "Tom Roe / Example Wire")
        #expect(found.strategy == .dataAttribute)
    }

    @Test func creditLineAfterTheImageWithLicenceLink() throws {
        let scan = ScanFixtures.scanBody(
            """
            <p><img src="/media/ksf.jpg" alt="KSF"></p>
            <p>The KSF, By SUHEJLO (Own work) [<a rel="license" href="https://creativecommons.org/licenses/by-sa/3.0">CC BY-SA 3.0</a>], \
            via <a href="https://commons.wikimedia.org/">Wikimedia Commons</a></p>
            """)
        let found = try #require(scan.images.first?.credit)
        #expect(found.strategy == .adjacentText)
        #expect(found.text.hasPrefix("By SUHEJLO"))
        #expect(found.licenseURL == "https://creativecommons.org/licenses/by-sa/3.0")
        #expect(scan.images.first?.license?.id == "CC-BY-SA-3.0")
    }

    @Test func creditLineOfThePreviousImageIsNotBorrowed() {
        let scan = ScanFixtures.scanBody(
            """
            <p><img src="/media/one.jpg" alt="One"></p>
            <p>Foto: Erika Muster</p>
            <p><img src="/media/two.jpg" alt="Two"></p>
            """)
        #expect(scan.images.map { $0.credit?.text } == ["Foto: Erika Muster", nil])
    }

    @Test func creditsListCoversImagesWithoutOwnCredit() throws {
        let scan = ScanFixtures.scanBody(
            """
            <p><img src="/media/e.jpg" alt="E"></p>
            <p>Photo credits: Studio North</p>
            """.replacingOccurrences(of: "<p>Photo", with: "\(TestPages.prose)<p>Photo"))
        let found = try #require(scan.images.first?.credit)
        #expect(found.strategy == .articleText)
        #expect(found.text.contains("Studio North"))
    }

    @Test func altTextIsOnlyALastResort() throws {
        let found = try #require(credit(#"<img src="/media/f.jpg" alt="Market hall. Credit: City Archive">"#))
        #expect(found.text == "Credit: City Archive")
        #expect(found.strategy == .altText)
        #expect(found.visible == false)
    }

    @Test func lightboxTitleIsALastResort() throws {
        let found = try #require(
            credit(#"<a href="/media/g-big.jpg" title="Photo: Ola Nordmann"><img src="/media/g.jpg" alt=""></a>"#))
        #expect(found.strategy == .titleAttribute)
        #expect(found.text == "Photo: Ola Nordmann")
    }

    @Test func descriptiveAltIsNoCredit() {
        #expect(credit(#"<img src="/media/h.jpg" alt="Children playing in the fountain">"#) == nil)
    }

    @Test func siteFooterLicenceIsNeverTheImageLicence() {
        let scan = ScanFixtures.scan(
            TestPages.page(
                #"<img src="/media/i.jpg" alt="">"#,
                footer:
                    #"Content licensed under <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> unless otherwise stated"#
            ))
        #expect(scan.images.first?.credit == nil)
        #expect(scan.images.first?.license == nil)
        #expect(scan.pageLicense?.id == "CC-BY-4.0")
    }

    @Test func schemaCopyrightHolderInCaption() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/j.jpg" alt=""><figcaption><span>Workers repair a cable.</span>\
                <span itemprop="copyrightHolder">Lee Chang/Example Times</span></figcaption></figure>
                """))
        #expect(found.text == "Lee Chang/Example Times")
        #expect(found.caption == "Workers repair a cable.")
    }

    @Test func creditClassedCaptionWrapperYieldsItsAttributionSpan() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/k.jpg" alt=""><figcaption class="lead-image__credit">\
                <span class="lead-image__caption">The old theatre at night</span> \
                <span class="lead-image__attribution">Ana Diaz/Example Wire</span></figcaption></figure>
                """))
        #expect(found.text == "Ana Diaz/Example Wire")
        #expect(found.caption == "The old theatre at night")
    }

    @Test func captionThatIsOnlyALinkToAnotherSiteNamesTheSource() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/chart.png" alt=""><figcaption>\
                <a href="https://research.example.org/report">Annual survey of city cycling</a></figcaption></figure>
                """))
        #expect(found.text == "Annual survey of city cycling")
    }

    @Test func labelSpanGluedToTheNameIsDropped() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/l.jpg" alt=""><figcaption>A quiet street.\
                <span class="credit"><span class="label">Credit</span><span>Mia Wong/Example Times</span></span></figcaption></figure>
                """))
        #expect(found.text == "Mia Wong/Example Times")
    }

    @Test func smallElementInCaptionIsTheCreditWhenTheTextHasNone() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/n.jpg" alt=""><figcaption>Boats in the harbour <small>Lena Berg</small></figcaption></figure>
                """))
        #expect(found.text == "Lena Berg")
        #expect(found.caption == "Boats in the harbour")
    }

    @Test func labelledCreditInCaptionTextBeatsSmallElement() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/o.jpg" alt=""><figcaption><p>Boats (Photo: Example Images)</p><small>Example</small></figcaption></figure>
                """))
        #expect(found.text == "Photo: Example Images")
    }

    @Test func photoAuthorClassIsACreditButAuthorAloneIsNot() throws {
        let found = try #require(
            credit(
                """
                <div class="pic"><img src="/media/p.jpg" alt=""><span class="photo-author">Ravi Patel</span></div>
                """))
        #expect(found.text == "Ravi Patel")
        #expect(
            credit(#"<div class="pic"><img src="/media/q.jpg" alt=""><span class="author">Ravi Patel</span></div>"#)
                == nil)
    }

    @Test func articleBylineAfterTheLeadImageIsNoCredit() {
        #expect(credit(#"<figure><img src="/media/s.jpg" alt=""></figure><p class="byline">By Jane Doe</p>"#) == nil)
        #expect(credit(#"<figure><img src="/media/t.jpg" alt=""></figure><p>By Jane Doe and Tom Roe</p>"#) == nil)
    }

    @Test func gluedCreditClassName() throws {
        let found = try #require(
            credit(#"<div><img src="/media/u.jpg" alt=""><div class="imgcredit">Nora Lind</div></div>"#))
        #expect(found.text == "Nora Lind")
        #expect(found.strategy == .creditElement)
    }

    @Test func creditsListEntriesMapToImagesInOrder() {
        let scan = ScanFixtures.scanBody(
            """
            <p><img src="/media/w1.jpg" alt="One"></p>\(TestPages.prose)
            <p><img src="/media/w2.jpg" alt="Two"></p>\(TestPages.prose)
            <h3>Image credits</h3>
            <ul><li>Top: Ada Berg</li><li>Bottom: Example Archive</li></ul>
            """)
        #expect(scan.images.map { $0.credit?.text } == ["Top: Ada Berg", "Bottom: Example Archive"])
        #expect(scan.images.allSatisfy { $0.credit?.strategy == .articleText })
    }

    @Test func unlabelledCreditElementRightAfterTheFigure() throws {
        let found = try #require(
            credit(
                """
                <figure><img src="/media/x.jpg" alt=""><figcaption>Snow on the pass.</figcaption></figure><div class="image-credit">Pia Holm</div>
                """))
        #expect(found.text == "Pia Holm")
        #expect(found.strategy == .creditElement)
    }

    @Test func galleryCreditLineCoversEverySlide() {
        let scan = ScanFixtures.scanBody(
            """
            <div class="slideshow"><div class="slide"><img src="/media/s1.jpg" alt=""></div>\
            <div class="slide"><img src="/media/s2.jpg" alt=""></div><div class="slide"><img src="/media/s3.jpg" alt=""></div>\
            <p class="gallery-credit">Lars Eng</p></div>
            """)
        #expect(scan.images.map { $0.credit?.text } == ["Lars Eng", "Lars Eng", "Lars Eng"])
    }

    @Test func licenceLinkElsewhereInTheFigureJoinsTheCredit() throws {
        let scan = ScanFixtures.scanBody(
            """
            <figure><img src="/media/y.jpg" alt=""><span class="credit">Eva Stone</span>\
            <a class="license" rel="license" href="https://creativecommons.org/licenses/by/4.0/">Licence</a></figure>
            """)
        let found = try #require(scan.images.first?.credit)
        #expect(found.text == "Eva Stone")
        #expect(found.licenseURL == "https://creativecommons.org/licenses/by/4.0/")
        #expect(scan.images.first?.license?.id == "CC-BY-4.0")
    }

    @Test func attributeCreditsCanBeTurnedOff() {
        let html = TestPages.page(#"<img src="/media/z.jpg" alt="Credit: City Archive">"#)
        let document = HTMLParser.parse(Data(html.utf8))
        let strict = PageScanner(options: .init(acceptsAttributeCredits: false)).scan(document, path: "p.html")
        #expect(strict.images.count == 1)
        #expect(strict.images.first?.credit == nil)
        #expect(PageScanner().scan(document, path: "p.html").images.first?.credit?.strategy == .altText)
    }

    @Test func creditFigcaptionTakesItsCaptionFromTheSiblingCaption() throws {
        let found = try #require(
            credit(
                """
                <div class="lede"><img src="/media/aa.jpg" alt=""><div class="image__caption">Snow in the valley.</div>\
                <figcaption class="image__credit">Kim Berg/Example News</figcaption></div>
                """))
        #expect(found.text == "Kim Berg/Example News")
        #expect(found.caption == "Snow in the valley.")
    }

    @Test func inventedDataCreditAttribute() throws {
        let found = try #require(
            credit(
                #"<figure data-img-credit="Ola Berg" data-image-meta='{"credit":""}'><img src="/media/bb.jpg" alt=""></figure>"#
            ))
        #expect(found.text == "Ola Berg")
        #expect(found.strategy == .dataAttribute)
    }
}

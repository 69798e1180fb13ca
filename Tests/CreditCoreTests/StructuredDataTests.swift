import CreditCore
import CreditHTML
import CreditTestSupport
import Foundation
import Testing

/// Structured data (JSON-LD, microdata, ccREL) as credit evidence: matched to the right image,
/// reported as `metadata`, used as the credit only when nothing visible credits the image.
@Suite("Structured data about credits")
struct StructuredDataTests {
    /// A page whose head holds `head` and whose article holds `body`.
    private func scan(head: String = "", _ body: String, options: PageScanner.Options = .init()) -> PageScan {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Test</title>\(head)</head>
            <body><main><article class="post">\(TestPages.prose)\(body)\(TestPages.prose)</article></main></body></html>
            """
        return PageScanner(options: options).scan(HTMLParser.parse(Data(html.utf8)), path: "page.html")
    }

    private static let nestedJSONLD = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "NewsArticle", "headline": "Harbour", "image": {"@type": "ImageObject",
           "contentUrl": "https://example.org/media/harbour-1024x768.jpg", "creditText": "Jane Doe / Example Agency",
           "creator": {"@type": "Person", "name": "Jane Doe"},
           "license": "https://creativecommons.org/licenses/by/4.0/",
           "acquireLicensePage": "https://example.org/licensing"}}]}</script>
        """

    @Test func jsonLDCreditsAnImageNothingVisibleCredits() throws {
        let page = scan(
            head: Self.nestedJSONLD,
            #"<figure><img src="/media/harbour.jpg" alt="Harbour"><figcaption>The harbour at dawn.</figcaption></figure>"#
        )
        let image = try #require(page.images.first)
        let metadata = try #require(image.metadata)
        #expect(metadata.format == .jsonLD)
        #expect(metadata.creditText == "Jane Doe / Example Agency")
        #expect(metadata.creator == "Jane Doe")
        #expect(metadata.acquireLicensePage == "https://example.org/licensing")
        let credit = try #require(image.credit)
        #expect(credit.strategy == .structuredData)
        #expect(!credit.visible)
        #expect(credit.author == "Jane Doe")
        #expect(image.license?.id == "CC-BY-4.0")
        #expect(
            credit.origins[.text]
                == FieldOrigin(
                    method: .jsonLD, element: "script[type=application/ld+json]", line: 1, property: "creditText"))
        #expect(credit.origins[.author]?.property == "creator")
        #expect(credit.origins[.licenseURL]?.property == "license")
    }

    @Test func visibleCreditWinsAndMetadataIsKeptBesideIt() throws {
        let page = scan(
            head: Self.nestedJSONLD,
            #"<figure><img src="/media/harbour.jpg" alt=""><figcaption>The harbour. Photo: Jane Doe / Example Agency</figcaption></figure>"#
        )
        let image = try #require(page.images.first)
        #expect(image.credit?.strategy == .figcaption)
        #expect(image.credit?.text == "Photo: Jane Doe / Example Agency")
        #expect(image.metadata?.creator == "Jane Doe")
        // The licence only the metadata states is not the visible credit's licence.
        #expect(image.license == nil)
    }

    @Test func anImageObjectTypeSpelledWithEscapesIsStillRead() throws {
        // Scripts without the word are skipped unparsed; an escaped spelling must not be.
        let head =
            #"<script type="application/ld+json">{"@type": "\u0049mage\u004fbject", "url": "/media/mill.jpg", "creditText": "Max Muster"}</script>"#
        let page = scan(head: head, #"<p><img src="/media/mill.jpg" alt="Mill"></p>"#)
        #expect(page.images.first?.metadata?.creditText == "Max Muster")
    }

    @Test func cdataWrappedAndBrokenScriptsAreHandled() throws {
        let head = """
            <script type="application/ld+json">{ "@type": "ImageObject", broken </script>
            <script type="application/ld+json">//<![CDATA[
            {"@type": ["ImageObject"], "url": "/media/mill.jpg", "copyrightNotice": "© Max Muster"}
            //]]></script>
            """
        let page = scan(head: head, #"<p><img src="/media/mill.jpg" alt="Mill"></p>"#)
        #expect(page.images.first?.metadata?.copyrightNotice == "© Max Muster")
        #expect(page.images.first?.credit?.text == "© Max Muster")
    }

    @Test func jsonLDAboutAnotherImageIsNotThisImagesCredit() {
        let page = scan(head: Self.nestedJSONLD, #"<p><img src="/media/ferry.jpg" alt="Ferry"></p>"#)
        #expect(page.images.first?.metadata == nil)
        #expect(page.images.first?.credit == nil)
    }

    @Test func microdataItemCoversTheImageInside() throws {
        let page = scan(
            """
            <figure itemscope itemtype="https://schema.org/ImageObject"><img itemprop="contentUrl" src="/media/bridge.jpg" alt="Bridge">
            <figcaption><span itemprop="caption">The old bridge.</span><meta itemprop="creditText" content="Ana Lopez/Example Press">
            <link itemprop="license" href="https://creativecommons.org/licenses/by-nd/4.0/"></figcaption></figure>
            """)
        let image = try #require(page.images.first)
        #expect(image.metadata?.format == .microdata)
        #expect(image.metadata?.creditText == "Ana Lopez/Example Press")
        #expect(image.credit?.strategy == .structuredData)
        #expect(image.license?.id == "CC-BY-ND-4.0")
        #expect(image.credit?.origins[.text]?.element == "figure")
    }

    @Test func microdataCreatorIsTheNestedPersonsName() throws {
        let page = scan(
            """
            <figure itemscope itemtype="http://schema.org/ImageObject"><img src="/media/tower.jpg" alt="Tower">
            <figcaption>The tower. Photo: <span itemprop="creator" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Li Wei</span></span></figcaption></figure>
            """)
        #expect(page.images.first?.metadata?.creator == "Li Wei")
        #expect(page.images.first?.credit?.strategy == .figcaption)
    }

    @Test func ccRELBlockAfterTheImage() throws {
        let page = scan(
            """
            <p><img src="/media/fox.jpg" alt="Fox"></p>
            <p xmlns:cc="http://creativecommons.org/ns#" xmlns:dct="http://purl.org/dc/terms/"><a property="dct:title" rel="cc:attributionURL" href="https://www.flickr.com/photos/example/1">Red fox</a> by <span property="cc:attributionName">Karl Berg</span> is licensed under <a rel="license" href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a></p>
            """)
        let image = try #require(page.images.first)
        let metadata = try #require(image.metadata)
        #expect(metadata.format == .rdfa)
        #expect(metadata.creator == "Karl Berg")
        #expect(metadata.title == "Red fox")
        #expect(metadata.attributionURL == "https://www.flickr.com/photos/example/1")
        let credit = try #require(image.credit)
        #expect(credit.visible)
        #expect(credit.author == "Karl Berg")
        #expect(image.license?.id == "CC-BY-2.0")
        #expect(
            credit.origins[.licenseURL]
                == FieldOrigin(method: .link, element: "a[rel=license]", line: 3, property: "href"))
    }

    @Test func footerLicenceIsPageContextNotImageMetadata() throws {
        let html = TestPages.page(
            #"<p><img src="/media/quay.jpg" alt="Quay"></p>"#,
            footer:
                #"<p>Content on this site is licensed under <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> unless otherwise stated.</p>"#
        )
        let page = ScanFixtures.scan(html)
        #expect(page.pageLicense?.id == "CC-BY-4.0")
        #expect(page.images.first?.metadata == nil)
        #expect(page.images.first?.license == nil)
        #expect(page.images.first?.credit == nil)
    }

    @Test func metadataCreditsCanBeTurnedOffWithAttributeCredits() {
        let page = scan(
            head: Self.nestedJSONLD, #"<p><img src="/media/harbour.jpg" alt="Harbour"></p>"#,
            options: .init(acceptsAttributeCredits: false))
        #expect(page.images.first?.metadata != nil)
        #expect(page.images.first?.credit == nil)
    }

    @Test(arguments: [
        ("https://example.org/media/harbour.jpg", "/media/harbour.jpg", true),
        ("https://example.org/media/harbour-1024x768.jpg", "//example.org/media/harbour.jpg?w=300", true),
        (
            "https://cdn.example.org/original/9b6b601b440031309c748f864087a138.jpg",
            "//cdn.example.org/resize/9b6b601b440031309c748f864087a138_resize=680,383_.jpg", true
        ),
        ("https://example.org/media/harbour.jpg", "/media/harbour-night.jpg", false),
        ("https://example.org/a/img.jpg", "/b/pic.jpg", false),
        ("https://example.org/media/1.jpg", "/other/1.jpg", false),
    ])
    func urlMatching(named: String, shown: String, same: Bool) {
        let page = scan(
            head:
                #"<script type="application/ld+json">{"@type": "ImageObject", "contentUrl": "\#(named)", "creditText": "Example Agency"}</script>"#,
            #"<p><img src="\#(shown)" alt="x"></p>"#)
        #expect((page.images.first?.metadata != nil) == same)
    }
}

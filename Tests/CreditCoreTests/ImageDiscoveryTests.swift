import CreditCore
import CreditTestSupport
import Testing

@Suite("Finding content images")
struct ImageDiscoveryTests {
    @Test func plainImageKeepsLineAltAndFingerprint() {
        let scan = ScanFixtures.scanBody(#"<figure><img src="/media/bridge.jpg" alt="The bridge"></figure>"#)
        #expect(scan.images.count == 1)
        let image = scan.images[0]
        #expect(image.src == "/media/bridge.jpg")
        #expect(image.alt == "The bridge")
        #expect(image.line > 0)
        #expect(image.fingerprint.count == 16)
    }

    @Test func placeholderSrcGivesWayToLazyAttribute() {
        let scan = ScanFixtures.scanBody(
            """
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/media/river.jpg" \
            data-srcset="/media/river-640.jpg 640w, /media/river-1280.jpg 1280w" alt="River">
            """)
        #expect(scan.images.map(\.src) == ["/media/river.jpg"])
        #expect(scan.images.first?.sources == ["/media/river-640.jpg", "/media/river-1280.jpg"])
    }

    @Test func placeholderGifFileIsReplacedByLazyURL() {
        let scan = ScanFixtures.scanBody(#"<img src="/img/blank.gif" data-lazy-src="/media/tower.jpg" alt="Tower">"#)
        #expect(scan.images.map(\.src) == ["/media/tower.jpg"])
    }

    @Test func srcsetCandidatesBecomeSources() {
        let scan = ScanFixtures.scanBody(#"<img src="/a-800.jpg" srcset="/a-400.jpg 400w, /a-800.jpg 800w" alt="A">"#)
        #expect(scan.images.first?.sources == ["/a-400.jpg"])
    }

    @Test func noscriptCopyOfLazyImageIsOneImage() {
        let scan = ScanFixtures.scanBody(
            """
            <figure><img class="lazy" src="/img/placeholder.png" data-original="/media/ferry.jpg" alt="Ferry">
            <noscript><img src="/media/ferry-full.jpg" alt="Ferry"></noscript></figure>
            """)
        #expect(scan.images.count == 1)
        #expect(scan.images.first?.src == "/media/ferry.jpg")
        #expect(scan.images.first?.sources.contains("/media/ferry-full.jpg") == true)
        #expect(scan.skipped.contains { $0.src == "/media/ferry-full.jpg" && $0.reason == "duplicate" })
    }

    @Test func sameURLTwiceIsReportedOnce() {
        let scan = ScanFixtures.scanBody(
            #"<img src="/media/dam.jpg" alt="Dam"><div hidden><img src="/media/dam.jpg" alt="Dam"></div>"#)
        #expect(scan.images.count == 1)
        #expect(scan.skipped.contains { $0.src == "/media/dam.jpg" && $0.reason == "duplicate" })
    }

    @Test func sizeRenditionOfTheSameUploadIsDuplicate() {
        let scan = ScanFixtures.scanBody(
            """
            <img src="/uploads/harbour-1024x768.jpg" alt="Harbour">
            <img src="/uploads/harbour-150x150.jpg" alt="Harbour thumbnail">
            """)
        #expect(scan.images.map(\.src) == ["/uploads/harbour-1024x768.jpg"])
        #expect(scan.skipped.contains { $0.src == "/uploads/harbour-150x150.jpg" && $0.reason == "duplicate" })
    }

    @Test func pictureSourcesJoinTheirImage() {
        let scan = ScanFixtures.scanBody(
            """
            <picture><source srcset="/media/hill.webp" type="image/webp"><source srcset="/media/hill.avif">\
            <img src="/media/hill.jpg" alt="Hill"></picture>
            """)
        #expect(scan.images.count == 1)
        #expect(scan.images.first?.src == "/media/hill.jpg")
        #expect(Set(scan.images.first?.sources ?? []) == ["/media/hill.webp", "/media/hill.avif"])
    }

    @Test func ampImageIsAnImage() {
        let scan = ScanFixtures.scanBody(
            #"<amp-img src="/media/amp.jpg" width="800" height="600" alt="Amp"></amp-img>"#)
        #expect(scan.images.map(\.element) == ["amp-img"])
    }

    @Test func fingerprintIgnoresLinesButCountsOccurrences() {
        let first = ScanFixtures.scanBody(#"<img src="/media/owl.jpg" alt="Owl">"#)
        let shifted = ScanFixtures.scanBody("\n\n\n<p>New paragraph.</p>\n" + #"<img src="/media/owl.jpg" alt="Owl">"#)
        #expect(first.images.first?.fingerprint == shifted.images.first?.fingerprint)
        #expect(first.images.first?.line != shifted.images.first?.line)
        #expect(
            ImageFingerprint.make(path: "a.html", url: "/x.jpg", occurrence: 0)
                != ImageFingerprint.make(path: "a.html", url: "/x.jpg", occurrence: 1))
        #expect(
            ImageFingerprint.make(path: "a.html", url: "/x.jpg", occurrence: 0)
                != ImageFingerprint.make(path: "b.html", url: "/x.jpg", occurrence: 0))
    }

    @Test func fingerprintIsFNV1aOfPathURLAndOccurrence() {
        // Computed independently: FNV-1a 64 of "p\nu\n0".
        #expect(ImageFingerprint.make(path: "p", url: "u", occurrence: 0) == "8f410c7eb5d0e924")
    }

    @Test func sourceOnlyPictureBesideTheImageIsOneImage() {
        let scan = ScanFixtures.scanBody(
            """
            <figure><picture><source srcset="/media/lead-940.jpg" media="(min-width: 1024px)"></picture>\
            <picture><source srcset="/media/lead-300.jpg" media="(max-width: 575px)"><img src="/media/lead-600.jpg" alt=""></picture></figure>
            """)
        #expect(scan.images.count == 1)
        #expect(scan.images.first?.sources.contains("/media/lead-940.jpg") == true)
    }

    @Test func pictureWithoutImgIsReportedThroughItsSource() {
        let scan = ScanFixtures.scanBody(
            #"<picture><source srcset="/media/only.webp 1x, /media/only@2x.webp 2x"></picture>"#)
        #expect(scan.images.map(\.element) == ["source"])
        #expect(scan.images.first?.src == "/media/only.webp")
    }

    @Test func noscriptCopyReplacesABlurredPreview() {
        let scan = ScanFixtures.scanBody(
            """
            <figure><div><div class="preview"><img src="/media/owl-tiny.jpg?q=20" width="540" height="300"></div>\
            <img class="progressive" width="540" height="300">\
            <noscript><img src="/media/owl-full.jpg" width="540" height="300"></noscript></div></figure>
            """)
        #expect(scan.images.map(\.src) == ["/media/owl-full.jpg"])
        #expect(scan.images.first?.sources == ["/media/owl-tiny.jpg?q=20"])
        #expect(scan.skipped.contains { $0.reason == "no-url" })
    }

    @Test func noscriptOnlyImagesInConsecutiveFiguresAreSeparateImages() {
        let scan = ScanFixtures.scanBody(
            """
            <figure><noscript><img src="/media/first.jpg" alt="First"></noscript></figure>
            <figure><noscript><img src="/media/second.jpg" alt="Second"></noscript></figure>
            """)
        #expect(scan.images.map(\.src) == ["/media/first.jpg", "/media/second.jpg"])
    }

    @Test func creditLineAfterANoscriptCopyStillBelongsToTheImage() {
        let scan = ScanFixtures.scanBody(
            """
            <div><img src="/img/blank.gif" data-src="/media/v.jpg" alt=""><noscript><img src="/media/v.jpg" alt=""></noscript>\
            <p>Foto: Max Muster</p></div>
            """)
        #expect(scan.images.map { $0.credit?.text } == ["Foto: Max Muster"])
    }

    @Test func srcsetURLsMayContainCommas() {
        let scan = ScanFixtures.scanBody(
            #"<img srcset="/r/extract=0,0,800,600_resize=400,300.jpg 400w, /r/extract=0,0,800,600_resize=800,600.jpg 800w" alt="">"#
        )
        #expect(scan.images.first?.src == "/r/extract=0,0,800,600_resize=400,300.jpg")
        #expect(scan.images.first?.sources == ["/r/extract=0,0,800,600_resize=800,600.jpg"])
    }

    @Test func imagesDifferingOnlyByQueryAreDistinct() {
        let scan = ScanFixtures.scanBody(#"<img src="/image.php?id=1" alt="One"><img src="/image.php?id=2" alt="Two">"#)
        #expect(scan.images.map(\.src) == ["/image.php?id=1", "/image.php?id=2"])
    }

    @Test func degeneratePagesDoNotTrap() {
        #expect(PageScanner().scan(HTMLDocument(nodes: [HTMLNode(kind: .document)]), path: "empty.html").images.isEmpty)
        #expect(ScanFixtures.scan("").images.isEmpty)
        #expect(ScanFixtures.scan("<img src=/a.jpg>").images.map(\.src) == ["/a.jpg"])
        #expect(ScanFixtures.scan("<p><img src='/b.jpg'><figure><figcaption>(Photo: X/AP").images.count == 1)
    }

    @Test func aSharedPlaceholderDoesNotMakeTwoPicturesOne() {
        let scan = ScanFixtures.scanBody(
            """
            <figure><img src="/static/no-photo.svg" data-normal="/static/no-photo.svg" data-src="/media/first.jpg" alt="First"></figure>
            <figure><img src="/static/no-photo.svg" data-normal="/static/no-photo.svg" data-src="/media/second.jpg" alt="Second"></figure>
            <figure><img srcset="data:image/gif;base64,R0lGODlhAQABAAAAACw= 1w, /media/third-800.jpg 800w" alt="Third"></figure>
            """)
        #expect(scan.images.map(\.src) == ["/media/first.jpg", "/media/second.jpg", "/media/third-800.jpg"])
        #expect(scan.images.allSatisfy { !$0.sources.contains("/static/no-photo.svg") })
    }

    @Test(arguments: [
        (#"<img src="/static/blank.gif" data-src-big="/media/tower-big.jpg" alt="Tower">"#, "/media/tower-big.jpg"),
        (
            #"<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-full-url="/media/tower.webp?v=2" alt="Tower">"#,
            "/media/tower.webp?v=2"
        ),
        (
            #"<img data-srcset-webp="/media/tower-400.webp 400w, /media/tower-800.webp 800w" alt="Tower">"#,
            "/media/tower-400.webp"
        ),
        // Attributes that hold something else than a picture's URL are no source.
        (
            #"<img src="/media/tower.jpg" data-href="/news/tower.html" data-placeholder="/static/grey.jpg" alt="Tower">"#,
            "/media/tower.jpg"
        ),
        // Script settings that quote a URL template are no source either.
        (
            #"<img src="/media/tower.jpg" data-settings="{'id': 7, 'urlScheme':'/media/tower-**width**.jpg?v=1'}" data-config='{"big": "/media/tower-big.jpg"}' alt="Tower">"#,
            "/media/tower.jpg"
        ),
    ])
    func unknownLazyAttributesNamingAPictureAreSources(html: String, src: String) {
        let scan = ScanFixtures.scanBody(html)
        #expect(scan.images.map(\.src) == [src])
        #expect(scan.images.first?.sources.contains("/static/grey.jpg") != true)
        #expect(scan.images.first?.sources.contains("/news/tower.html") != true)
        #expect(
            scan.images.first?.sources.allSatisfy { !$0.contains("*") && !$0.contains("'") && !$0.contains("\"") }
                == true)
    }
}

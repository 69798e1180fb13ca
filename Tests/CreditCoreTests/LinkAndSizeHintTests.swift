import Testing

@testable import CreditScanner

/// Reading where a picture's link leads and what size its URL asks for.
@Suite("Link targets and URL size hints")
struct LinkAndSizeHintTests {
    @Test(
        arguments: [
            (nil, LinkTarget.none),
            ("#", .none),
            ("javascript:void(0)", .none),
            ("#comments", .fragment),
            ("/media/quay-1600.JPG?v=2", .imageFile),
            ("https://cdn.example.org/files/annual-report.pdf", .document),
            ("https://www.example.org/city/tram/?ref=home#top", .page(host: "example.org", path: "/city/tram/")),
            ("//news.example.org/a", .page(host: "news.example.org", path: "/a")),
            ("../story.html", .page(host: nil, path: "../story.html")),
        ] as [(String?, LinkTarget)])
    func linkTargets(href: String?, target: LinkTarget) {
        #expect(LinkTarget(href) == target)
    }

    /// Links, the page's declared picture and the link-to-same-page check all read a URL's
    /// authority from here: a `://` anywhere comes first, a leading `//` second.
    @Test(
        arguments: [
            ("https://example.org/a", "example.org/a"),
            ("//cdn.example.org/a.jpg", "cdn.example.org/a.jpg"),
            ("//cdn.example.org/go?to=https://example.org/b", "example.org/b"),
            ("/a/b.jpg", nil),
            ("a.jpg", nil),
            ("/\u{301}/x.jpg", nil),
        ] as [(String, String?)])
    func authorityStart(url: String, rest: String?) {
        #expect(LinkTarget.afterScheme(url).map(String.init) == rest)
        #expect(LinkTarget.afterScheme(Substring(url)).map(String.init) == rest)
    }

    @Test(
        arguments: [
            ("https://cdn.example.org/2020/05/pier-150x150.jpg", 150, 150),
            ("https://cms.example.org/images/42/fill-100x100|format-jpeg/", 100, 100),
            ("https://img.example.org/i/news/210x151/311/311510.jpg", 210, 151),
            ("/image.php?src=/posts/a.jpg&w=240&h=180", 240, 180),
            ("/resize?width=320", 320, nil),
        ] as [(String, Int?, Int?)])
    func sizesWrittenIntoURLs(url: String, width: Int?, height: Int?) throws {
        let size = try #require(ImageSizeHints.fromURL(url))
        #expect(size.width == width)
        #expect(size.height == height)
    }

    @Test(arguments: [
        "https://cdn.example.org/2020/05/pier.jpg",
        // Digits that run on, or a letter beside them, are no size (`x1024y`, a hash).
        "https://cdn.example.org/abc12345x67890.jpg",
        "https://cdn.example.org/L890xH590/pier.jpg",
    ])
    func urlsWithoutASize(url: String) {
        #expect(ImageSizeHints.fromURL(url) == nil)
    }
}

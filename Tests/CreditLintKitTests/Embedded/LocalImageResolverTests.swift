import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

/// Image URLs to files under the scan root, and nothing outside it.
@Suite("Local image files")
struct LocalImageResolverTests {
    private static func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder([
            "site/news/a.html": "", "site/news/photo.jpg": "x", "site/images/b.png": "x",
            "site/images/with space.jpg": "x", "secret.jpg": "x",
        ])
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("site/images/escape.jpg"), withDestinationPath: folder.file("secret.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("site/images/inside.jpg"), withDestinationPath: folder.file("site/images/b.png"))
        return folder
    }

    @Test(
        "relative, root-relative and site URLs resolve; other hosts, escapes and missing files do not",
        arguments: [
            ("photo.jpg", "news/photo.jpg"),
            ("./photo.jpg?w=800#top", "news/photo.jpg"),
            ("../images/b.png", "images/b.png"),
            ("/images/b.png", "images/b.png"),
            ("/images/with%20space.jpg", "images/with space.jpg"),
            ("https://example.org/images/b.png", "images/b.png"),
            ("HTTPS://EXAMPLE.ORG/images/b.png", "images/b.png"),
            ("/images/inside.jpg", "images/inside.jpg"),
            ("https://cdn.example.net/images/b.png", nil),
            ("//example.org/images/b.png", nil),
            ("data:image/png;base64,AAAA", nil),
            ("../../secret.jpg", nil),
            ("/images/escape.jpg", nil),
            ("/images/missing.jpg", nil),
            ("/images", nil),
            ("", nil),
        ] as [(String, String?)])
    func resolves(_ src: String, _ expected: String?) throws {
        let folder = try Self.site()
        let resolver = LocalImageResolver(root: folder.file("site"), siteURL: "https://example.org")
        #expect(resolver.relativePath(of: src, onPage: "news/a.html") == expected)
    }

    @Test("without a site URL, absolute URLs name no file")
    func noSiteURL() throws {
        let folder = try Self.site()
        let resolver = LocalImageResolver(root: folder.file("site"), siteURL: nil)
        #expect(resolver.relativePath(of: "https://example.org/images/b.png", onPage: "news/a.html") == nil)
        #expect(resolver.relativePath(of: "/images/b.png", onPage: "news/a.html") == "images/b.png")
    }

    @Test("scanning one page, its folder is the root")
    func onePage() throws {
        let folder = try Self.site()
        let resolver = LocalImageResolver(root: folder.file("site/news/a.html"), siteURL: nil)
        #expect(resolver.relativePath(of: "photo.jpg", onPage: "a.html") == "photo.jpg")
        #expect(resolver.relativePath(of: "../images/b.png", onPage: "a.html") == nil)
    }
}

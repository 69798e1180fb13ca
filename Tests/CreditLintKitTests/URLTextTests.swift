import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

@Suite("Image URLs read from their ends")
struct URLTextTests {
    @Test(
        "white space around a URL goes, inside it stays",
        arguments: [
            ("  a.jpg\n", "a.jpg"), ("\u{00A0}\tb c.png \r\n", "b c.png"), ("", ""), (" \n ", ""),
            ("/img/x.jpg", "/img/x.jpg"),
        ])
    func trimmed(url: String, expected: String) {
        #expect(String(URLText.trimmed(url)) == expected)
    }

    @Test("a long data: URI names no file and no page-independent URL")
    func dataURI() throws {
        let uri = " data:image/png;base64," + String(repeating: "iVBORw0KGgo", count: 20_000) + " "
        #expect(ImageIdentity.sitePath(of: uri, onPage: "news/a.html") == nil)
        #expect(ImageIdentity.absoluteKey(of: uri) == nil)
        let folder = try TemporaryFolder(["site/a.html": "<p>"])
        #expect(
            LocalImageResolver(root: folder.file("site"), siteURL: nil).relativePath(of: uri, onPage: "a.html") == nil)
    }

    @Test("a colon after the query is not a scheme; one before it is")
    func colons() throws {
        let folder = try TemporaryFolder(["site/img/a.jpg": "x"])
        let resolver = LocalImageResolver(root: folder.file("site"), siteURL: nil)
        #expect(resolver.relativePath(of: " /img/a.jpg?at=10:30 ", onPage: "news/b.html") == "img/a.jpg")
        #expect(resolver.relativePath(of: "c:/img/a.jpg", onPage: "b.html") == nil)
        #expect(ImageIdentity.sitePath(of: "../img/a.jpg#top", onPage: "news/b.html") == "img/a.jpg")
        #expect(ImageIdentity.absoluteKey(of: " HTTPS://Example.org/a.jpg#x") == "Example.org/a.jpg")
    }
}

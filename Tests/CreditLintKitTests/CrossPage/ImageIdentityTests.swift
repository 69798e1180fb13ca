import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

@Suite("Image identity across pages")
struct ImageIdentityTests {
    @Test(
        "URLs relative to the page or the root resolve to one site path; other URLs to none",
        arguments: [
            ("../img/a.jpg", "news/x.html", "img/a.jpg"),
            ("/img/a.jpg", "news/x.html", "img/a.jpg"),
            ("img/a.jpg", "index.html", "img/a.jpg"),
            ("./img/../img/a.jpg#top", "index.html", "img/a.jpg"),
            ("image.php?id=1", "news/x.html", "news/image.php?id=1"),
            ("../../a.jpg", "news/x.html", nil),
            ("https://cdn.example.org/a.jpg", "news/x.html", nil),
            ("//cdn.example.org/a.jpg", "news/x.html", nil),
            ("data:image/png;base64,AAAA", "news/x.html", nil),
            ("mailto:someone@example.org", "x.html", nil),
            ("a+b.c-d:rest", "x.html", nil),
            ("1abc:x.jpg", "news/x.html", "news/1abc:x.jpg"),
            ("é:x.jpg", "x.html", "é:x.jpg"),
            ("img/a.jpg?size=2#top?x", "x.html", "img/a.jpg?size=2"),
        ] as [(String, String, String?)])
    func sitePath(url: String, page: String, expected: String?) {
        #expect(ImageIdentity.sitePath(of: url, onPage: page) == expected)
    }

    @Test("renditions, schemes and identical files are one picture; another query is another")
    func groups() throws {
        let folder = try TemporaryFolder()
        let bytes = Data(repeating: 7, count: 100)
        try folder.write("img/a.jpg", bytes)
        try folder.write("img/same-bytes.jpg", bytes)
        try folder.write("img/other.jpg", Data(repeating: 8, count: 100))
        var identity = ImageIdentity(root: folder.path)
        let images: [(path: String, src: String, sources: [String])] = [
            ("a.html", "img/a.jpg", []),  // 0
            ("b/b.html", "../img/a-300x200.jpg", []),  // 1: a rendition of 0
            ("c.html", "img/same-bytes.jpg", []),  // 2: the same bytes as 0
            ("d.html", "img/other.jpg", []),  // 3
            ("e.html", "https://cdn.example.org/p.php?id=1", []),  // 4
            ("f.html", "http://cdn.example.org/p.php?id=1", []),  // 5: 4 over http
            ("g.html", "https://cdn.example.org/p.php?id=2", []),  // 6
            ("h.html", "x.jpg", ["https://cdn.example.org/x-1024x768.jpg"]),  // 7
            ("i.html", "https://cdn.example.org/x.jpg", []),  // 8: a rendition in 7's srcset
            ("j.html", "../../outside.jpg", []),  // 9: no key
        ]
        #expect(identity.groups(of: images) == [[0, 1, 2], [3], [4, 5], [6], [7, 8]])
    }

    @Test(
        "author names compare without case, accents, labels or agency; different names differ",
        arguments: [
            ("Anna Berg", "anna  berg", true),
            ("Anna Berg / dpa", "Anna Berg", true),
            ("Photo: Anna Berg", "ANNA BERG", true),
            ("Zoë Müller", "Zoe Muller", true),
            ("Berg", "Anna Berg", true),
            ("Anna Berg", "Jan Ek", false),
            ("Anna Berg", "Anna Ek", false),
        ])
    func authors(first: String, second: String, same: Bool) throws {
        let (a, b) = (try #require(AuthorName(first)), try #require(AuthorName(second)))
        #expect(a.isSameAuthor(as: b) == same)
    }
}

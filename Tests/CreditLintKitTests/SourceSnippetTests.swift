import CreditModel
import Foundation
import Testing

@testable import CreditLintKit

/// The image's tag as written, which the text report prints under the image so that it can be
/// found on a minified page.
@Suite struct SourceSnippetTests {
    static let longAlt = String(repeating: "harbour ", count: 20)

    @Test(
        arguments: [
            // A minified page: the whole page is one line, the tag somewhere in the middle.
            (
                "<html><body><p>Text</p><figure><img src=\"a.jpg\" alt=\"Crane\"></figure></body></html>", "a.jpg", 1,
                "<img src=\"a.jpg\" alt=\"Crane\">"
            ),
            // The column points at a link or a `<meta>` that holds the URL first: the image's own tag.
            (
                "<a href=\"e.jpg\"><IMG\tsrc=\"e.jpg\" alt=\"Pier\"></a>", "e.jpg", 1,
                "<IMG src=\"e.jpg\" alt=\"Pier\">"
            ),
            (
                "<meta itemprop=\"url\" content=\"f.jpg?a=1&amp;b=2\"><p>x</p><img alt=\"\" src=\"f.jpg?a=1&amp;b=2\">",
                "f.jpg?a=1&b=2", 1, "<img alt=\"\" src=\"f.jpg?a=1&amp;b=2\">"
            ),
            // A tag over several lines, its whitespace collapsed.
            ("<p>x</p>\n  <img src=\"b.jpg\"\n\talt=\"Quay\"\n  >\n", "b.jpg", 2, "<img src=\"b.jpg\" alt=\"Quay\" >"),
            // Non-ASCII text before the tag on the same line: columns count characters.
            ("<p>Größe Überfahrt – Café</p><img src=\"c.jpg\">", "c.jpg", 1, "<img src=\"c.jpg\">"),
            // A long tag is cut at 80 characters with an ellipsis.
            (
                "<img src=\"d.jpg\" alt=\"\(longAlt)\">", "d.jpg", 1,
                String("<img src=\"d.jpg\" alt=\"\(longAlt)".prefix(79)) + "…"
            ),
        ] as [(String, String, Int, String)])
    func snippet(_ page: String, _ src: String, _ line: Int, _ expected: String) throws {
        let lines = SourceLines(Data(page.utf8))
        let image = ScannedImage(src: src, line: line, fingerprint: "f")
        let column = try #require(lines.column(of: image, onLine: line))
        #expect(lines.snippet(of: image, atColumn: column) == expected)
        #expect(expected.count <= SourceLines.snippetLength)
    }

    @Test func noTagAtTheColumnGivesNoSnippet() {
        let lines = SourceLines(Data("<p>text</p><img src=\"a.jpg\">".utf8))
        let image = ScannedImage(src: "a.jpg", line: 1, fingerprint: "f")
        #expect(lines.snippet(of: image, atColumn: 2) == nil)
        #expect(lines.snippet(of: image, atColumn: nil) == nil)
        #expect(lines.snippet(of: image, atColumn: 500) == nil)
    }

    /// The column moves from a link or `<meta>` that names the URL first to the image's own tag,
    /// counted in characters; a tag on a later line keeps the column it was found at.
    @Test(
        arguments: [
            ("<a href=\"e.jpg\"><img src=\"e.jpg\"></a>", 1, 17),
            ("<p>Größe</p><a href=\"e.jpg\">é<img src=\"e.jpg\"></a>", 13, 30),
            ("<p>x</p><img src=\"e.jpg\">", 9, 9),
            ("<a href=\"e.jpg\">\n<img src=\"e.jpg\"></a>", 1, 1),
        ] as [(String, Int, Int)])
    func tagColumn(_ page: String, _ found: Int, _ expected: Int) throws {
        let lines = SourceLines(Data(page.utf8))
        let image = ScannedImage(src: "e.jpg", line: 1, fingerprint: "f")
        #expect(lines.column(of: image, onLine: 1) == found)
        #expect(lines.tag(of: image, atColumn: found)?.column == expected)
    }
}

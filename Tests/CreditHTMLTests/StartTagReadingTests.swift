import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditHTML

/// Attributes read by ``StartTagReader`` against libxml2 reading them itself: the same nodes,
/// attributes, lines and diagnostics, and the reader takes the plain tags and leaves the
/// unusual ones to libxml2.
@Suite("Start tags read in one pass")
struct StartTagReadingTests {
    /// Pages and how many start tags the reader takes on the libxml2 it mirrors.
    static let cases: [(html: String, read: Int)] = [
        // After a start tag, the text after one, an end tag, the text after one, a comment,
        // text libxml2 read itself, and the `/>` of a tag read here.
        ("<div class=\"a b\" id=\"x\"><img src=\"a.jpg\" alt=\"A photo\"></div>", 1),
        ("<p>text <a href=\"/x\" title='T'>link</a></p>", 1),
        ("<ul><li><a href=x>1</a></li><li><a href=y>2</a></li></ul>", 2),
        ("<p><b>x</b><a href=x>y</a></p>", 1),
        ("<p><b>x</b> and <a href=x>y</a></p>", 1),
        ("<div><!-- c --><img src=a.jpg></div>", 1),
        ("<p>a &amp; b<a href=x>y</a></p>", 1),
        ("<div><img src=\"a.jpg\"/><img src=\"b.jpg\"/></div>", 2),
        ("<div><br/><img src=a.jpg></div>", 0),
        // Tags over several lines, blanks of every kind, and no blank between attributes.
        ("<div>\n<img\n  src=\"a.jpg\"\n  alt=\"x\"\n  width=10>\n</div><p>after</p>", 1),
        ("<div><img\r\n src=\"a\"\r\n alt=\"b\r\nc\"\t>\n<p>x</p></div>", 1),
        ("<div><a href = \"x\" title= 'y' data-x =z>x</a></div>", 1),
        ("<div><a href=\"x\"title=\"y\">x</a></div>", 1),
        ("<div><a href=\"\">x</a><input type=checkbox checked disabled></div>", 2),
        ("<DIV><IMG SRC=\"a.jpg\" ALT=\"x\"></DIV>", 1),
        ("<div><a href=/x/>y</a></div>", 1),
        ("<div><img alt=\"Foto: Jörg Müller / 中文 👍\" src=a.jpg></div>", 1),
        ("<div><a title=\"a\u{1}b\">x</a></div>", 1),
        // References: replaced, kept, or kept with libxml2's error at its line.
        ("<div><a href=\"?a=1&amp;b=2\" title=\"&quot;Q&quot; &#39;s &#x2019; &eacute;\">x</a></div>", 1),
        ("<div><a href=\"?a=1&b=2&c\">x</a></div>", 1),
        ("<div>\n<a href=\"?a=1&b=2\"\n title=\"x&y\" data-u=a&b>z</a></div>", 1),
        ("<div><a title=\"&foo; bar &AMP; &#65;&#X42;\">x</a></div>", 1),
        // Elements libxml2 implies before the tag: the line of the tag's `<`.
        ("<title>T</title>\n<div class=\"a\"\n id=\"b\">x</div>", 1),
        ("<p>x<table class=\"t\"\n><tr><td>y</td></tr></table>", 1),
        ("<html>text\n<div\nclass=a>x</div>", 1),
        // `meta` too: libxml2 is told to ignore the charset it names.
        ("<html><head><meta charset=\"utf-8\"><link rel=x href=y></head><body class=b><p id=x>t</p>", 3),
        // Inside `svg`, `noscript` and `template`, which libxml2 reads as any other element.
        ("<svg class=s> <use href=\"#i\"/></svg><noscript><img src=a.jpg></noscript><template><b id=x>", 3),
        ("<div><script src=\"a.js\" async></script></div>", 1),
        // Left to libxml2: a repeated or bad name, a NUL, a character it does not copy as it
        // stands, references it reports or replaces otherwise, too long a name, no end, and
        // anything inside a script.
        ("<div><a href=x href=y>x</a></div>", 0),
        ("<div><a @click=\"x\">x</a><a [x]=\"y\">y</a><a / href=x>z</a></div>", 0),
        ("<div><a title=\"a\u{0}b\">x</a></div>", 0),
        ("<div><a title=\"a\u{FFFF}b\">x</a></div>", 0),
        ("<div><a title=\"a & b\">x</a><a title=\"&#0;\">y</a><a title=\"&#x110000;\">z</a></div>", 0),
        ("<div><a title=\"&#65\">x</a><a title=\"&ampé\">y</a><a title=&>z</a></div>", 0),
        ("<div><a " + String(repeating: "n", count: 120) + "=x>x</a></div>", 0),
        ("<div><img src=\"a.jpg\"", 0),
        ("<div><a href= >x</a></div>", 0),
        ("<script><div class=\"a\"></div></script><style><p id=x></style>", 0),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var html: String
        var read: Int
        var testDescription: String { html.prefix(60).debugDescription }
    }

    @Test(
        "the reader gives libxml2's tree and diagnostics, and takes the plain tags",
        arguments: cases.map { Case(html: $0.html, read: $0.read) })
    func sameAsLibXML2(_ page: Case) {
        let (fast, slow, inPlace) = InPlaceReadingTests.parses(Array(page.html.utf8))
        #expect(InPlaceReadingTests.difference(fast, slow) == nil, "\(page.html.debugDescription)")
        #expect(inPlace.startTags == (StartTagContent.isAvailable ? page.read : 0), "\(page.html.debugDescription)")
    }

    /// Random pages of tags whose attributes mix what the reader takes with what it leaves
    /// to libxml2, between text, comments and end tags.
    @Test("generated pages")
    func generated() {
        let tags = ["<a", "<img", "<div", "<P", "<span", "<br", "<li", "<td", "<meta", "<body", "<script", "<x:y"]
        let names = ["href", "SRC", "class", "id", "alt", "data-x", "title", "checked", "href", "@x", "a:b", "_c"]
        let equals = ["=", " = ", "=\n", ""]
        let values = [
            "\"a b\"", "'x'", "plain", "\"a&amp;b\"", "\"&quot;q&quot;\"", "\"?a=1&b=2\"", "\"&#39;&#x2019;\"",
            "\"é中\"",
            "\"line\nbreak\"", "\"\u{1}\"", "\"&bogus;\"", "\"a & b\"", "\"\u{FFFF}\"", "\"\"", "x/", "\"a\u{0}b\"",
        ]
        let blanks = [" ", "\n  ", "\t", "\r\n", ""]
        let ends = [">", "/>", " >", "\n>", ""]
        let between = ["text", "\n", "</a>", "</div>", "<!-- c -->", "&amp;", "</b> tail", "<b>x</b>", "<p>", ""]
        var generator = SplitMixGenerator(seed: 0x7A65_1EAD)
        func pick(_ list: [String]) -> String { list[Int(generator.next() % UInt64(list.count))] }
        var reads = 0
        for _ in 0..<1_000 {
            var html = "<div>"
            for _ in 0..<Int(generator.next() % 8) {
                html += pick(between) + pick(tags)
                for _ in 0..<Int(generator.next() % 4) {
                    html += pick(blanks.filter { !$0.isEmpty }) + pick(names)
                    if generator.next() % 4 != 0 { html += pick(equals) + pick(values) }
                    html += pick(blanks)
                }
                html += pick(ends)
            }
            let (fast, slow, inPlace) = InPlaceReadingTests.parses(Array(html.utf8))
            reads += inPlace.startTags
            #expect(InPlaceReadingTests.difference(fast, slow) == nil, "\(html.debugDescription)")
        }
        #expect(!StartTagContent.isAvailable || reads > 400, "the generated pages exercise the reader \(reads) times")
    }

    @Test("dev corpus pages", .needsDevCorpus)
    func corpus() throws {
        var reads = 0
        for page in try TestFiles.pages(under: TestFiles.devCorpusPages) {
            let (fast, slow, inPlace) = InPlaceReadingTests.parses(Array(try Data(contentsOf: page)))
            reads += inPlace.startTags
            let difference = InPlaceReadingTests.difference(fast, slow)
            #expect(difference == nil, "\(page.lastPathComponent): \(difference ?? "")")
        }
        #expect(!StartTagContent.isAvailable || reads > 10_000, "read \(reads) start tags")
    }
}

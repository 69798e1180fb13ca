import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditHTML

/// `script` and `style` content read by ``RawTextReader``, and text after start tags read by
/// ``LeadingTextReader``, against libxml2 reading them itself: the same nodes, text, lines and
/// diagnostics, and the readers take the plain cases and leave the unusual ones to libxml2.
@Suite("Content after start tags read in one pass")
struct InPlaceReadingTests {
    /// The two parses of `html`, described node by node with the diagnostics, and how much the
    /// readers took.
    static func parses(_ html: [UInt8]) -> (fast: [String], libxml2: [String], inPlace: InPlaceReads) {
        html.withUnsafeBufferPointer { bytes in
            let fast = LibXML2Converter.parsed(utf8: bytes, encoding: "utf-8")
            let slow = LibXML2Converter.parsed(utf8: bytes, encoding: "utf-8", readingInPlace: false)
            #expect(slow.inPlace == InPlaceReads())
            return (describe(fast.document), describe(slow.document), fast.inPlace)
        }
    }

    /// The first line where the two descriptions differ, or nil when they are the same.
    static func difference(_ fast: [String], _ slow: [String]) -> String? {
        guard fast != slow else { return nil }
        guard let index = zip(fast, slow).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return "\(fast.count) lines against \(slow.count)"
        }
        return "reader: \(fast[index].prefix(300))\nlibxml2: \(slow[index].prefix(300))"
    }

    private static func describe(_ document: HTMLDocument) -> [String] {
        document.nodes.map { TreeEquivalenceTests.describe($0) }
            + document.diagnostics.map { "line \($0.line) code \($0.code): \($0.message)" }
    }

    /// Pages and how many of their `script` and `style` elements the reader takes on the
    /// libxml2 it mirrors.
    static let rawTextCases: [(html: String, read: Int)] = [
        ("<p>a</p><script>var a = 1;</script><p>b</p>", 1),
        ("<style>p { color: red }</style>", 1),
        ("<SCRIPT type=text/javascript>x()</SCRIPT><img src=a.jpg>", 1),
        // Each `</` that does not end the element is reported where it stands.
        ("<script>\ndocument.write('<div></div>');\n  x = '</p>'</script>\n<img src=a.jpg>", 1),
        ("<script><!--\nold();\n//--></script>", 1),
        ("<script>\r\nvar s = \"é中👍\";\r\n</script>\n<p>after</p>\n<img src=b.jpg>", 1),
        (
            "<script>" + String(repeating: "var line = 'longer than one of libxml2's chunks';\n", count: 80)
                + "</script><p>x</p><foo:bar>", 1
        ),
        ("<head><script>a()</script><style>b{}</style></head><body><script>c()</script>", 3),
        ("<table><script>t()</script><tr><td>x</td></tr></table>", 1),
        // Left to libxml2: no content, content that starts like a tag, an end tag that is not
        // exactly `</script>`, characters XML forbids, and no end at all.
        ("<script></script><script/><p>x</p>", 0),
        ("<script><b>bold</b></script>", 0),
        ("<script></div>x</script>", 0),
        ("<script>a</scriptx>b</script>", 0),
        ("<style>p{}</style >", 0),
        ("<script>a\u{0}b</script>", 0),
        ("<script>a\u{1}b</script><style>c\u{7}d</style>", 0),
        ("<script>a\u{FFFF}b</script>", 0),
        ("<script>var a = 1;", 0),
        ("<script>var a = 1;</script", 0),
    ]

    /// Pages and how many texts after a start tag the text reader takes.
    static let leadingTextCases: [(html: String, read: Int)] = [
        ("<p>Hello world</p>", 1),
        ("<div>\n  <p>x</p>\n</div>", 2),
        ("<p>a &amp; b</p><p>&amp;x</p>", 1),
        ("<br>text<img src=a.jpg>more", 0),
        ("<html>text", 0),
        ("<head> <title>T</title></head>", 1),
        ("<p>" + String(repeating: "a line of text\n", count: 170) + "</p><b>x</b>", 2),
        ("<p>" + String(repeating: "x", count: 998) + "é\n\n</p>", 1),
        ("<p>" + String(repeating: "x", count: 999) + "\né</p>", 1),
        ("<p>" + String(repeating: "é\n", count: 400) + "</p>", 1),
        // Exactly one piece, ending in a new line: libxml2 passes it on before counting that line.
        ("<p>" + String(repeating: "x", count: 999) + "\n</p>\n<img src=a.jpg>", 1),
        ("<p>text with \u{1} a control</p><p>text\u{FFFF}</p>", 0),
        ("<p>text to the end", 0),
        ("<figure><img src=a.jpg><figcaption>Photo: Jane Doe</figcaption></figure>", 1),
        ("<p>x\r\ny</p><a href=x>Link</a><textarea>a<b</textarea>", 3),
        ("<p>one</p><p>two<p>three", 2),
    ]

    /// Pages and how many texts after an end tag the text reader takes.
    static let trailingTextCases: [(html: String, read: Int)] = [
        ("<p><b>bold</b> and <i>italic</i>.</p>", 2),
        ("<div><span>a</span>\n  <span>b</span>\n</div>\n", 2),
        ("<p><b>x</B>, <I>y</i > z</p>", 1),
        ("<ul><li>a<li>b</ul>after", 0),
        ("<p><b><i>x</b>tail</p>", 1),
        ("<p><br>after<img src=a.jpg/>more</p>", 0),
        ("<head><title>t</title>\n<meta charset=utf-8></head>\n<body><p>x</p>tail &amp; more</body>", 1),
        ("<p><a href=x>link</a>" + String(repeating: "a line of text\n", count: 150) + "</p>", 1),
        ("<p><b>x</b>text with \u{1} a control</p><p><b>y</b>to the end", 0),
        ("<table><tr><td>a</td> <td>b</td></tr></table>", 1),
    ]

    /// A page, which reader it is for, and how many times that reader should take over.
    struct Case: Sendable, CustomTestStringConvertible {
        enum Reader: Sendable { case rawText, leadingText, trailingText }
        var html: String
        var reader: Reader
        var read: Int
        var testDescription: String { "\(reader): \(html.prefix(60).debugDescription)" }

        func count(_ reads: InPlaceReads) -> Int {
            switch reader {
            case .rawText: reads.rawText
            case .leadingText: reads.leadingText
            case .trailingText: reads.trailingText
            }
        }
    }

    static let cases =
        rawTextCases.map { Case(html: $0.html, reader: .rawText, read: $0.read) }
        + leadingTextCases.map { Case(html: $0.html, reader: .leadingText, read: $0.read) }
        + trailingTextCases.map { Case(html: $0.html, reader: .trailingText, read: $0.read) }

    @Test("the readers give libxml2's tree and diagnostics, and take the plain cases", arguments: cases)
    func sameAsLibXML2(_ page: Case) {
        let (fast, slow, inPlace) = Self.parses(Array(page.html.utf8))
        #expect(Self.difference(fast, slow) == nil, "\(page.html.debugDescription)")
        #expect(page.count(inPlace) == (StartTagContent.isAvailable ? page.read : 0), "\(page.html.debugDescription)")
    }

    /// The readers mirror libxml2 2.9.14 (Debian 12's, which CI installs). Another 2.9 release
    /// parses every page right, only more slowly, and fails here so that it is noticed; later
    /// series, whose HTML parser is another, skip.
    @Test(
        "the readers run with the libxml2 2.9 the build uses",
        .enabled(if: StartTagContent.runningVersion.hasPrefix("209"), "the readers mirror libxml2 2.9 only"))
    func availableHere() {
        #expect(StartTagContent.isAvailable, "libxml2 \(StartTagContent.runningVersion) is not the one mirrored")
    }

    /// Random pages: script and style elements whose content mixes plain text with what the
    /// reader leaves to libxml2, closed exactly or not, between pieces of markup.
    @Test("generated pages")
    func generated() {
        let markup = [
            "<p>", "</p>", "<b>x</b>", "text", "\n", "<img src=a.jpg>", "<!-- c -->", "<script/>", "&amp;", "<div>  ",
            "<span>é中\r\n</span>", "<br>after", "<li>item &lt; 3", "<figcaption>\u{1}x</figcaption>", "<td>\u{FFFF}",
            "</b> tail", "</I>, ", "</span >x", "</p>\n", "</li>&amp;",
        ]
        let opening = ["<script>", "<style>", "<SCRIPT type=module>", "<style media=print>"]
        let content = [
            "var x = 1;", "\n", "\r\n", "é中👍", "'</p>'", "</", "<!--", "-->", "<b>", ">", "<", "\t", " ", "\u{1}",
            "\u{FFFF}", "</scriptx>", "a { b: c }",
        ]
        let closing = ["</script>", "</style>", "</SCRIPT>", "</Style>", "</script >", "</style", ""]
        var generator = SplitMixGenerator(seed: 0x5C21_7EA7)
        func pick(_ list: [String]) -> String { list[Int(generator.next() % UInt64(list.count))] }
        var reads = 0
        var texts = 0
        for _ in 0..<600 {
            var html = ""
            for _ in 0..<Int(generator.next() % 6) {
                html += pick(markup) + pick(opening)
                for _ in 0..<Int(generator.next() % 6) { html += pick(content) }
                html += pick(closing)
            }
            let (fast, slow, inPlace) = Self.parses(Array(html.utf8))
            reads += inPlace.rawText
            texts += inPlace.leadingText + inPlace.trailingText
            #expect(Self.difference(fast, slow) == nil, "\(html.debugDescription)")
        }
        #expect(
            !StartTagContent.isAvailable || texts > 100, "the generated pages exercise the text reader \(texts) times")
        #expect(!StartTagContent.isAvailable || reads > 100, "the generated pages exercise the reader \(reads) times")
    }

    @Test("dev corpus pages", .needsDevCorpus)
    func corpus() throws {
        var reads = 0
        var texts = 0
        var trailing = 0
        for page in try TestFiles.pages(under: TestFiles.devCorpusPages) {
            let (fast, slow, inPlace) = Self.parses(Array(try Data(contentsOf: page)))
            reads += inPlace.rawText
            texts += inPlace.leadingText
            trailing += inPlace.trailingText
            let difference = Self.difference(fast, slow)
            #expect(difference == nil, "\(page.lastPathComponent): \(difference ?? "")")
        }
        #expect(!StartTagContent.isAvailable || reads > 100)
        #expect(!StartTagContent.isAvailable || texts > 1_000)
        #expect(!StartTagContent.isAvailable || trailing > 1_000)
    }
}

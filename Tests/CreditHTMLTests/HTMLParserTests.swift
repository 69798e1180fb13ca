import CreditCore
import CreditHTML
import CreditTestSupport
import Foundation
import Testing

@Suite("HTML parser")
struct HTMLParserTests {
    private func parse(_ html: String) -> HTMLDocument { HTMLParser.parse(Data(html.utf8)) }

    @Test("elements, attributes and lines come through libxml2")
    func elementsAndLines() throws {
        let document = parse(
            "<html><body>\n<p>intro</p>\n<figure><img src=\"a.jpg?x=1&amp;y=2\" alt=Cat>\n"
                + "<figcaption>Photo: Jane</figcaption></figure>\n</body></html>")
        let image = try #require(document.elements(named: ["img"]).first)
        #expect(document[image].attribute("src") == "a.jpg?x=1&y=2")
        #expect(document[image].attribute("alt") == "Cat")
        #expect(document[image].line == 3)
        let caption = try #require(document.elements(named: ["figcaption"]).first)
        #expect(document.text(of: caption) == "Photo: Jane")
        #expect(document.ancestors(of: image).map { document[$0].name }.contains("figure"))
    }

    @Test("lines beyond 65,535 are the real lines, which libxml2's own tree caps")
    func longPages() throws {
        let filler = String(repeating: "<p>line</p>\n", count: 70_000)
        let document = parse(
            "<html><body>\n" + filler + "<figure><img src=\"late.jpg\">\n<figcaption>Photo: Jane</figcaption>"
                + "</figure>\n<script>var x = 1;</script>\n</body></html>")
        let image = try #require(document.elements(named: ["img"]).first)
        #expect(document[image].line == 70_002)
        let caption = try #require(document.elements(named: ["figcaption"]).first)
        #expect(document[caption].line == 70_003)
        let script = try #require(document.elements(named: ["script"]).first)
        #expect(document[script].line == 70_004)
        // The script's text (CDATA) takes its element's line.
        #expect(document.nodes[document[script].children[0]].line == 70_004)
    }

    @Test("unknown HTML5 tags are not reported as diagnostics")
    func html5TagsAreQuiet() {
        let document = parse("<figure><picture><source srcset=a.webp><img src=a.jpg></picture></figure>")
        #expect(!document.diagnostics.contains { $0.message.contains("invalid") })
        #expect(document.elements(named: ["source"]).count == 1)
    }

    @Test("real parse errors are collected, not printed")
    func errorsAreCollected() {
        let document = parse("<div><p>text</span></div>")
        #expect(!document.diagnostics.isEmpty)
    }

    @Test("children are listed in document order")
    func documentOrder() throws {
        let document = parse("<ul><li>one</li><li>two</li><li>three</li></ul>")
        let list = try #require(document.elements(named: ["ul"]).first)
        #expect(document[list].children.map { document.text(of: $0) } == ["one", "two", "three"])
        #expect(document.text(of: list) == "one two three")
    }

    @Test("script and style text is not part of an element's text")
    func opaqueText() throws {
        let document = parse("<div>a<script>var x = 1;</script><style>p{}</style>b</div>")
        let div = try #require(document.elements(named: ["div"]).first)
        #expect(document.text(of: div) == "ab")
    }

    /// Whether every node is its parent's child exactly once and every child names its parent:
    /// what a tree built from broken input must still be.
    private func isTree(_ document: HTMLDocument) -> Bool {
        document.nodes.indices.allSatisfy { index in
            document.nodes[index].children.allSatisfy { document.nodes[$0].parent == index }
                && (index == 0
                    || document.nodes[document.nodes[index].parent].children.filter { $0 == index }.count == 1)
        }
    }

    @Test("a 20,000-deep page parses without overflowing the stack, and keeps its image")
    func deepNesting() {
        let html = String(repeating: "<div>", count: 20_000) + "<img src=deep.jpg>"
        let document = parse(html)
        #expect(document.elements(named: ["img"]).map { document[$0].attribute("src") } == ["deep.jpg"])
        #expect(isTree(document))
    }

    @Test("empty input, NUL bytes and binary noise give a well-formed document, not a crash")
    func hostileBytes() {
        #expect(isTree(HTMLParser.parse(Data())))
        let nul = HTMLParser.parse(Data([0, 0, 0, 60, 0, 105, 109, 103]))
        #expect(isTree(nul) && nul.elements(named: ["img"]).isEmpty)
        #expect(isTree(HTMLParser.parse(Data(NoiseBytes.make(count: 10_000)))))
    }
}

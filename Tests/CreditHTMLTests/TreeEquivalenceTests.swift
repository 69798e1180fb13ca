import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditHTML

/// The SAX-built tree (what the scan uses) against libxml2's own DOM copied node by node
/// (the builder it replaced, kept as the reference): same nodes, kinds, names, attributes in
/// order, text as libxml2 merges it, lines, parents, children and diagnostics.
@Suite("SAX tree equals libxml2's DOM")
struct TreeEquivalenceTests {
    /// The first difference between the two parses of a page, or nil when they are the same.
    static func difference(_ bytes: [UInt8]) -> String? {
        let data = Data(bytes)
        let sax = HTMLParser.parse(data)
        let dom = HTMLParser.parse(data, tree: LibXML2DOMConverter.parse)
        if sax.encoding != dom.encoding { return "encoding \(sax.encoding) != \(dom.encoding)" }
        if sax.diagnostics != dom.diagnostics {
            return "diagnostics differ: \(sax.diagnostics.count) vs \(dom.diagnostics.count), "
                + "first \(String(describing: zip(sax.diagnostics, dom.diagnostics).first { $0 != $1 }))"
        }
        for index in 0..<min(sax.nodes.count, dom.nodes.count) {
            // libxml2's DOM caps lines at 65,535 and then borrows a neighbour's; the SAX tree
            // keeps the real line, so lines from there on are not compared.
            let lines = sax[index].line < 65535
            let (new, old) = (describe(sax[index], line: lines), describe(dom[index], line: lines))
            if new != old { return "node \(index):\n  sax \(new)\n  dom \(old)" }
        }
        if sax.nodes.count != dom.nodes.count { return "node count \(sax.nodes.count) != \(dom.nodes.count)" }
        // The parser's element lists say what walking the tree says.
        if let index = sax.index {
            let walked = ElementIndex.walking(sax)
            if index.byTag != walked.byTag || index.byAttribute != walked.byAttribute {
                return "element index differs from a walk"
            }
        }
        return nil
    }

    static func describe(_ node: HTMLNode, line: Bool = true) -> String {
        let attributes = node.attributes.map { "\($0.name)=\($0.value.debugDescription)" }.joined(separator: " ")
        return
            "\(node.kind) <\(node.name) \(attributes)> \(node.text.debugDescription) line \(line ? String(node.line) : "-") "
            + "parent \(node.parent) children \(node.children) classes \(node.classNames) "
            + "tokens \(node.classAndIDTokens) words \(node.classAndIDWords.sorted())"
    }

    @Test("example site pages")
    func examples() throws {
        try Self.compare(pages: TestFiles.pages(under: TestFiles.examples), atLeast: 5)
    }

    @Test("dev corpus pages", .needsDevCorpus)
    func corpus() throws {
        try Self.compare(pages: TestFiles.pages(under: TestFiles.devCorpusPages), atLeast: 10)
    }

    private static func compare(pages: [URL], atLeast minimum: Int) throws {
        #expect(pages.count >= minimum, "pages are missing")
        for page in pages {
            let difference = Self.difference(Array(try Data(contentsOf: page)))
            #expect(difference == nil, "\(page.lastPathComponent): \(difference ?? "")")
        }
    }

    @Test("html5lib tokenizer and encoding inputs")
    func html5lib() throws {
        let inputs = try Html5libCorpus.tokenizerInputs() + Html5libCorpus.encodingCases().map { ($0.name, $0.bytes) }
        #expect(inputs.count > 1_000, "the html5lib inputs are missing")
        for (name, bytes) in inputs {
            let difference = Self.difference(bytes)
            #expect(difference == nil, "\(name): \(difference ?? "")")
        }
    }

    @Test("hostile pages", arguments: HostilePages.all)
    func hostile(_ page: HostilePages.Page) {
        let difference = Self.difference(page.bytes())
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// The `class`/`id` splits are shared between elements and pages (``SAXIdentifierCache``):
    /// repeats, spellings of the names, missing values, duplicates, more distinct values
    /// than a thread's table holds (it starts over within the page), and the same page twice
    /// (the second parse reuses the splits the first left in the thread's table).
    @Test("shared class and id splits")
    func sharedSplits() {
        var html = "<html><body>"
        for index in 0..<9_000 {
            html +=
                "<div class=\"card card-\(index) photoCredit\"><span class=\"card card-\(index) photoCredit\">x</span></div>"
            if index % 7 == 0 { html += "<p class=\"card card-\(index) photoCredit\" id=\"item\(index)\">y</p>" }
        }
        html +=
            #"<p CLASS="Upper Case" Id="MixedId">a</p><p class>b</p><p class="">c</p><p class="one" class="two">d</p>"#
        html +=
            #"<p id="only-id">e</p><p id="">f</p><p class="  spaced\tout  " id="x y">g</p><p class="caf\#u{E9} naïveStyle">h</p>"#
        html += "</body></html>"
        let bytes = Array(html.utf8)
        #expect(Self.difference(bytes) == nil)
        #expect(Self.difference(bytes) == nil)
    }

    @Test("generated tag soup")
    func tagSoup() {
        var generator = TagSoup(seed: 0x9E37_79B9)
        for index in 0..<3_000 {
            let bytes = generator.page()
            let difference = Self.difference(bytes)
            #expect(
                difference == nil,
                "soup \(index) \(String(decoding: bytes, as: UTF8.self).debugDescription): \(difference ?? "")")
            if difference != nil { break }
        }
    }
}

import CreditCore
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
            let (new, old) = (describe(sax[index]), describe(dom[index]))
            if new != old { return "node \(index):\n  sax \(new)\n  dom \(old)" }
        }
        if sax.nodes.count != dom.nodes.count { return "node count \(sax.nodes.count) != \(dom.nodes.count)" }
        return nil
    }

    static func describe(_ node: HTMLNode) -> String {
        let attributes = node.attributes.map { "\($0.name)=\($0.value.debugDescription)" }.joined(separator: " ")
        return "\(node.kind) <\(node.name) \(attributes)> \(node.text.debugDescription) line \(node.line) "
            + "parent \(node.parent) children \(node.children) classes \(node.classNames) "
            + "tokens \(node.classAndIDTokens) words \(node.classAndIDWords.sorted())"
    }

    @Test("dev corpus pages")
    func corpus() throws {
        let folder = RobustnessInputs.repositoryRoot.appendingPathComponent("../shared/corpus/dev/pages")
            .standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        #expect(files.count >= 10, "the dev corpus is missing")
        for file in files.sorted() {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
            let difference = Self.difference(bytes)
            #expect(difference == nil, "\(file): \(difference ?? "")")
        }
    }

    @Test("html5lib tokenizer and encoding inputs")
    func html5lib() throws {
        let inputs = try RobustnessInputs.html5lib()
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

    @Test("generated tag soup")
    func tagSoup() {
        var generator = TagSoup(seed: 0x9E37_79B9)
        for index in 0..<3_000 {
            let bytes = generator.page()
            let difference = Self.difference(bytes)
            #expect(difference == nil, "soup \(index) \(String(decoding: bytes, as: UTF8.self).debugDescription): \(difference ?? "")")
            if difference != nil { break }
        }
    }
}

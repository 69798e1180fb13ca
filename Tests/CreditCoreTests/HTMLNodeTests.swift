import Testing

@testable import CreditDocument

/// The per-node values computed once when a node is made: they must say what the plain
/// definitions say.
@Suite("HTML node identifiers and flags")
struct HTMLNodeTests {
    static let classValues = [
        "", " ", "a", "photo-credit", "article__photo__desc photoCredit", "  wp-caption   wp-caption-text ",
        "c-entry--post\tXMLHttp\nmedia2Credit", "ABC DefGhi jKL", "x_y-z 9a a9 _", "Zürich-Photo éTé", "中文 credit",
        "a\u{0B}b", "--", "UPPER lower MiXeD",
    ]

    @Test("class and id split the same as the reference splitters", arguments: classValues)
    func identifiers(_ value: String) {
        let node = HTMLNode(
            kind: .element, name: "div",
            attributes: [
                HTMLAttribute(name: "class", value: value), HTMLAttribute(name: "id", value: "Main-Photo"),
                HTMLAttribute(name: "class", value: "ignored second"),
            ])
        let classNames = IdentifierWords.classTokens(value)
        #expect(node.classNames == classNames)
        #expect(node.classAndIDTokens == classNames + ["main-photo"])
        #expect(node.identifierWords == HTMLNode.splitIdentifierWords(value) + ["main", "photo"])
    }

    @Test("an element without class or id has no identifiers")
    func noIdentifiers() {
        let node = HTMLNode(kind: .element, name: "p", attributes: [HTMLAttribute(name: "title", value: "x y")])
        #expect(node.classNames.isEmpty && node.classAndIDTokens.isEmpty && node.identifierWords.isEmpty)
        var changed = node
        changed.attributes.append(HTMLAttribute(name: "class", value: "late-class"))
        #expect(changed.identifierWords == ["late", "class"])
    }

    @Test("opaque and block flags agree with the element sets")
    func flags() {
        let names = HTMLDocument.opaqueElements.union(HTMLDocument.blockElements).union([
            "", "a", "b", "span", "h7", "ps", "divs", "scripts", "blockquotes", "x:p", "figcaption2", "tablet",
        ])
        for name in names {
            let node = HTMLNode(kind: .element, name: name)
            #expect(node.isOpaque == HTMLDocument.opaqueElements.contains(name), "\(name)")
            #expect(node.isBlock == HTMLDocument.blockElements.contains(name), "\(name)")
        }
        #expect(!HTMLNode(kind: .text, name: "p").isBlock)
    }
}

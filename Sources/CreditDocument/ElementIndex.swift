/// The elements of a few tag names and the elements carrying a few attributes, in document
/// order, listed by the parser as it builds the tree.
///
/// The scanner's page-wide readers (images, licence links and footers, JSON-LD scripts,
/// microdata items, RDFa properties) each walked every element of the page to find a
/// handful; with the lists they visit only those. A document built any other way (by hand,
/// by libxml2's DOM) has no index, and the same questions walk the tree.
package struct ElementIndex: Sendable {
    /// The tag names listed.
    package static let tagNames = ["a", "amp-img", "footer", "img", "link", "script", "source"]
    /// The attribute names listed (lower-case, as ``HTMLNode/attributes`` holds them).
    /// `data-creditlint-ignore` is the tool's own inline ignore, looked for on every page.
    package static let attributeNames = ["data-creditlint-ignore", "itemscope", "property", "rel"]

    /// Per entry of ``tagNames``, its elements.
    package var byTag: [[Int]]
    /// Per entry of ``attributeNames``, the elements that carry it (once each).
    package var byAttribute: [[Int]]

    package init() {
        byTag = Array(repeating: [], count: Self.tagNames.count)
        byAttribute = Array(repeating: [], count: Self.attributeNames.count)
    }

    /// The position of `name` in ``tagNames``, or -1.
    package static func tagSlot(_ name: String) -> Int { tagNames.firstIndex(of: name) ?? -1 }

    /// The position of `name` in ``attributeNames``, or -1.
    package static func attributeSlot(_ name: String) -> Int { attributeNames.firstIndex(of: name) ?? -1 }

    /// What the lists say when the tree is walked: for tests and for checking a parser.
    package static func walking(_ document: HTMLDocument) -> ElementIndex {
        var index = ElementIndex()
        for position in document.nodes.indices where document.nodes[position].kind == .element {
            let node = document.nodes[position]
            let tag = tagSlot(node.name)
            if tag >= 0 { index.byTag[tag].append(position) }
            for (slot, name) in attributeNames.enumerated() where node.attribute(name) != nil {
                index.byAttribute[slot].append(position)
            }
        }
        return index
    }
}

extension HTMLDocument {
    /// The elements with one of these tag names, in document order: from the parser's index
    /// when it lists them all, else by walking the page.
    package func elements(named names: [String]) -> [Int] {
        if let index {
            let slots = names.map(ElementIndex.tagSlot)
            if !slots.contains(-1) { return Self.merged(slots.map { index.byTag[$0] }) }
        }
        return elements(named: Set(names))
    }

    /// The elements that carry one of these attributes, in document order, each once.
    package func elements(withAttribute names: [String]) -> [Int] {
        if let index {
            let slots = names.map(ElementIndex.attributeSlot)
            if !slots.contains(-1) { return Self.merged(slots.map { index.byAttribute[$0] }) }
        }
        return nodes.indices.filter { position in
            nodes[position].kind == .element && names.contains { nodes[position].attribute($0) != nil }
        }
    }

    /// Ascending lists merged into one, without repeats.
    private static func merged(_ lists: [[Int]]) -> [Int] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        if nonEmpty.count <= 1 { return nonEmpty.first ?? [] }
        return Array(Set(nonEmpty.joined())).sorted()
    }
}

import CreditLicenses

extension HTMLNode {
    /// The element's class names, split on whitespace and lower-cased.
    public var classNames: [String] { identifiers.classNames }

    /// The lower-cased words of the element's `class` and `id`, split at `-`, `_` and
    /// camel-case humps, so that `article__photo__desc`, `photoCredit` and `photo-credit`
    /// all yield `photo` and `credit`.
    ///
    /// Matching whole words rather than substrings keeps `shared` from reading as `share`
    /// and `header-ad` from hiding in `headline`.
    public var classAndIDWords: Set<String> { Set(identifiers.words) }

    /// The words of ``classAndIDWords`` as a list, which the scanner tests without hashing
    /// them into a set first.
    var identifierWords: [String] { identifiers.words }

    /// The whole `class` tokens and the `id`, lower-cased (`wp-caption-text`, `media-credit`).
    public var classAndIDTokens: [String] { identifiers.tokens }

    /// Splits an identifier list such as `c-entry--post photoCredit` into lower-case words.
    package static func splitIdentifierWords(_ value: String) -> [String] {
        if value.isASCIIOnly { return splitASCIIIdentifierWords(value) }
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in value {
            if character.isLetter || character.isNumber {
                if character.isUppercase && previousWasLower && !current.isEmpty {
                    words.append(current.lowercased())
                    current = ""
                }
                current.append(character)
                previousWasLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}

extension HTMLDocument {
    /// The element children of a node, in document order.
    @inlinable public func elementChildren(of index: Int) -> [Int] {
        nodes[index].children.filter { nodes[$0].kind == .element }
    }

    /// Whether `ancestor` is `index` itself or one of its ancestors.
    @inlinable public func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }

    /// The nearest ancestor (or the node itself when `includingSelf`) that satisfies the test.
    @inlinable public func nearestAncestor(
        of index: Int, includingSelf: Bool = false, where test: (HTMLNode) -> Bool
    ) -> Int? {
        if includingSelf && test(nodes[index]) { return index }
        // Up the parent links directly: no list of ancestors is built for a walk that
        // usually stops early.
        var current = nodes[index].parent
        while current > 0 {
            if test(nodes[current]) { return current }
            current = nodes[current].parent
        }
        return nil
    }

    /// The nearest following sibling element, skipping text that is only whitespace.
    ///
    /// Returns nil when non-blank text sits between, since then the text is the neighbour.
    public func nextElementSibling(of index: Int) -> Int? {
        for sibling in followingSiblings(of: index) {
            let node = nodes[sibling]
            if node.kind == .element { return sibling }
            if node.kind == .text && !node.text.allSatisfy(\.isWhitespace) { return nil }
        }
        return nil
    }

    /// The nearest preceding sibling element, skipping text that is only whitespace.
    public func previousElementSibling(of index: Int) -> Int? {
        for sibling in precedingSiblings(of: index) {
            let node = nodes[sibling]
            if node.kind == .element { return sibling }
            if node.kind == .text && !node.text.allSatisfy(\.isWhitespace) { return nil }
        }
        return nil
    }

    /// The links below a node (itself included): visible text, `href` and `rel`.
    public func links(under index: Int) -> [(text: String, href: String, rel: String?)] {
        var found: [(text: String, href: String, rel: String?)] = []
        for node in [index] + descendants(of: index) where nodes[node].isElement("a") {
            guard let href = nodes[node].attribute("href") else { continue }
            found.append((text(of: node), href, nodes[node].attribute("rel")))
        }
        return found
    }
}

extension Array where Element == String {
    /// Whether no word is in the vocabulary (`Set.isDisjoint(with:)` for a word list).
    package func isDisjoint(with vocabulary: Set<String>) -> Bool {
        !contains(where: vocabulary.contains)
    }
}

/// Credits in the text around the image: loose text in its box, the lines right before and
/// after it.
extension CreditLocator {
    /// Text in the box that is neither caption nor credit element (`<p><img><br>Foto: X</p>`),
    /// read at the nearest level that has any.
    func looseTextCredit(_ parts: BoxParts, box: [Int]) -> LocatedCredit? {
        let skipping = Set(parts.captions + parts.creditElements)
        for level in box {
            let text = visible.of(level, skipping: skipping)
            guard !text.isEmpty else { continue }
            guard text.count <= Self.maximumAdjacentText, let span = CreditSpanFinder.find(in: text) else { return nil }
            return LocatedCredit(span: span, strategy: .adjacentText, links: links(under: level), node: level)
        }
        return nil
    }

    /// The line right after the element, then the one right before it.
    func adjacentCredit(next top: Int) -> LocatedCredit? {
        var neighbours = [nextSiblingSkippingScripts(of: top)]
        // A line before the image may be the credit of the image before it ("photo A,
        // credit A, photo B"): it counts only when no image precedes it directly.
        if let previous = document.previousElementSibling(of: top),
            !(document.previousElementSibling(of: previous).map(holdsImage) ?? false) {
            neighbours.append(previous)
        }
        for case let neighbour? in neighbours {
            let node = document.nodes[neighbour]
            guard !["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "script", "style"].contains(node.name),
                !holdsImage(neighbour), !Self.isArticleMeta(node)
            else { continue }
            let text = visible.of(neighbour)
            guard !text.isEmpty, text.count <= Self.maximumAdjacentText else { continue }
            // A credit element just outside the figure (`<figure>…</figure><div class="credit">`)
            // is a credit as it stands, labelled or not.
            let credits = ([neighbour] + document.descendants(of: neighbour)).filter {
                document.nodes[$0].kind == .element && BoxParts.isCreditElement(document.nodes[$0])
            }
            if let credit = credits.first, case let creditText = visible.of(credit), !creditText.isEmpty {
                let rest = credit == neighbour ? nil : visible.of(neighbour, skipping: [credit])
                return LocatedCredit(
                    span: creditElementSpan(creditText, caption: rest), strategy: .creditElement,
                    links: links(under: credit), node: credit)
            }
            guard let span = CreditSpanFinder.find(in: text) else { continue }
            return LocatedCredit(span: span, strategy: .adjacentText, links: links(under: neighbour), node: neighbour)
        }
        return nil
    }

    /// Class words of the story's own furniture next to a lead image: its byline, date,
    /// tags and share bar, which name the writer rather than the photographer.
    static let articleMetaWords: Set<String> = [
        "byline", "author", "autor", "date", "time", "meta", "dateline", "tags", "share", "kicker",
        "headline", "title", "dek", "standfirst", "summary", "teaser",
    ]

    static func isArticleMeta(_ node: HTMLNode) -> Bool {
        node.identifiers.verdicts.marksArticleMeta
    }

    /// The next sibling element, passing over the `<noscript>` copy of a lazy image.
    func nextSiblingSkippingScripts(of index: Int) -> Int? {
        var current = document.nextElementSibling(of: index)
        while let sibling = current, ["noscript", "script", "style"].contains(document.nodes[sibling].name) {
            current = document.nextElementSibling(of: sibling)
        }
        return current
    }
}

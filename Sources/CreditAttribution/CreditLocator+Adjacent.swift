import CreditDocument
import CreditScanner
import CreditText

/// Credits in the text around the image: loose text in its box, the lines right before and
/// after it.
extension CreditLocator {
    /// Text in the box that is neither caption nor credit element (`<p><img><br>Foto: X</p>`),
    /// read at the nearest level that has any.
    func looseTextCredit(_ parts: BoxParts, box: [Int]) -> LocatedCredit? {
        var skipping = Set(parts.captions + parts.creditElements)
        // A headline set over a lead picture ("How to … | A Guide") is no credit line.
        if let top = box.last {
            skipping.formUnion(document.descendants(of: top).filter { document.nodes[$0].isElement("h1", "h2", "h3", "h4", "h5", "h6") })
        }
        for level in box {
            let text = visible.of(level, skipping: skipping)
            guard !text.isEmpty else { continue }
            guard text.count <= Self.maximumAdjacentText else { return nil }
            let levelLinks = links(under: level)
            guard let span = CreditSpanFinder.find(in: text) ?? Self.bracketedSourceLink(text, links: levelLinks)
                ?? smallPrintCredit(in: level, text: text)
            else { return nil }
            return LocatedCredit(span: span, strategy: .adjacentText, links: levelLinks, node: level)
        }
        return nil
    }

    /// The line right after the element, then the one right before it.
    func adjacentCredit(next top: Int) -> LocatedCredit? {
        let next = sibling(of: top, forward: true)
        var neighbours = [next]
        // A line before the image may be the credit of the image before it ("photo A,
        // credit A, photo B"): it counts only when no image precedes it directly.
        if let previous = sibling(of: top, forward: false),
            !(sibling(of: previous, forward: false).map(holdsImage) ?? false) {
            neighbours.append(previous)
        }
        for case let neighbour? in neighbours {
            let node = document.nodes[neighbour]
            guard !["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "script", "style"].contains(node.name),
                !holdsImage(neighbour), !Self.isArticleMeta(node)
            else { continue }
            let text = visible.of(neighbour)
            guard !text.isEmpty else { continue }
            guard text.count <= Self.maximumAdjacentText else {
                if neighbour == next, let credit = lastLineCredit(of: neighbour, beside: top) { return credit }
                continue
            }
            // A credit element just outside the figure (`<figure>…</figure><div class="credit">`)
            // is a credit as it stands, labelled or not.
            let credits = ([neighbour] + document.descendants(of: neighbour)).filter {
                document.nodes[$0].kind == .element && BoxParts.isCreditElement(document.nodes[$0])
            }
            if let credit = credits.first, case let creditText = visible.of(credit), !creditText.isEmpty,
                !CreditEvidence(creditText).isOnlyMeasure {
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

    static func isArticleMeta(_ node: HTMLNode) -> Bool {
        node.identifiers.verdicts.marksArticleMeta
    }

    /// The next (or previous) sibling element, passing over the `<noscript>` copy of a lazy
    /// image and over empty elements: layout tables put spacer rows and cells between a
    /// picture and its credit line.
    func sibling(of index: Int, forward: Bool) -> Int? {
        let step = forward ? document.nextElementSibling(of:) : document.previousElementSibling(of:)
        var current = step(index)
        while let sibling = current, isPassedOver(sibling) {
            current = step(sibling)
        }
        return current
    }

    /// Whether a sibling is passed over: a script, or an empty element. A line break or rule
    /// is not: it ends the picture's block, and what follows it may be the page's own notice.
    private func isPassedOver(_ index: Int) -> Bool {
        let node = document.nodes[index]
        if ["noscript", "script", "style"].contains(node.name) { return true }
        return !["img", "amp-img", "picture", "iframe", "video", "br", "hr"].contains(node.name)
            && contentImagesBelow[index] == 0 && visible.of(index).isEmpty
    }

    /// Longest last line of a text block that can be the credit of the picture beside it.
    static let maximumLastLineText = 200

    /// The credit line that closes the text block beside a picture (a roundup item of picture
    /// and text, the text's last line "Image: Jane Doe"). The block and the picture must
    /// share a container that holds no other content picture, and the line must be a
    /// credit from end to end, so that a description is never taken.
    private func lastLineCredit(of block: Int, beside top: Int) -> LocatedCredit? {
        let parent = document.nodes[top].parent
        guard parent > 0, parent != scope.root, contentImagesBelow[parent] == 1 else { return nil }
        let below = document.descendants(of: block)
        guard let lastText = below.last(where: {
            document.nodes[$0].kind == .text && !document.nodes[$0].text.allSatisfy(\.isWhitespace)
        }),
            let line = document.nearestAncestor(of: lastText, where: { $0.isBlock }), line != block,
            document.isInside(line, block)
        else { return nil }
        let text = visible.of(line)
        guard text.count <= Self.maximumLastLineText, let span = CreditSpanFinder.find(in: text), span.caption == nil else {
            return nil
        }
        return LocatedCredit(span: span, strategy: .adjacentText, links: links(under: line), node: line)
    }

    /// Fine print right after the picture (`<p><img><small>Jane Doe</small></p>`): a
    /// `<small>` that ends the loose text and holds only a name is the credit.
    private func smallPrintCredit(in level: Int, text: String) -> CreditSpan? {
        guard let small = document.descendants(of: level).last(where: { document.nodes[$0].isElement("small") }) else {
            return nil
        }
        let credit = visible.of(small)
        guard !credit.isEmpty, text.hasSuffix(credit), Self.isNameShaped(credit) else { return nil }
        return CreditSpan(text: credit, caption: CreditSpanFinder.caption(String(text.dropLast(credit.count)), ""))
    }
}

import CreditDocument
import CreditModel
import CreditScanner
import CreditText

/// The line right after the image, then the one right before it, tried at the image and at
/// each level of its box: a credit element there, or a line that reads as a credit (the
/// ``CreditSpanFinder`` finds one in it); when the line after is a whole text column, its
/// last line if that is a credit from end to end.
struct AdjacentLineStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "adjacent-line", confidence: .adjacent, reports: [.creditElement, .adjacentText],
        evidence: "the line after, then before, the image or a level of its box; the last line of the text beside it")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        for level in [image.image] + image.levels {
            if let credit = locator.adjacentCredit(next: level) { return credit }
        }
        return nil
    }
}

extension CreditLocator {
    /// The line right after the element, then the one right before it.
    func adjacentCredit(next top: Int) -> LocatedCredit? {
        let next = sibling(of: top, forward: true)
        var neighbours = [next]
        // A line before the image may be the credit of the image before it ("photo A,
        // credit A, photo B"): it counts only when no image precedes it directly.
        if let previous = sibling(of: top, forward: false),
            !(sibling(of: previous, forward: false).map(holdsImage) ?? false)
        {
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
                !CreditEvidence(creditText).isOnlyMeasure
            {
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
        guard
            let lastText = below.last(where: {
                document.nodes[$0].kind == .text && !document.nodes[$0].text.allSatisfy(\.isWhitespace)
            }),
            let line = document.nearestAncestor(of: lastText, where: { $0.isBlock }), line != block,
            document.isInside(line, block)
        else { return nil }
        let text = visible.of(line)
        guard text.count <= Self.maximumLastLineText, let span = CreditSpanFinder.find(in: text), span.caption == nil
        else {
            return nil
        }
        return LocatedCredit(span: span, strategy: .adjacentText, links: links(under: line), node: line)
    }
}

import CreditDocument
import CreditModel
import CreditScanner
import CreditText

/// Text in the image's box that is neither caption nor credit element (`<p><img><br>Foto:
/// X</p>`), read at the nearest level that has any: a credit span, a bracketed link to
/// another site, or fine print (`<small>`) after the picture that holds only a name.
struct BoxTextStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "box-text", confidence: .boxed, reports: [.adjacentText],
        evidence: "loose text in the box: a credit line, a bracketed source link, fine print holding a name")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        locator.looseTextCredit(image.parts, box: image.levels)
    }
}

extension CreditLocator {
    /// The credit in the loose text of the nearest level of `box` that has any.
    func looseTextCredit(_ parts: BoxParts, box: [Int]) -> LocatedCredit? {
        var skipping = Set(parts.captions + parts.creditElements)
        // A headline set over a lead picture ("How to … | A Guide") is no credit line.
        if let top = box.last {
            skipping.formUnion(
                document.descendants(of: top).filter {
                    document.nodes[$0].isElement("h1", "h2", "h3", "h4", "h5", "h6")
                })
        }
        for level in box {
            let text = visible.of(level, skipping: skipping)
            guard !text.isEmpty else { continue }
            guard text.count <= Self.maximumAdjacentText else { return nil }
            let levelLinks = links(under: level)
            guard
                let span = CreditSpanFinder.find(in: text) ?? Self.bracketedSourceLink(text, links: levelLinks)
                    ?? smallPrintCredit(in: level, text: text)
            else { return nil }
            return LocatedCredit(span: span, strategy: .adjacentText, links: levelLinks, node: level)
        }
        return nil
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

import CreditModel
import CreditScanner
import CreditText

/// A credit element inside the image's caption (`<figcaption>Text <span class="credit">Jane
/// Doe</span></figcaption>`): the element is the credit, the caption's other text its
/// description.
struct CaptionCreditElementStrategy: BoxCreditStrategy {
    let profile = StrategyProfile(
        name: "caption-credit-element", confidence: .marked, reports: CreditLocator.captionStrategies,
        evidence: "a credit, copyright or attribution element inside the caption")

    func credit(in parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        locator.creditElementInCaption(parts)
    }
}

extension CreditLocator {
    /// An element that is both caption and credit ("caption attribution") may hold either the
    /// description or the credit, so one whose text does not read as a credit is tried last.
    func creditElementInCaption(_ parts: BoxParts) -> LocatedCredit? {
        var inside: [(caption: Int, credit: Int)] = []
        for caption in parts.captions {
            for credit in parts.creditElements where document.isInside(credit, caption) {
                inside.append((caption, credit))
            }
        }
        let doubtful = inside.filter { $0.credit == $0.caption && !Self.readsAsCredit(visible.of($0.credit)) }
        let sure = inside.filter { pair in !doubtful.contains { $0.credit == pair.credit } }
        for (caption, credit) in sure + doubtful {
            let text = visible.of(credit)
            guard !text.isEmpty, !CreditEvidence(text).isOnlyMeasure else { continue }
            var rest = visible.of(caption, skipping: [credit])
            // A `figcaption.image__credit` is all credit; the caption is a sibling element.
            if rest.isEmpty, let other = parts.captions.first(where: { $0 != caption }) { rest = visible.of(other) }
            return LocatedCredit(
                span: creditElementSpan(text, caption: rest), strategy: strategy(ofCaption: caption),
                links: links(under: caption), node: credit)
        }
        return nil
    }
}

import CreditModel
import CreditScanner

/// A `<cite>` or short `<small>` inside the caption (``BoxParts/taggedCredits``): likely the
/// credit by its tag, but weaker evidence than a credit the caption's words name.
struct CaptionCiteStrategy: CaptionCreditStrategy {
    let profile = StrategyProfile(
        name: "caption-cite", confidence: .captioned, reports: CreditLocator.captionStrategies,
        evidence: "a `<cite>` or short `<small>` inside the caption")

    func credit(inCaption caption: Int, of parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        for tagged in parts.taggedCredits where locator.document.isInside(tagged, caption) {
            let text = locator.visible.of(tagged)
            guard !text.isEmpty else { continue }
            return LocatedCredit(
                span: locator.creditElementSpan(text, caption: locator.visible.of(caption, skipping: [tagged])),
                strategy: locator.strategy(ofCaption: caption), links: locator.links(under: caption), node: tagged)
        }
        return nil
    }
}

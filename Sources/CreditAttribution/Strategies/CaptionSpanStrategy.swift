import CreditModel
import CreditScanner
import CreditText

/// The credit span in a caption's own text ("Riders at the start. Photo: Jane Doe/AP"): a
/// label, an agency, a ©-notice, a handout word, cut out of the description
/// (`CreditSpanFinder`).
struct CaptionSpanStrategy: CaptionCreditStrategy {
    let profile = StrategyProfile(
        name: "caption-span", confidence: .captioned, reports: CreditLocator.captionStrategies,
        evidence: "a credit in the caption's text: a label (`Photo:`, `Foto:`), an agency, a ©-notice")

    func credit(inCaption caption: Int, of parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        guard let span = CreditSpanFinder.find(in: locator.visible.of(caption)) else { return nil }
        return LocatedCredit(
            span: span, strategy: locator.strategy(ofCaption: caption), links: locator.links(under: caption),
            node: caption)
    }
}

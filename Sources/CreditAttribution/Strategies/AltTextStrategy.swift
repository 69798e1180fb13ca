import CreditModel
import CreditText

/// A credit written into the image's `alt` text, which readers rarely see: the last resort
/// but for `title`.
struct AltTextStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "alt-text", confidence: .hidden, reports: [.altText],
        evidence: "a credit in the image's `alt` text")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        guard let alt = locator.document.nodes[image.image].attribute("alt"),
            let span = CreditLocator.attributeSpan(alt)
        else { return nil }
        return LocatedCredit(
            span: CreditSpan(text: span.text), strategy: .altText, links: [], node: image.image, attribute: "alt")
    }
}

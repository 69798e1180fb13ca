import CreditModel
import CreditScanner
import CreditText

/// A credit element in the image's box outside its caption (`<figure><img><span
/// class="credit">Jane Doe</span></figure>`, a `<cite>` beside the caption): its whole text is
/// the credit, unless it also holds the picture's description.
struct BoxCreditElementStrategy: BoxCreditStrategy {
    let profile = StrategyProfile(
        name: "credit-element", confidence: .marked, reports: [.creditElement],
        evidence: "a credit, copyright, attribution or source element, or a `<cite>`, outside the caption")

    func credit(in parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        locator.creditElementOutsideCaption(parts)
    }
}

extension CreditLocator {
    func creditElementOutsideCaption(_ parts: BoxParts) -> LocatedCredit? {
        for credit in parts.creditElements where !parts.captions.contains(where: { document.isInside(credit, $0) }) {
            let text = visible.of(credit)
            guard !text.isEmpty, text.count <= Self.maximumAdjacentText, !CreditEvidence(text).isOnlyMeasure else {
                continue
            }
            let caption = parts.captions.first.map { visible.of($0) }
            return LocatedCredit(
                span: describedCreditElementSpan(text, caption: caption), strategy: .creditElement,
                links: links(under: credit), node: credit)
        }
        return nil
    }

    /// A credit element that also holds the picture's description ("Description. Jane Doe /
    /// Agency"): the span finder cuts the credit out when the text reads as a sentence.
    private func describedCreditElementSpan(_ text: String, caption: String?) -> CreditSpan {
        if CreditEvidence(text).proseWordCount > 4, let found = CreditSpanFinder.find(in: text),
            let description = found.caption
        {
            return CreditSpan(
                text: found.text, caption: [caption, description].compactMap { $0 }.joined(separator: " "))
        }
        return creditElementSpan(text, caption: caption)
    }
}

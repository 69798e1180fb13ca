import CreditDocument
import CreditLicenses
import CreditScanner
import CreditText

/// How the strategies read credit text out of elements: the checks and the trimming several of
/// them share.
extension CreditLocator {
    /// Whether a text reads as a credit: the span finder finds one in it, or it names an
    /// agency, a licence, a copyright notice or a handle, or it is "Name/Organisation".
    static func readsAsCredit(_ text: String) -> Bool {
        CreditEvidence(text).hasSignal || CreditSpanFinder.isSlashedNameCredit(text)
            || CreditSpanFinder.find(in: text) != nil
    }

    /// Whether a short text is shaped like a bare credit: a capitalised name or
    /// "Name/Organisation", or text with an agency, notice, handle or licence.
    static func isNameShaped(_ text: String) -> Bool {
        CreditSpanFinder.isCapitalisedName(text) || CreditSpanFinder.isSlashedNameCredit(text)
            || CreditEvidence(text).hasSignal && CreditEvidence(text).words.count <= 8
    }

    /// "Description. (<a href=…>Source</a>)": a bracket closing the text that holds only a
    /// link to another site names where the picture comes from.
    static func bracketedSourceLink(_ text: String, links: [CreditLink]) -> CreditSpan? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
        guard !inner.isEmpty,
            links.contains(where: { link in
                link.text.collapsingWhitespace() == inner
                    && (link.href.hasPrefix("http://") || link.href.hasPrefix("https://"))
            })
        else { return nil }
        return CreditSpan(text: inner, caption: CreditSpanFinder.caption(String(text[..<open]), ""))
    }

    /// Label words that sites set in their own (often visually hidden) span right before the
    /// name, so the text reads "CreditJane Doe".
    static let gluedLabels = ["Credit", "Photo", "Image", "Foto", "Bild", "Copyright", "Source"]

    /// A dedicated credit element's whole text is the credit; only wrapping brackets and
    /// label words glued to the name go.
    func creditElementSpan(_ text: String, caption: String?) -> CreditSpan {
        var credit = text
        var stripped = true
        while stripped {
            stripped = false
            for label in Self.gluedLabels where credit.hasPrefix(label) {
                let rest = credit.dropFirst(label.count)
                if let next = rest.first, next.isUppercase {
                    credit = String(rest)
                    stripped = true
                }
            }
        }
        if let first = credit.first, let last = credit.last,
            (first == "(" && last == ")") || (first == "[" && last == "]")
        {
            credit = String(credit.dropFirst().dropLast()).trimmingWhitespace()
        }
        let caption = caption?.collapsingWhitespace()
        return CreditSpan(text: credit, caption: caption?.isEmpty == false ? caption : nil)
    }
}

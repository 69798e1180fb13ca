/// Credits inside the image's box: credit elements, captions and what they hold.
extension CreditLocator {
    func creditInBox(_ parts: BoxParts) -> LocatedCredit? {
        // A credit element inside the caption: the caption's own text is the description.
        for caption in parts.captions {
            for credit in parts.creditElements where document.isInside(credit, caption) {
                let text = visible.of(credit)
                guard !text.isEmpty else { continue }
                var rest = visible.of(caption, skipping: [credit])
                // A `figcaption.image__credit` is all credit; the caption is a sibling element.
                if rest.isEmpty, let other = parts.captions.first(where: { $0 != caption }) { rest = visible.of(other) }
                return LocatedCredit(
                    span: creditElementSpan(text, caption: rest), strategy: strategy(ofCaption: caption),
                    links: links(under: caption), node: credit)
            }
        }
        for credit in parts.creditElements where !parts.captions.contains(where: { document.isInside(credit, $0) }) {
            let text = visible.of(credit)
            guard !text.isEmpty, text.count <= Self.maximumAdjacentText else { continue }
            let caption = parts.captions.first.map { visible.of($0) }
            return LocatedCredit(
                span: creditElementSpan(text, caption: caption), strategy: .creditElement,
                links: links(under: credit), node: credit)
        }
        for caption in parts.captions {
            guard let span = CreditSpanFinder.find(in: visible.of(caption)) else { continue }
            return LocatedCredit(span: span, strategy: strategy(ofCaption: caption), links: links(under: caption), node: caption)
        }
        for caption in parts.captions {
            for tagged in parts.taggedCredits where document.isInside(tagged, caption) {
                let text = visible.of(tagged)
                guard !text.isEmpty else { continue }
                return LocatedCredit(
                    span: creditElementSpan(text, caption: visible.of(caption, skipping: [tagged])),
                    strategy: strategy(ofCaption: caption), links: links(under: caption), node: tagged)
            }
        }
        for caption in parts.captions {
            if let credit = sourceLinkCaption(caption) { return credit }
        }
        return nil
    }

    /// A caption that is nothing but a link to another site names the picture's source
    /// (a chart "from" the study it links to), so the link text is the credit.
    func sourceLinkCaption(_ caption: Int) -> LocatedCredit? {
        let text = visible.of(caption)
        let captionLinks = links(under: caption)
        guard captionLinks.count == 1, let link = captionLinks.first, !text.isEmpty,
            link.text.collapsingWhitespace() == text,
            link.href.hasPrefix("http://") || link.href.hasPrefix("https://")
        else { return nil }
        return LocatedCredit(span: CreditSpan(text: text), strategy: strategy(ofCaption: caption), links: captionLinks, node: caption)
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
        if let first = credit.first, let last = credit.last, (first == "(" && last == ")") || (first == "[" && last == "]") {
            credit = String(credit.dropFirst().dropLast()).trimmingWhitespace()
        }
        let caption = caption?.collapsingWhitespace()
        return CreditSpan(text: credit, caption: caption?.isEmpty == false ? caption : nil)
    }
}

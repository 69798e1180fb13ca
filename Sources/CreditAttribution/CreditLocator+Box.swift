import CreditDocument
import CreditLicenses
import CreditScanner
import CreditText

/// Credits inside the image's box: credit elements, captions and what they hold.
extension CreditLocator {
    func creditInBox(_ parts: BoxParts) -> LocatedCredit? {
        // A credit element inside the caption: the caption's own text is the description.
        // An element that is both ("caption attribution") may hold either the description or
        // the credit, so one whose text does not read as a credit is tried last.
        var inside: [(caption: Int, credit: Int)] = []
        for caption in parts.captions {
            for credit in parts.creditElements where document.isInside(credit, caption) { inside.append((caption, credit)) }
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
        for credit in parts.creditElements where !parts.captions.contains(where: { document.isInside(credit, $0) }) {
            let text = visible.of(credit)
            guard !text.isEmpty, text.count <= Self.maximumAdjacentText, !CreditEvidence(text).isOnlyMeasure else { continue }
            let caption = parts.captions.first.map { visible.of($0) }
            return LocatedCredit(
                span: describedCreditElementSpan(text, caption: caption), strategy: .creditElement,
                links: links(under: credit), node: credit)
        }
        for caption in parts.captions {
            if let credit = creditBesideInnerCaption(caption) ?? creditAfterIcon(in: caption) { return credit }
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
            if let credit = sourceLinkCaption(caption) ?? nameInClosingElement(of: caption) { return credit }
            let captionLinks = links(under: caption)
            if let span = Self.bracketedSourceLink(visible.of(caption), links: captionLinks) {
                return LocatedCredit(span: span, strategy: strategy(ofCaption: caption), links: captionLinks, node: caption)
            }
        }
        return nil
    }

    /// Whether a text reads as a credit: the span finder finds one in it, or it names an
    /// agency, a licence, a copyright notice or a handle, or it is "Name/Organisation".
    static func readsAsCredit(_ text: String) -> Bool {
        CreditEvidence(text).hasSignal || CreditSpanFinder.isSlashedNameCredit(text) || CreditSpanFinder.find(in: text) != nil
    }

    /// Whether a short text is shaped like a bare credit: a capitalised name or
    /// "Name/Organisation", or text with an agency, notice, handle or licence.
    static func isNameShaped(_ text: String) -> Bool {
        CreditSpanFinder.isCapitalisedName(text) || CreditSpanFinder.isSlashedNameCredit(text)
            || CreditEvidence(text).hasSignal && CreditEvidence(text).words.count <= 8
    }

    /// A caption that sets its description in an inner caption element and the credit beside
    /// it (`<div class="caption"><span>© Agency</span><span class="caption">Text</span></div>`):
    /// the text outside the inner caption is the credit when it reads as one and the inner
    /// caption holds none (an inner "expanded caption" may be the description's second half,
    /// credit included).
    private func creditBesideInnerCaption(_ caption: Int) -> LocatedCredit? {
        let inner = document.descendants(of: caption).filter {
            document.nodes[$0].kind == .element && BoxParts.isCaption(document.nodes[$0])
        }
        guard !inner.isEmpty else { return nil }
        let beside = visible.of(caption, skipping: Set(inner))
        guard !beside.isEmpty, beside.count <= Self.maximumAdjacentText else { return nil }
        let description = inner.map { visible.of($0) }.joined(separator: " ")
        guard CreditSpanFinder.find(in: description) == nil else { return nil }
        let span: CreditSpan
        if let found = CreditSpanFinder.find(in: beside) {
            span = CreditSpan(text: found.text, caption: CreditSpanFinder.caption(description, found.caption ?? ""))
        } else if Self.isNameShaped(beside) {
            span = creditElementSpan(beside, caption: description)
        } else {
            return nil
        }
        return LocatedCredit(span: span, strategy: strategy(ofCaption: caption), links: links(under: caption), node: caption)
    }

    /// A caption whose description ends a sentence and whose last element holds only a
    /// person's name or "Name/Organisation" (`Text at dawn. <em>Jane Roe</em>`): the name,
    /// set apart in its own element, is the photographer's.
    private func nameInClosingElement(of caption: Int) -> LocatedCredit? {
        let children = document.nodes[caption].children.filter { child in
            let node = document.nodes[child]
            return node.kind == .element ? !visible.of(child).isEmpty : node.kind == .text && !node.text.allSatisfy(\.isWhitespace)
        }
        guard let last = children.last, document.nodes[last].kind == .element,
            // Italic, fine print or a plain span; a bold name is the person shown.
            ["span", "em", "i", "small", "a"].contains(document.nodes[last].name)
        else { return nil }
        let name = visible.of(last)
        let description = visible.of(caption, skipping: [last])
        guard let end = description.last, ".!?|".contains(end),
            CreditSpanFinder.isPersonName(name) || CreditSpanFinder.isSlashedNameCredit(name)
        else { return nil }
        return LocatedCredit(
            span: CreditSpan(text: name, caption: description), strategy: strategy(ofCaption: caption),
            links: links(under: caption), node: last)
    }

    /// Most characters of text after a camera icon that can be its credit.
    static let maximumIconCreditText = 160

    /// A caption whose description ends in a small icon (a camera picture, an icon font
    /// glyph) followed by a short text: that text is the credit by its place, whatever its
    /// words ("Smith, et al. 2014" as much as "Jane Doe/Agency").
    private func creditAfterIcon(in caption: Int) -> LocatedCredit? {
        let below = document.descendants(of: caption)
        guard let icon = below.last(where: { isIcon($0) }) else { return nil }
        let before = Set(below.filter { $0 < icon && !document.isInside(icon, $0) })
        let iconAndBefore = before.union([icon])
        let after = visible.of(caption, skipping: iconAndBefore)
        let description = visible.of(caption, skipping: Set(below.filter { $0 > icon }))
        guard !after.isEmpty, !description.isEmpty, after.count <= Self.maximumIconCreditText else { return nil }
        // An icon inside a sentence ("A good day 🙂 at the beach", an emoji set as a picture)
        // splits no credit off: the description must have ended, and no lower-case word
        // carries the sentence on after the icon.
        guard let end = description.last, ".!?:|)".contains(end) || Self.readsAsCredit(after),
            after.first(where: \.isLetter)?.isLowercase != true || Self.readsAsCredit(after)
        else { return nil }
        let span = CreditSpanFinder.find(in: after).map { CreditSpan(text: $0.text, caption: description) }
            ?? creditElementSpan(after, caption: description)
        return LocatedCredit(span: span, strategy: strategy(ofCaption: caption), links: links(under: caption), node: caption)
    }

    /// Whether an element inside a caption is an icon: a picture or SVG, or an empty element
    /// whose class names an icon or a camera.
    private func isIcon(_ index: Int) -> Bool {
        let node = document.nodes[index]
        guard node.kind == .element else { return false }
        if node.name == "img" || node.name == "svg" { return true }
        guard node.children.isEmpty, let classes = node.attribute("class")?.lowercased() else { return false }
        return classes.containsText("icon") || classes.containsText("camera")
    }

    /// "Description. (<a href=…>Source</a>)": a bracket closing the text that holds only a
    /// link to another site names where the picture comes from.
    static func bracketedSourceLink(_ text: String, links: [CreditLink]) -> CreditSpan? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
        guard !inner.isEmpty, links.contains(where: { link in
            link.text.collapsingWhitespace() == inner && (link.href.hasPrefix("http://") || link.href.hasPrefix("https://"))
        }) else { return nil }
        return CreditSpan(text: inner, caption: CreditSpanFinder.caption(String(text[..<open]), ""))
    }

    /// A credit element that also holds the picture's description ("Description. Jane Doe /
    /// Agency"): the span finder cuts the credit out when the text reads as a sentence.
    func describedCreditElementSpan(_ text: String, caption: String?) -> CreditSpan {
        if CreditEvidence(text).proseWordCount > 4, let found = CreditSpanFinder.find(in: text), let description = found.caption {
            return CreditSpan(text: found.text, caption: [caption, description].compactMap { $0 }.joined(separator: " "))
        }
        return creditElementSpan(text, caption: caption)
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

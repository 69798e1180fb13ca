import CreditDocument
import CreditModel
import CreditScanner
import CreditText

/// A caption that sets its credit apart by its layout: the credit beside an inner caption
/// element that holds the description, or the short text after a camera icon that closes
/// the description.
struct CaptionLayoutStrategy: CaptionCreditStrategy {
    let profile = StrategyProfile(
        name: "caption-layout", confidence: .captioned, reports: CreditLocator.captionStrategies,
        evidence: "the text beside an inner description element, or after a camera icon, in the caption")

    func credit(inCaption caption: Int, of parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        locator.creditBesideInnerCaption(caption) ?? locator.creditAfterIcon(in: caption)
    }
}

extension CreditLocator {
    /// A caption that sets its description in an inner caption element and the credit beside
    /// it (`<div class="caption"><span>© Agency</span><span class="caption">Text</span></div>`):
    /// the text outside the inner caption is the credit when it reads as one and the inner
    /// caption holds none (an inner "expanded caption" may be the description's second half,
    /// credit included).
    func creditBesideInnerCaption(_ caption: Int) -> LocatedCredit? {
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
        return LocatedCredit(
            span: span, strategy: strategy(ofCaption: caption), links: links(under: caption), node: caption)
    }

    /// Most characters of text after a camera icon that can be its credit.
    static let maximumIconCreditText = 160

    /// A caption whose description ends in a small icon (a camera picture, an icon font
    /// glyph) followed by a short text: that text is the credit by its place, whatever its
    /// words ("Smith, et al. 2014" as much as "Jane Doe/Agency").
    func creditAfterIcon(in caption: Int) -> LocatedCredit? {
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
        let span =
            CreditSpanFinder.find(in: after).map { CreditSpan(text: $0.text, caption: description) }
            ?? creditElementSpan(after, caption: description)
        return LocatedCredit(
            span: span, strategy: strategy(ofCaption: caption), links: links(under: caption), node: caption)
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
}

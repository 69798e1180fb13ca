import CreditDocument
import CreditModel
import CreditScanner
import CreditText

/// A caption that names where the picture comes from without a label: the caption is only a
/// link to another site, its last element holds a name after the description's closing
/// stop, or it closes with a bracketed link to another site.
struct CaptionSourceStrategy: CaptionCreditStrategy {
    let profile = StrategyProfile(
        name: "caption-source", confidence: .captioned, reports: CreditLocator.captionStrategies,
        evidence: "a caption that is only a link to another site, or ends in a name set apart or a bracketed link")

    func credit(inCaption caption: Int, of parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        locator.sourceLinkCaption(caption)
            ?? locator.nameInClosingElement(of: caption) ?? locator.bracketedLinkCaption(caption)
    }
}

extension CreditLocator {
    /// A caption that is nothing but a link to another site names the picture's source
    /// (a chart "from" the study it links to), so the link text is the credit.
    func sourceLinkCaption(_ caption: Int) -> LocatedCredit? {
        let text = visible.of(caption)
        let captionLinks = links(under: caption)
        guard captionLinks.count == 1, let link = captionLinks.first, !text.isEmpty,
            link.text.collapsingWhitespace() == text,
            link.href.hasPrefix("http://") || link.href.hasPrefix("https://")
        else { return nil }
        return LocatedCredit(
            span: CreditSpan(text: text), strategy: strategy(ofCaption: caption), links: captionLinks, node: caption)
    }

    /// A caption whose description ends a sentence and whose last element holds only a
    /// person's name or "Name/Organisation" (`Text at dawn. <em>Jane Roe</em>`): the name,
    /// set apart in its own element, is the photographer's.
    func nameInClosingElement(of caption: Int) -> LocatedCredit? {
        let children = document.nodes[caption].children.filter { child in
            let node = document.nodes[child]
            return node.kind == .element
                ? !visible.of(child).isEmpty : node.kind == .text && !node.text.allSatisfy(\.isWhitespace)
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

    /// A caption that closes with a bracketed link to another site ("Description. (<a>Source</a>)").
    func bracketedLinkCaption(_ caption: Int) -> LocatedCredit? {
        let captionLinks = links(under: caption)
        guard let span = Self.bracketedSourceLink(visible.of(caption), links: captionLinks) else { return nil }
        return LocatedCredit(span: span, strategy: strategy(ofCaption: caption), links: captionLinks, node: caption)
    }
}

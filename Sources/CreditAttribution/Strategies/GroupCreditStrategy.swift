import CreditModel
import CreditScanner
import CreditText

/// The credit shared by a group of pictures (a slideshow or gallery with one credit line):
/// a credit element or credit line in the small container just above the image's box,
/// placed before the first or after the last picture of the group.
struct GroupCreditStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "group-credit", confidence: .adjacent, reports: [.creditElement, .adjacentText],
        evidence: "a credit line before the first or after the last picture of a small gallery")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        locator.groupCredit(above: image.top)
    }
}

extension CreditLocator {
    /// Most running text a gallery container may hold; more means it is the article.
    static let maximumGroupParagraphText = 200
    /// Most text of any kind a gallery container may hold.
    static let maximumGroupText = 800

    /// The group's credit for the picture whose box tops at `top`. A line between two
    /// pictures belongs to the one it follows, so it is left alone.
    func groupCredit(above top: Int) -> LocatedCredit? {
        let group = document.nodes[top].parent
        guard group > 0, group != scope.root, scope.paragraphText[group] <= Self.maximumGroupParagraphText,
            scope.allText[group] <= Self.maximumGroupText
        else { return nil }
        let children = document.elementChildren(of: group)
        guard let first = children.firstIndex(where: holdsImage), let last = children.lastIndex(where: holdsImage)
        else {
            return nil
        }
        let outside = Array(children[..<first]) + Array(children[(last + 1)...])
        for child in outside {
            let node = document.nodes[child]
            guard !["script", "style", "noscript", "h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name) else {
                continue
            }
            let text = visible.of(child)
            guard !text.isEmpty else { continue }
            if BoxParts.isCreditElement(node) {
                return LocatedCredit(
                    span: creditElementSpan(text, caption: nil), strategy: .creditElement, links: links(under: child),
                    node: child)
            }
            if let span = CreditSpanFinder.find(in: text) {
                let strategy: CreditStrategy = BoxParts.isCaption(node) ? .creditElement : .adjacentText
                return LocatedCredit(span: span, strategy: strategy, links: links(under: child), node: child)
            }
        }
        return nil
    }
}

import CreditModel
import CreditText

/// A credit written into the `title` of the image or of the link around it, or into the
/// caption attributes lightbox scripts (Fancybox, Lightbox2, PhotoSwipe) show only once the
/// picture is opened: the last resort.
struct TitleAttributeStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "title-attribute", confidence: .hidden, reports: [.titleAttribute],
        evidence: "a credit in the `title` of the image or its link, or a lightbox's caption attribute")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        let document = locator.document
        var titles = [(image.image, "title")]
        if let link = document.nearestAncestor(of: image.image, where: { $0.name == "a" }) {
            titles += [(link, "title"), (link, "data-title"), (link, "data-caption"), (link, "data-sub-html")]
        }
        for (holder, attribute) in titles {
            if let title = document.nodes[holder].attribute(attribute), let span = CreditLocator.attributeSpan(title) {
                return LocatedCredit(
                    span: CreditSpan(text: span.text), strategy: .titleAttribute, links: [], node: holder,
                    attribute: attribute)
            }
        }
        return nil
    }
}

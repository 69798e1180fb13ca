import CreditDocument
import CreditModel
import CreditText

/// A `data-credit`-style attribute on the image or a level of its box: the names CMSs use
/// (`CreditVocabulary.creditAttributes`) first, then any `data-…credit…` name one made up.
struct DataAttributeStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "data-attribute", confidence: .boxed, reports: [.dataAttribute],
        evidence: "a `data-credit`-style attribute on the image or its box")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        for index in [image.image] + image.levels {
            let node = locator.document.nodes[index]
            let named = CreditVocabulary.creditAttributes.compactMap { name in
                node.attribute(name).map { (name: name, value: $0) }
            }
            let invented = node.attributes.filter { attribute in
                // creditlint's own directives (`data-creditlint-ignore`) are never credits.
                attribute.name.hasPrefix("data-") && !attribute.name.hasPrefix("data-creditlint-")
                    && CreditVocabulary.creditAttributeStems.contains(where: { attribute.name.containsText($0) })
            }.map { (name: $0.name, value: $0.value) }
            for (name, raw) in named + invented {
                let value = raw.collapsingWhitespace()
                // JSON blobs (`data-image-meta='{"credit":""…}'`) are no credit line.
                guard !value.isEmpty, value.count <= CreditLocator.maximumAdjacentText, !value.hasPrefix("{") else {
                    continue
                }
                return LocatedCredit(
                    span: CreditSpan(text: value), strategy: .dataAttribute, links: [], node: index, attribute: name)
            }
        }
        return nil
    }
}

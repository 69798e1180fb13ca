import CreditModel

/// A sentence elsewhere on the page that links to the page the image links to and credits a
/// picture ("Infographic source, Example Science"): the shared link ties the two
/// (``LinkedSourceCredit``).
struct LinkedSourceStrategy: ImageCreditStrategy {
    let profile = StrategyProfile(
        name: "linked-source", confidence: .stated, reports: [.articleText],
        evidence:
            "a sentence naming a picture and a source (\"Infographic source, X\") that links where the image links")

    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        LinkedSourceCredit(document: locator.document).credit(image: image.image)
    }
}

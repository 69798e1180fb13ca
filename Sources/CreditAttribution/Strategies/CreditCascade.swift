/// The credit strategies in the order they are tried: the one place that order is written.
///
/// Each content image takes the credit of the first strategy that finds one for it, so the
/// surer strategies come first (``CreditConfidence``, which a test holds the order to): what
/// the page marks as the image's credit, then its caption, the rest of its box, the lines
/// beside it, what the article states away from its images, and last what readers do not see.
/// The README's table of strategies is this list; a test compares the two.
enum CreditCascade {
    /// The strategies, surest first.
    static let strategies: [any AttributionStrategy] = [
        CaptionCreditElementStrategy(),
        BoxCreditElementStrategy(),
        CaptionLayoutStrategy(),
        CaptionSpanStrategy(),
        CaptionCiteStrategy(),
        CaptionSourceStrategy(),
        DataAttributeStrategy(),
        BoxTextStrategy(),
        AdjacentLineStrategy(),
        GroupCreditStrategy(),
        LinkedSourceStrategy(),
        CreditStatementStrategy(),
        BylineStrategy(),
        StructuredDataStrategy(),
        AltTextStrategy(),
        TitleAttributeStrategy(),
    ]

    /// Runs the strategies in order, each on the images still without a credit, until every
    /// image has one.
    ///
    /// - Parameters:
    ///   - search: The page's images; their credits are filled in.
    ///   - acceptingHidden: Whether strategies whose credits readers do not see run at all.
    static func run(_ search: inout CreditSearch, acceptingHidden: Bool) {
        for strategy in strategies where acceptingHidden || strategy.profile.confidence.isVisible {
            guard search.hasOpenImages else { return }
            strategy.fill(&search)
        }
    }
}

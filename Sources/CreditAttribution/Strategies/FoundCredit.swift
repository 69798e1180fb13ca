import CreditModel

/// The credit a strategy of the cascade gave an image.
struct FoundCredit {
    /// The credit, split into its parts.
    var credit: ImageCredit
    /// The licence it states.
    var license: ImageLicense?
    /// The name of the strategy that found it (``StrategyProfile/name``).
    var strategy: String
    /// That strategy's confidence.
    var confidence: CreditConfidence
}

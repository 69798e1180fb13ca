import CreditModel

/// What a credit strategy is, for the cascade and its table in the README.
struct StrategyProfile: Sendable {
    /// The strategy's name: kebab-case, unique in the cascade.
    let name: String
    /// How sure its credits are; the cascade's order follows it.
    let confidence: CreditConfidence
    /// The values of the JSON report's `credit.strategy` its credits carry.
    let reports: [CreditStrategy]
    /// What on the page it reads, in a phrase.
    let evidence: String
}

import CreditLicenses

/// A credit as found on the page, before it is split into its parts.
struct LocatedCredit {
    /// The credit span and the caption around it.
    var span: CreditSpan
    /// Where it was found.
    var strategy: CreditStrategy
    /// The links inside the element that held it (licence and source links).
    var links: [CreditLink]
}

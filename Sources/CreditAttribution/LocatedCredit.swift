import CreditLicenses
import CreditModel
import CreditText

/// A credit as found on the page, before it is split into its parts.
struct LocatedCredit {
    /// The credit span and the caption around it.
    var span: CreditSpan
    /// Where it was found.
    var strategy: CreditStrategy
    /// The links inside the element that held it (licence and source links).
    var links: [CreditLink]
    /// The element whose text or attribute held the credit.
    var node: Int
    /// The attribute that held it (`data-credit`, `alt`, `title`), when not the element's text.
    var attribute: String? = nil
}

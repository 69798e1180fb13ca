/// Splits a credit line into its parts. (Being implemented.)
public enum CreditParser {
    /// Parses a credit or a caption that may contain a credit.
    public static func parse(_ text: String, links: [CreditLink] = []) -> CreditParts {
        CreditParts(text: text)
    }
}

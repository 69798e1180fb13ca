/// Identifies licences from URLs and text. (Stub: the licence module replaces this.)
public enum LicenseIdentifier {
    /// Identifies a licence from a URL or a text, whichever the input is.
    public static func identify(_ input: String) -> LicenseIdentification { .none }
    /// Identifies a licence from a URL.
    public static func identify(url: String) -> LicenseIdentification { .none }
    /// Identifies a licence from a text that names exactly one licence.
    public static func identify(text: String) -> LicenseIdentification { .none }
    /// Finds every licence named in a longer text (a credit line), in order.
    public static func mentions(in text: String) -> [LicenseMention] { [] }
}

/// The compiled licence catalogue. (Stub: the licence module replaces this.)
public enum LicenseCatalog {
    /// Every licence known to creditlint.
    public static var all: [LicenseDefinition] { [] }
    /// The licence with this id (case-insensitive), if known.
    public static func license(id: String) -> LicenseDefinition? { nil }
}

/// Splits a credit line into its parts. (Stub: the licence module replaces this.)
public enum CreditParser {
    /// Parses a credit or a caption that may contain a credit.
    public static func parse(_ text: String, links: [CreditLink] = []) -> CreditParts {
        CreditParts(text: text)
    }
}

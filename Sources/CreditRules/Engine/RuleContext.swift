import CreditLicenses

/// What a rule may know besides the image: the site's settings and the licence lookups.
///
/// The lookups are closures so that tests (and the rule examples) can run against a handful of
/// hand-built ``LicenseDefinition`` values instead of the generated catalogue.
public struct RuleContext: Sendable {
    /// Whether the site is commercial, which makes non-commercial licences a violation.
    public var commercial: Bool
    /// The page's path relative to the scan root.
    public var path: String
    /// Finds the catalogue entry for a licence id (case-insensitive), nil when unknown.
    public var licenseLookup: @Sendable (String) -> LicenseDefinition?
    /// Identifies the licence a URL points to.
    public var urlLookup: @Sendable (String) -> LicenseIdentification
    /// Identifies the licence a text names.
    public var textLookup: @Sendable (String) -> LicenseIdentification
    /// The licences the site accepts or refuses.
    public var licensePolicy: LicensePolicy

    /// Creates a context; the lookups default to the compiled licence catalogue.
    public init(
        path: String = "",
        commercial: Bool = false,
        licenseLookup: @escaping @Sendable (String) -> LicenseDefinition? = catalogueLicense,
        urlLookup: @escaping @Sendable (String) -> LicenseIdentification = identifiedURL,
        textLookup: @escaping @Sendable (String) -> LicenseIdentification = identifiedText,
        licensePolicy: LicensePolicy = LicensePolicy()
    ) {
        self.path = path
        self.commercial = commercial
        self.licenseLookup = licenseLookup
        self.urlLookup = urlLookup
        self.textLookup = textLookup
        self.licensePolicy = licensePolicy
    }

    /// The compiled catalogue's licence for an id: the default `licenseLookup`.
    public static let catalogueLicense: @Sendable (String) -> LicenseDefinition? = {
        LicenseCatalog.license(id: $0)
    }
    /// `LicenseIdentifier`'s reading of a URL: the default `urlLookup`.
    public static let identifiedURL: @Sendable (String) -> LicenseIdentification = {
        LicenseIdentifier.identify(url: $0)
    }
    /// `LicenseIdentifier`'s reading of a licence name: the default `textLookup`.
    public static let identifiedText: @Sendable (String) -> LicenseIdentification = {
        LicenseIdentifier.identify(text: $0)
    }
}

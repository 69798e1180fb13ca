import CreditModel

/// `ambiguous-license` (warning): the credit names a licence family without a version
/// ("CC BY", "CC BY-SA").
///
/// Creative Commons versions differ in what they ask for (3.0 wants the title, 4.0 wants
/// modifications indicated), and "CC BY" links no deed, so readers cannot tell the terms.
/// creditlint never guesses a version. The attribution rules still check such a credit,
/// since every version asks for the creator and a link. A licence id the catalogue does not
/// know is a different problem, reported as `unknown-license`.
public struct AmbiguousLicenseRule: ComplianceRule {
    /// `ambiguous-license`.
    public static let id = "ambiguous-license"
    /// One-sentence description.
    public static let summary = "The credit names a licence family without saying which version."
    /// Warning: the licence is probably right, but its exact terms cannot be told.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports an image whose licence id is `AMBIGUOUS`.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard var license = LicenseFacts(image: image, context: context), license.isAmbiguous
        else { return [] }
        let named = image.credit?.licenseText ?? license.shortName
        license.shortName = "\(named) <version>"
        license.url = nil
        // An unversioned link (`/licenses/by/`) is no deed either, so leave a placeholder.
        var credit = image.credit
        credit?.licenseURL = nil
        return [
            finding(
                about: image,
                message: "The credit of image \(image.displayName) names \"\(named)\" without a "
                    + "version. Look up the exact licence on the original's page (for example "
                    + "\(named) 4.0) and name and link that version.",
                suggestion: CreditSuggestion.make(credit: credit, license: license))
        ]
    }

    /// An unversioned "CC BY" triggers; "CC BY 4.0" does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Unversioned CC BY", triggers: true,
            credit: ImageCredit(
                text: "Photo: Jane Doe / Wikimedia Commons, CC BY", author: "Jane Doe",
                source: "Wikimedia Commons", licenseText: "CC BY",
                licenseURL: "https://creativecommons.org/licenses/by/",
                sourceURL: "https://commons.wikimedia.org/wiki/File:Harbour.jpg",
                strategy: .figcaption),
            license: ExampleLicense.ambiguousCCBy),
        RuleExample(
            "Versioned CC BY 4.0", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

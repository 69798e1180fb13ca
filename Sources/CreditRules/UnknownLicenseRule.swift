import CreditModel

/// `unknown-license` (warning): the credit names a licence creditlint does not know.
///
/// Reported when the scanner read a licence name from the credit but could not identify it,
/// or identified an id that is not in the licence catalogue. Either the name is misspelled
/// or invented ("CC-BY-Free"), or creditlint's catalogue (`Licenses/`) lacks it; in both
/// cases no other licence rule can check the credit, so it is reported rather than passed
/// silently.
/// Unversioned family names are `ambiguous-license`, not this rule.
public struct UnknownLicenseRule: ComplianceRule {
    /// `unknown-license`.
    public static let id = "unknown-license"
    /// One-sentence description.
    public static let summary = "The credit names a licence that is not in the licence catalogue."
    /// Warning: the credit may well be fine, but nothing about its licence could be checked.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports an unidentified licence text or a licence id the catalogue lacks.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit else { return [] }
        let named: String
        if let license = image.license {
            guard license.id.uppercased() != LicenseFacts.ambiguousID,
                context.licenseLookup(license.id) == nil
            else { return [] }
            named = credit.licenseText ?? license.name ?? license.id
        } else {
            guard let text = credit.licenseText, !Optional(text).isBlank else { return [] }
            named = text
        }
        return [
            finding(
                about: image,
                message: "The credit of image \(image.displayName) names the licence \"\(named)\", "
                    + "which creditlint does not recognise. Use the licence's exact name and link "
                    + "(for example CC BY-SA 4.0); if it is a real licence creditlint lacks, "
                    + "report it so it can be added to the catalogue.")
        ]
    }

    /// A made-up licence triggers; a catalogued one does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Licence id not in the catalogue", triggers: true,
            credit: ImageCredit(
                text: "Photo: Jane Doe, Example Free Licence", author: "Jane Doe",
                licenseText: "Example Free Licence", strategy: .figcaption),
            license: ExampleLicense.unknown),
        RuleExample(
            "Licence named but not identified", triggers: true,
            credit: ImageCredit(
                text: "Photo: Jane Doe, Free Photo Licence", author: "Jane Doe",
                licenseText: "Free Photo Licence", strategy: .figcaption)),
        RuleExample(
            "Catalogued licence", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

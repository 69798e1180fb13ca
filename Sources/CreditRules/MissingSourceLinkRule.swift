import CreditModel

/// `missing-source-link` (warning): a Creative Commons attribution licence, but the credit
/// does not link to the original work.
///
/// CC BY 4.0 asks for a link to the material "to the extent reasonably practicable"; versions
/// up to 3.0 ask for the URI the licensor specifies, which for Wikimedia Commons and Flickr
/// is the file's page. The link also lets readers check the licence for themselves.
/// The rule reports a credit with no `sourceURL`; it does not judge which page the link
/// should be.
public struct MissingSourceLinkRule: ComplianceRule {
    /// `missing-source-link`.
    public static let id = "missing-source-link"
    /// One-sentence description.
    public static let summary =
        "A Creative Commons attribution licence is stated but the credit does not link to the original."
    /// Warning: 4.0 softens the duty to "reasonably practicable", so it is rarely a hard breach.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports a CC BY-family credit without a source link.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, credit.sourceURL.isBlank,
            let license = LicenseFacts(image: image, context: context),
            license.isCreativeCommonsAttribution
        else { return [] }
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is under \(license.shortName) but its credit "
                    + "does not link to the original. Link the credit to the work's page (for "
                    + "example its Wikimedia Commons or Flickr page).",
                suggestion: CreditSuggestion.make(credit: credit, license: license))
        ]
    }

    /// A CC BY 4.0 credit without a link to the photo triggers; one with the link does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "CC BY 4.0 credit without a link to the photo", triggers: true,
            credit: ImageCredit(
                text: "Photo: Jane Doe, CC BY 4.0", author: "Jane Doe", licenseText: "CC BY 4.0",
                licenseURL: "https://creativecommons.org/licenses/by/4.0/", strategy: .figcaption),
            license: ExampleLicense.ccBy4,
            html:
                #"<figcaption>Photo: Jane Doe, <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></figcaption>"#
        ),
        RuleExample(
            "CC BY 4.0 credit linking the photo's page", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

import CreditModel

/// `credit-not-visible` (warning): the credit was found only where readers do not see it
/// (the image's `alt` text, a `title` attribute, or structured data).
///
/// Licences ask for a credit "reasonable to the medium", which means one readers can see.
/// `alt` text is for people who cannot see the image and `title` shows only on hover, so a
/// credit kept there reaches almost nobody; `alt` should describe the image instead.
/// The suggestion is the credit to show as a caption.
public struct CreditNotVisibleRule: ComplianceRule {
    /// `credit-not-visible`.
    public static let id = "credit-not-visible"
    /// One-sentence description.
    public static let summary =
        "The credit is only in attributes or metadata that readers do not see."
    /// Warning: the credit exists, it is just in the wrong place.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports a credit whose `visible` flag is false.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, !credit.visible else { return [] }
        let place =
            switch credit.strategy {
            case .altText: "alt text"
            case .titleAttribute: "title attribute"
            case .structuredData: "structured data"
            default: "hidden markup"
            }
        let license = LicenseFacts(image: image, context: context)
        let suggestion =
            license?.isCreativeCommonsAttribution == true
            ? CreditSuggestion.make(credit: credit, license: license) : credit.text
        return [
            finding(
                about: image,
                message: "The credit of image \(image.displayName) is only in its \(place), which "
                    + "readers do not see. Show it as a visible caption next to the image.",
                suggestion: suggestion)
        ]
    }

    /// A credit only in `alt` triggers; the same credit in a caption does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Credit only in the alt text", triggers: true,
            credit: ExampleLicense.completeCredit(
                license: "CC BY 4.0", path: "by/4.0", visible: false),
            license: ExampleLicense.ccBy4,
            html: #"<img src="photo.jpg" alt="Harbour at Dusk by Jane Doe, CC BY 4.0">"#),
        RuleExample(
            "Credit in a caption", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

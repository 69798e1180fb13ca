import CreditModel

/// `missing-title` (note): a Creative Commons licence of version 3.0 or older, but the
/// credit gives no title for the work.
///
/// Versions 1.0 to 3.0 ask for the title of the work when the licensor supplied one;
/// 4.0 dropped the requirement, so 4.0 licences are never reported. Many works have no real
/// title (a camera file name is not one), which is why this is only a note.
public struct MissingTitleRule: ComplianceRule {
    /// `missing-title`.
    public static let id = "missing-title"
    /// One-sentence description.
    public static let summary =
        "A Creative Commons licence of version 3.0 or older is stated but the credit gives no title."
    /// Note: the duty applies only when the licensor supplied a title, which the page cannot show.
    public static let defaultSeverity = Severity.note

    /// Creates the rule.
    public init() {}

    /// Reports a CC BY-family credit of version ≤ 3.0 without a title.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, credit.title.isBlank,
            let license = LicenseFacts(image: image, context: context), license.asksForTitle
        else { return [] }
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is under \(license.shortName), which asks for "
                    + "the work's title when the creator gave one, but the credit has none. Add "
                    + "the title from the original's page if it has one.",
                suggestion: CreditSuggestion.make(credit: credit, license: license))
        ]
    }

    /// A CC BY-SA 2.0 credit without a title triggers; with a title, or under 4.0, it does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "CC BY-SA 2.0 credit without the title", triggers: true,
            credit: ExampleLicense.untitledCredit(license: "CC BY-SA 2.0", path: "by-sa/2.0"),
            license: ExampleLicense.ccBySA2),
        RuleExample(
            "CC BY 3.0 credit with the title", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 3.0", path: "by/3.0"),
            license: ExampleLicense.ccBy3),
        RuleExample(
            "CC BY 4.0 credit without a title (4.0 does not ask for one)", triggers: false,
            credit: ExampleLicense.untitledCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

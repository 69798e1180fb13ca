import CreditModel

/// `noncommercial-license` (error, commercial sites only): the image is under a
/// NonCommercial (NC) licence and the site is declared commercial.
///
/// NC licences forbid use "primarily intended for or directed towards commercial advantage
/// or monetary compensation"; a site run for profit (ads, subscriptions, a shop) is such a
/// use, however good the credit. The rule runs only when the scan is told the site is
/// commercial (`--commercial`). For an unversioned or unknown licence it reads the NC term
/// from the licence name ("CC BY-NC"), because this is the one licence problem no credit
/// can fix. No suggestion is offered: the fix is another image or the rights holder's
/// permission.
///
/// A site policy that denies the same licence (`deniedLicenses: [CC-BY-NC-*]`) reports the
/// same fact: this rule's finding stands for both, because it says why the licence cannot be
/// used and it stays the same whether or not a policy is configured (baselines and waivers
/// keep matching when one is added).
public struct NoncommercialLicenseRule: ComplianceRule {
    /// `noncommercial-license`.
    public static let id = "noncommercial-license"
    /// One-sentence description.
    public static let summary = "A NonCommercial licence is used on a site declared commercial."
    /// Error: the use itself is outside the licence.
    public static let defaultSeverity = Severity.error
    /// A policy refusing an NC licence on a commercial site is the same fact.
    public static let supersedes = [LicenseNotAllowedRule.id]

    /// Creates the rule.
    public init() {}

    /// Reports an NC licence when the context is commercial.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard context.commercial, let license = LicenseFacts(image: image, context: context),
            license.nonCommercial
        else { return [] }
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is under \(license.shortName), which forbids "
                    + "commercial use, and this site is commercial. Replace the image, or get the "
                    + "rights holder's written permission for commercial use.")
        ]
    }

    /// CC BY-NC on a commercial site triggers; the same credit on a non-commercial site, or a
    /// CC BY licence on a commercial one, does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "CC BY-NC 4.0 on a commercial site", triggers: true,
            credit: ExampleLicense.completeCredit(license: "CC BY-NC 4.0", path: "by-nc/4.0"),
            license: ExampleLicense.ccByNC4, commercial: true),
        RuleExample(
            "CC BY-NC 4.0 on a non-commercial site", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY-NC 4.0", path: "by-nc/4.0"),
            license: ExampleLicense.ccByNC4, commercial: false),
        RuleExample(
            "CC BY 4.0 on a commercial site", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4, commercial: true),
    ]
}

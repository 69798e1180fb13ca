import CreditModel

/// `license-not-allowed` (error, only with a licence policy): the image's licence is outside
/// the site's `acceptedLicenses`, or matches its `deniedLicenses`.
///
/// Many publishers accept only some licences: no NoDerivatives images because every crop is
/// an adaptation, no ShareAlike material in a book that will not be released under the same
/// terms, or only the agencies they pay. `.creditlint.yml` lists them by id, with `*` for any
/// run of characters (`CC-BY-NC-*`). Images without a stated licence, or with only a licence
/// family and no version, are left to the other rules.
public struct LicenseNotAllowedRule: ComplianceRule {
    /// `license-not-allowed`.
    public static let id = "license-not-allowed"
    /// One-sentence description.
    public static let summary = "The image's licence is not among the licences the site accepts."
    /// Error: the site's own policy says the image may not be used.
    public static let defaultSeverity = Severity.error

    /// Creates the rule.
    public init() {}

    /// Reports a stated licence that the policy refuses.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard !context.licensePolicy.isEmpty, let license = image.license,
            license.id.uppercased() != LicenseFacts.ambiguousID,
            let refusal = context.licensePolicy.refusal(of: license.id)
        else { return [] }
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is under \(license.id), which this site does not "
                    + "accept: \(refusal). Replace the image, or change the licence policy in "
                    + ".creditlint.yml if the licence is acceptable.")
        ]
    }

    /// A denied NC licence and a licence outside the accepted list trigger; an accepted one
    /// does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "CC BY-NC 4.0 when CC-BY-NC-* is denied", triggers: true,
            credit: ExampleLicense.completeCredit(license: "CC BY-NC 4.0", path: "by-nc/4.0"),
            license: ExampleLicense.ccByNC4, policy: LicensePolicy(denied: ["CC-BY-NC-*"])),
        RuleExample(
            "CC BY-SA 4.0 when only CC-BY-* 4.0 without SA is accepted", triggers: true,
            credit: ExampleLicense.completeCredit(license: "CC BY-SA 4.0", path: "by-sa/4.0"),
            license: ExampleLicense.ccBySA4, policy: LicensePolicy(accepted: ["CC-BY-4.0", "CC0-1.0"])),
        RuleExample(
            "CC BY 4.0 when CC-BY-4.0 is accepted", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4, policy: LicensePolicy(accepted: ["CC-BY-4.0"])),
    ]
}

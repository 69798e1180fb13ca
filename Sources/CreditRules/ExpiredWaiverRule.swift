import CreditModel

/// `expired-waiver` (warning): a waiver in `.creditlint.yml` has passed its `expires` date.
///
/// A waiver accepts a finding for a while ("the agency contract is being renewed"); once its
/// date has passed it no longer suppresses anything, and this finding asks someone to fix the
/// image or to renew the waiver with a new reason and date.
public struct ExpiredWaiverRule: ComplianceRule {
    /// `expired-waiver`.
    public static let id = "expired-waiver"
    /// One-sentence description.
    public static let summary = "A waiver in the configuration has expired and no longer suppresses its finding."
    /// Warning: the waived finding itself is reported again at its own severity.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Images are never this rule's business.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] { [] }

    /// Reports an expired waiver.
    public func check(notice: RuleNotice, in context: RuleContext) -> [Finding] {
        guard case .expiredWaiver(let rule, let reason, let expires, let line, let image) = notice else { return [] }
        return [
            Finding(
                rule: Self.id, severity: Self.defaultSeverity,
                message: "The waiver of \(rule) (\"\(reason)\") expired on \(expires), so the finding "
                    + "is reported again. Fix it, or renew the waiver in .creditlint.yml with a new "
                    + "reason and date.",
                line: line, image: image)
        ]
    }

    /// An expired waiver triggers; a well-credited image does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "a waiver of missing-attribution that expired on 2026-01-31", triggers: true,
            notice: .expiredWaiver(
                rule: "missing-attribution", reason: "credit being negotiated", expires: "2026-01-31",
                line: 12, image: "https://example.org/images/photo.jpg")),
        RuleExample(
            "a fully credited CC BY 4.0 image", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

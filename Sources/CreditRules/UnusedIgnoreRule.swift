import CreditModel

/// `unused-ignore` (warning): an inline ignore suppressed nothing, or names a rule that does
/// not exist.
///
/// `data-creditlint-ignore` and `<!-- creditlint-ignore-next … -->` are meant to be rare and
/// reviewed; one that no longer suppresses anything (the credit was fixed) hides the next
/// real problem. Ignores naming unknown rule ids are always reported, because they can never
/// match; ignores that matched nothing only with `--report-unused-ignores`.
public struct UnusedIgnoreRule: ComplianceRule {
    /// `unused-ignore`.
    public static let id = "unused-ignore"
    /// One-sentence description.
    public static let summary = "An inline ignore suppressed no finding or names an unknown rule."
    /// Warning: nothing is wrong with the images, only with the ignore.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Images are never this rule's business.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] { [] }

    /// Reports an unused ignore or an unknown rule id in one.
    public func check(notice: RuleNotice, in context: RuleContext) -> [Finding] {
        let message: String
        switch notice {
        case .unusedIgnore(let rules, _):
            let what = rules.isEmpty ? "every rule" : rules.joined(separator: ", ")
            message =
                "This inline ignore of \(what) suppresses no finding. Remove it, so that it "
                + "cannot hide a future problem."
        case .unknownIgnoredRule(let rule, _):
            message =
                "This inline ignore names '\(rule)', which is not a creditlint rule (see "
                + "`creditlint rules`), so it ignores nothing."
        case .expiredWaiver, .inconsistentCredit:
            return []
        }
        return [Finding(rule: Self.id, severity: Self.defaultSeverity, message: message, line: notice.line)]
    }

    /// An unused ignore and an unknown rule id trigger; a well-credited image does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "data-creditlint-ignore=\"missing-title\" on an image with a title", triggers: true,
            notice: .unusedIgnore(rules: ["missing-title"], line: 12)),
        RuleExample(
            "creditlint-ignore-next naming the rule 'missing-credit'", triggers: true,
            notice: .unknownIgnoredRule(rule: "missing-credit", line: 12)),
        RuleExample(
            "a fully credited CC BY 4.0 image", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

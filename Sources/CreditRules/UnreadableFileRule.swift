import CreditModel

/// `unreadable-file` (error): a page could not be read, decoded or parsed, so none of its
/// images were checked.
///
/// A page the linter cannot read is a page whose credits nobody verified; passing it
/// silently would let a broken or mis-encoded file hide missing credits. The finding is
/// about the page (line 1, no image). Fix the file, re-encode it as UTF-8, or exclude it
/// from the scan.
public struct UnreadableFileRule: ComplianceRule {
    /// `unreadable-file`: the model names it, since a failed file carries it.
    public static let id = FailedFile.ruleID
    /// One-sentence description.
    public static let summary =
        "A file could not be read, decoded or parsed, so it was not checked."
    /// Error: an unchecked page must not pass the build unnoticed.
    public static let defaultSeverity = Severity.error

    /// Creates the rule.
    public init() {}

    /// Images come only from readable pages, so this rule never reports one.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] { [] }

    /// Reports the unreadable file.
    public func check(unreadableFile reason: String, in context: RuleContext) -> [Finding] {
        [Self.finding(reason: reason)]
    }

    /// The finding for an unreadable file, at the default severity, on line 1.
    static func finding(reason: String) -> Finding {
        Finding(
            rule: id, severity: defaultSeverity,
            message: "The file could not be checked (\(reason)). \(advice(for: reason))", line: 1)
    }

    /// What to do, by the reason's kind (its prefix): a file nobody may read needs its
    /// permissions fixed, not a new encoding.
    static func advice(for reason: String) -> String {
        let kind = reason.prefix { $0 != ":" }
        return switch kind {
        case "unreadable":
            "Make it readable (check its permissions and that it is a regular file), or exclude it from the scan."
        case "unreadable folder": "Make it readable and listable (check its permissions), or exclude it from the scan."
        case "too large": "Raise --max-file-size if it is a real page, or exclude it from the scan."
        case "not HTML", "binary": "Remove it or give it the right extension, or exclude it from the scan."
        default: "Fix or re-encode it as UTF-8 HTML, or exclude it from the scan."
        }
    }

    /// A file that could not be decoded triggers; an ordinary image does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "File in an undetectable encoding", triggers: true, unreadableReason: "undecodable"),
        RuleExample(
            "A readable page's credited image", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

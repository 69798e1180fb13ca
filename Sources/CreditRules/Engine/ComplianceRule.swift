import CreditLicenses
import CreditModel

/// One compliance check: a stable id, a default severity, documented examples and the check.
///
/// Rules are stateless values created with `init()`; the ``RuleEngine`` runs every rule
/// listed in ``RuleRegistry/all`` and applies configured severities, so a rule always reports
/// at ``defaultSeverity`` and never needs to know about configuration.
public protocol ComplianceRule: Sendable {
    /// The stable kebab-case id (`missing-attribution`): a public contract used in
    /// configuration, reports and the database, so it never changes once released.
    static var id: String { get }
    /// What the rule checks, in one sentence ending in a period.
    static var summary: String { get }
    /// The severity the rule reports at unless configuration overrides it.
    static var defaultSeverity: Severity { get }
    /// Whether the rule runs when configuration does not mention it; a rule that is off by
    /// default reports at ``defaultSeverity`` once configured on. True for most rules.
    static var enabledByDefault: Bool { get }
    /// Triggering and non-triggering cases: documentation that the test suite runs.
    static var examples: [RuleExample] { get }
    /// The ids of rules that report the same fact about an image less specifically.
    ///
    /// When this rule reports an image at a severity at least as high as theirs, the engine
    /// drops their findings about it, so one fact is one finding (see
    /// ``RuleEngine/check(_:path:)``). Empty for most rules.
    static var supersedes: [String] { get }

    /// Creates the rule.
    init()

    /// Checks one content image and returns this rule's findings about it (usually zero or one).
    func check(_ image: ScannedImage, in context: RuleContext) -> [Finding]

    /// Checks a file that could not be read, decoded or parsed.
    ///
    /// Image rules have nothing to say about such a file; the default returns no findings.
    func check(unreadableFile reason: String, in context: RuleContext) -> [Finding]

    /// Reports something the pipeline noticed outside any credit (an expired waiver, an
    /// unused inline ignore). Image rules ignore notices; the default returns no findings.
    func check(notice: RuleNotice, in context: RuleContext) -> [Finding]
}

extension ComplianceRule {
    /// No other rule's findings are made redundant by this one's.
    public static var supersedes: [String] { [] }

    /// On: most rules run unless configured off.
    public static var enabledByDefault: Bool { true }

    /// The default as configuration spells it: the severity, or `off` for a rule that is off
    /// unless configured.
    public static var defaultSetting: String { enabledByDefault ? defaultSeverity.rawValue : "off" }

    /// Returns no findings: most rules are about images, not about unreadable files.
    public func check(unreadableFile reason: String, in context: RuleContext) -> [Finding] { [] }

    /// Returns no findings: most rules are about images, not about the pipeline's notices.
    public func check(notice: RuleNotice, in context: RuleContext) -> [Finding] { [] }

    /// A finding of this rule about `image` at the rule's default severity.
    ///
    /// The engine replaces the severity with the configured one, so rules never look it up.
    public func finding(about image: ScannedImage, message: String, suggestion: String? = nil)
        -> Finding
    {
        Finding(
            rule: Self.id, severity: Self.defaultSeverity, message: message, line: image.line,
            image: image.src, suggestion: suggestion)
    }
}

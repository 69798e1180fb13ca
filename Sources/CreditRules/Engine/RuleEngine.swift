import CreditLicenses
import CreditModel

/// Runs every enabled rule over an image and applies the configured severities.
///
/// Findings come out in registry order (``RuleRegistry/all``), each rule's in the order it
/// reported them, so the same input always gives the same output.
public struct RuleEngine: Sendable {
    /// Every rule creditlint knows, in registry order.
    public static var rules: [any ComplianceRule.Type] { RuleRegistry.all }

    /// A rule that is switched on, with the severity it reports at.
    private struct EnabledRule: Sendable {
        var rule: any ComplianceRule
        var severity: Severity
    }

    private let enabled: [EnabledRule]
    /// Whether the site is commercial (non-commercial licences then fail).
    public let commercial: Bool
    private let licenseLookup: @Sendable (String) -> LicenseDefinition?
    private let urlLookup: @Sendable (String) -> LicenseIdentification
    private let textLookup: @Sendable (String) -> LicenseIdentification
    /// The licences the site accepts or refuses.
    public let licensePolicy: LicensePolicy

    /// Creates an engine.
    ///
    /// - Parameters:
    ///   - severityOverrides: Severity per rule id; a `nil` value switches the rule off.
    ///     Ids no rule has are ignored here: report them with ``unknownRuleIDs(in:)``.
    ///   - commercial: Whether the site is commercial.
    ///   - licenseLookup: Finds a licence by id; defaults to the compiled catalogue.
    ///   - urlLookup: Identifies a licence URL; defaults to `LicenseIdentifier`.
    ///   - textLookup: Identifies a licence name; defaults to `LicenseIdentifier`.
    ///   - licensePolicy: The accepted and denied licences (`license-not-allowed`).
    public init(
        severityOverrides: [String: Severity?] = [:],
        commercial: Bool = false,
        licenseLookup: @escaping @Sendable (String) -> LicenseDefinition? = RuleContext.catalogueLicense,
        urlLookup: @escaping @Sendable (String) -> LicenseIdentification = RuleContext.identifiedURL,
        textLookup: @escaping @Sendable (String) -> LicenseIdentification = RuleContext.identifiedText,
        licensePolicy: LicensePolicy = LicensePolicy()
    ) {
        enabled = Self.rules.compactMap { type in
            // Double optional: a missing key keeps the default, a nil value switches off.
            let severity: Severity?
            switch severityOverrides[type.id] {
            case .some(let override): severity = override
            case .none: severity = type.enabledByDefault ? type.defaultSeverity : nil
            }
            return severity.map { EnabledRule(rule: type.init(), severity: $0) }
        }
        self.commercial = commercial
        self.licenseLookup = licenseLookup
        self.urlLookup = urlLookup
        self.textLookup = textLookup
        self.licensePolicy = licensePolicy
    }

    /// The ids of the rules that run, in registry order.
    public var enabledRuleIDs: [String] { enabled.map { type(of: $0.rule).id } }

    /// The severity a rule reports at, nil when it is off or unknown.
    public func severity(of ruleID: String) -> Severity? {
        enabled.first { type(of: $0.rule).id == ruleID }?.severity
    }

    /// The context rules see for a page.
    public func context(path: String) -> RuleContext {
        RuleContext(
            path: path, commercial: commercial, licenseLookup: licenseLookup,
            urlLookup: urlLookup, textLookup: textLookup, licensePolicy: licensePolicy)
    }

    /// Checks one content image of the page at `path` with every enabled rule.
    ///
    /// A finding that another finding about the image supersedes (see
    /// ``ComplianceRule/supersedes``) at an equal or higher severity is left out: one fact,
    /// one finding.
    public func check(_ image: ScannedImage, path: String) -> [Finding] {
        let context = context(path: path)
        return Self.withoutSuperseded(run { $0.check(image, in: context) })
    }

    /// `image` with its findings replaced by this engine's, for filling a ``DocumentReport``.
    public func checked(_ image: ScannedImage, path: String) -> ScannedImage {
        var image = image
        image.findings = check(image, path: path)
        return image
    }

    /// The findings for a file at `path` that could not be read, decoded or parsed.
    public func check(unreadableFile reason: String, path: String) -> [Finding] {
        let context = context(path: path)
        return run { $0.check(unreadableFile: reason, in: context) }
    }

    /// The findings for something the pipeline noticed on the page at `path`.
    public func check(notice: RuleNotice, path: String) -> [Finding] {
        let context = context(path: path)
        return run { $0.check(notice: notice, in: context) }
    }

    /// The `unreadable-file` finding at its default severity (line 1), for callers that
    /// report failed files without an engine; prefer ``check(unreadableFile:path:)``, which
    /// honours configuration.
    public static func unreadableFileFinding(reason: String) -> Finding {
        UnreadableFileRule.finding(reason: reason)
    }

    /// The ids in `overrides` that name no rule, sorted: configuration mistakes to report.
    public static func unknownRuleIDs(in overrides: [String: Severity?]) -> [String] {
        let known = Set(rules.map { $0.id })
        return overrides.keys.filter { !known.contains($0) }.sorted()
    }

    /// Each rule id with the ids of the rules it supersedes.
    static let superseded: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: rules.map { ($0.id, Set($0.supersedes)) })

    /// `findings` about one image without those another of them supersedes at an equal or
    /// higher severity; a configuration that raises the superseded rule above the other keeps both.
    static func withoutSuperseded(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        return findings.filter { finding in
            !findings.contains { other in
                other.severity >= finding.severity && superseded[other.rule]?.contains(finding.rule) == true
            }
        }
    }

    private func run(_ check: (any ComplianceRule) -> [Finding]) -> [Finding] {
        enabled.flatMap { entry in
            check(entry.rule).map { finding in
                var finding = finding
                finding.severity = entry.severity
                return finding
            }
        }
    }
}

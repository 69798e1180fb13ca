import CreditModel
import CreditRules
import Foundation

/// Renders SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.
///
/// - Every rule in ``RuleRegistry/all`` is listed in `tool.driver.rules`, so `ruleIndex` is
///   the rule's place in the registry and dashboards can describe rules with no results.
/// - `artifactLocation.uri` is the page's path as given on the command line (root joined with
///   the page path), relative to `%SRCROOT%`, the folder creditlint ran in: in CI that is the
///   repository root, which is what GitHub resolves URIs against. An absolute root gives a
///   `file:` URI with no base instead.
/// - `partialFingerprints` hash the page path, the image's fingerprint and the rule, never a
///   line, so an alert keeps its identity when text above the image moves it.
/// - Files that could not be scanned are results of `unreadable-file` and also tool
///   notifications, and make `executionSuccessful` false: part of the site went unchecked.
/// - A result's `properties` hold the image URL, the suggestion, and the image's credit and
///   licence exactly as the JSON report has them.
public struct SARIFRenderer: ReportRenderer {
    /// The key under which results carry creditlint's line-independent fingerprint.
    public static let fingerprintKey = "creditlintFingerprint/v1"
    /// The base id that relative artifact URIs are resolved against.
    public static let sourceRootID = "%SRCROOT%"

    /// Creates the renderer.
    public init() {}

    /// Renders the report as a SARIF log with one run.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        let rules = Self.rules()
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let header = report.header
        let failed = header.failures.map { failure in
            LocatedFinding(
                path: failure.path, displayPath: report.displayPath(failure.path), image: nil,
                finding: RuleEngine.unreadableFileFinding(reason: failure.reason), isFailedFile: true)
        }.sorted(by: LocatedFinding.precedes)
        let notifications = failed.map { failed in
            SARIF.Notification(
                level: "error", message: SARIF.Message(text: failed.finding.message),
                locations: [location(failed)],
                descriptor: SARIF.DescriptorReference(id: failed.finding.rule, index: index[failed.finding.rule]))
        }
        // The results are streamed into the log written with an empty list (see JSONArraySplice).
        let run = SARIF.Run(
            tool: SARIF.Tool(
                driver: SARIF.Driver(
                    name: "creditlint", version: header.toolVersion, rules: rules)),
            invocations: [
                SARIF.Invocation(
                    executionSuccessful: header.failures.isEmpty, startTimeUtc: header.startedAt,
                    toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
            ],
            originalUriBaseIds: [
                Self.sourceRootID: SARIF.ArtifactLocation(
                    description: SARIF.Message(
                        text: "The folder creditlint was run in (the repository root in CI); "
                            + "the scanned folder was \(header.root)."))
            ],
            results: [])
        let encoder = JSONRenderer.encoder()
        let skeleton = String(decoding: try encoder.encode(SARIF.Log(runs: [run])), as: UTF8.self) + "\n"
        guard
            let splice = JSONArraySplice(
                skeleton: skeleton, key: SARIF.Run.CodingKeys.results, indent: 6, encoder: encoder)
        else {
            throw EncodingError.invalidValue(
                header, EncodingError.Context(codingPath: [], debugDescription: "no results array"))
        }
        try output(splice.opening)
        var first = true
        try report.forEachLocatedFinding { located in
            // A finding of a rule outside the registry (none today) simply has no ruleIndex.
            try output(splice.writtenElement(result(located, ruleIndex: index[located.finding.rule]), first: first))
            first = false
        }
        try output(splice.closing(empty: first))
    }

    private func result(_ located: LocatedFinding, ruleIndex: Int?) -> SARIF.Result {
        let finding = located.finding
        let properties = SARIF.ResultProperties(
            image: finding.image, suggestion: finding.suggestion, credit: located.image?.credit,
            license: located.image?.license)
        return SARIF.Result(
            ruleId: finding.rule, ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: SARIF.Message(text: finding.message), locations: [location(located)],
            partialFingerprints: [Self.fingerprintKey: located.fingerprint],
            properties: properties.isEmpty ? nil : properties)
    }

    private func location(_ located: LocatedFinding) -> SARIF.Location {
        let path = located.displayPath
        let artifact =
            path.hasPrefix("/")
            ? SARIF.ArtifactLocation(uri: "file://" + Self.percentEncoded(path))
            : SARIF.ArtifactLocation(uri: Self.percentEncoded(path), uriBaseId: Self.sourceRootID)
        return SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(
                artifactLocation: artifact,
                region: SARIF.Region(
                    startLine: max(1, located.finding.line), startColumn: located.finding.column.map { max(1, $0) })))
    }

    /// The SARIF level of a severity: SARIF spells `error`, `warning` and `note` as creditlint
    /// does (the reports are validated against the SARIF schema, which lists its levels).
    static func level(_ severity: Severity) -> String { severity.rawValue }

    /// A path as a URI reference: `/` kept, everything outside the unreserved and sub-delims
    /// sets percent-encoded (spaces, `%`, `#`, `?`, non-ASCII).
    static func percentEncoded(_ path: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~!$&'()*+,;=:@/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// The registry's rules as SARIF reporting descriptors, in registry order.
    static func rules() -> [SARIF.Rule] {
        var rules: [SARIF.Rule] = []
        for rule in RuleRegistry.all {
            let triggers = rule.examples.filter { $0.triggers }.map { $0.description }
            let passes = rule.examples.filter { !$0.triggers }.map { $0.description }
            var full = rule.summary
            if !triggers.isEmpty { full += " Reported, for example: " + triggers.joined(separator: "; ") + "." }
            if !passes.isEmpty { full += " Not reported: " + passes.joined(separator: "; ") + "." }
            let setting =
                rule.enabledByDefault
                ? "Default severity: \(rule.defaultSeverity.rawValue); change it or turn the rule off"
                : "Off by default; switch it on with a severity"
            let help =
                "\(rule.summary) \(setting) under `rules:` in .creditlint.yml. The Rules section of "
                + "creditlint's README describes every rule."
            rules.append(
                SARIF.Rule(
                    id: rule.id, name: pascalCase(rule.id), shortDescription: SARIF.Message(text: rule.summary),
                    fullDescription: SARIF.Message(text: full),
                    help: SARIF.Message(text: help, markdown: "**\(rule.id)**: \(help)"),
                    defaultConfiguration: SARIF.Configuration(level: level(rule.defaultSeverity)),
                    properties: SARIF.RuleProperties(tags: ["credits", "licensing"])))
        }
        return rules
    }

    /// `missing-attribution` → `MissingAttribution`, SARIF's convention for a rule's name.
    static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

import CreditLicenses
import CreditModel
import CreditRules

/// What `creditlint license` answers: the scanner's own licence reading (``StatedLicense``),
/// with the site's configuration applied the way a scan applies it.
///
/// ```swift
/// let lookup = try LicenseLookup(configuration: loaded.configuration)
/// lookup.identify("CC BY-SA 3.0 DE").contractValue  // "CC-BY-SA-3.0-DE"
/// ```
public struct LicenseLookup: Sendable {
    private let licenses: LicenseCatalogExtension?
    private let policy: LicensePolicy

    /// The lookup a scan with this configuration would use: its extra `licenses:` and its
    /// `acceptedLicenses` / `deniedLicenses`.
    ///
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)`` when an extra licence
    ///   lacks an id or has an unknown family, as a scan would.
    public init(configuration: Configuration = Configuration()) throws {
        licenses = try LicenseCatalogExtension.make(from: configuration.licenses ?? [])
        policy = LicensePolicy(
            accepted: configuration.acceptedLicenses ?? [], denied: configuration.deniedLicenses ?? [])
    }

    /// Identifies a licence from a URL or text. As in a scan, the site's own licences are
    /// asked only when the catalogue names nothing.
    public func identify(_ input: String) -> LicenseIdentification {
        let answer = LicenseIdentifier.identify(input)
        guard answer == .none, let found = licenses?.identify(input) else { return answer }
        return .identified(found)
    }

    /// A few lines describing what the input names, what a credit under it must contain, and
    /// whether the site's licence policy accepts it.
    public func describe(_ input: String) -> String {
        switch identify(input) {
        case .none:
            return "NONE\tno licence recognised in \"\(input)\"\n"
        case .ambiguous(let family):
            return "AMBIGUOUS\t\(family) names a licence family but not its version; "
                + "say which version (e.g. \(family) 4.0) and link to it\n"
        case .identified(let license):
            var lines = ["\(license.id)\t\(license.name)"]
            if let url = license.url { lines.append("url: \(url)") }
            lines.append("family: \(license.family.rawValue)")
            if licenses?.license(id: license.id) != nil { lines.append("defined by: the configuration's licenses") }
            lines.append("credit must name: " + LicenseRequirements.describe(license))
            if license.retired { lines.append("retired: Creative Commons no longer recommends it") }
            if !policy.isEmpty {
                lines.append("site policy: " + (policy.refusal(of: license.id).map { "refused, \($0)" } ?? "accepted"))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// The table `creditlint rules` prints.
public enum RuleCatalogText {
    /// The ids of every rule, for validating configuration.
    public static var ruleIDs: Set<String> {
        var ids: Set<String> = [FailedFile.ruleID]
        for rule in RuleEngine.rules { ids.insert(rule.id) }
        return ids
    }

    /// One line per rule: id, default severity, summary.
    public static func render() -> String {
        // Plain tuples rather than key paths on existential metatypes, which crash Swift 6.3's
        // SIL generation.
        var rows: [(id: String, severity: String, summary: String)] = []
        for rule in RuleEngine.rules {
            rows.append((rule.id, rule.defaultSetting, rule.summary))
        }
        let width = rows.reduce(0) { max($0, $1.id.count) }
        return rows.map { row in
            let id = row.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = row.severity.padding(toLength: 7, withPad: " ", startingAt: 0)
            return "\(id)  \(severity)  \(row.summary)"
        }.joined(separator: "\n")
    }
}

import CreditCore
import CreditLicenses

/// What `creditlint license` prints about a licence.
public enum LicenseLookup {
    /// Identifies a licence from a URL or text.
    public static func identify(_ input: String) -> LicenseIdentification {
        LicenseIdentifier.identify(input)
    }

    /// A few lines describing what the input names and what a credit under it must contain.
    public static func describe(_ input: String) -> String {
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
            lines.append("credit must name: " + LicenseRequirements.describe(license))
            if license.retired { lines.append("retired: Creative Commons no longer recommends it") }
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
            rows.append((rule.id, rule.defaultSeverity.rawValue, rule.summary))
        }
        let width = rows.reduce(0) { max($0, $1.id.count) }
        return rows.map { row in
            let id = row.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = row.severity.padding(toLength: 7, withPad: " ", startingAt: 0)
            return "\(id)  \(severity)  \(row.summary)"
        }.joined(separator: "\n")
    }
}

import CreditLicenses
import CreditRules
import Crypto
import Foundation

/// What a page's results depend on besides its bytes and the options: the code of this build,
/// the licence data compiled into it and the rules it runs. Any change to one of them makes a
/// rescan analyse every page again instead of reusing what an earlier build recorded.
struct AnalysisIdentity: Equatable, Sendable {
    /// ``BuildIdentity/current``: changes with every build whose binary differs.
    var build: String
    /// A SHA-256 of the compiled licence data.
    var licenseData: String
    /// Every rule's id and default severity, in registry order.
    var rules: String

    /// The identity of the running build.
    static let current = AnalysisIdentity(
        build: BuildIdentity.current,
        licenseData: SHA256.hash(data: Data(LicenseCatalog.compiledDataText.utf8)).map { String(format: "%02x", $0) }
            .joined(),
        rules: RuleEngine.rules.map { "\($0.id):\($0.defaultSetting)" }.joined(separator: ","))
}

extension ScanOptions {
    /// A hash of the analysis and of every option that changes one page's results, recorded
    /// with each page: a later scan reuses a page's results only when it hashes the same (and
    /// the file's bytes and the tool version are the same).
    ///
    /// Left out on purpose: the root, include/exclude and changed-files mode (they choose
    /// pages, not results), `failOn` and `maxWarnings` (the verdict, computed afresh), the
    /// baseline (applied afresh to every page, reused or not) and the database path. The
    /// waiver day counts only when there are waivers: it decides which ones have expired.
    public var resultsFingerprint: String { resultsFingerprint(analysis: .current) }

    /// A hash of everything that shapes a run's report besides which pages it holds: the
    /// ``resultsFingerprint`` and the verdict's settings, the page selection (root,
    /// include/exclude) and the baseline (its path and bytes). Shards merge into one run only
    /// when they were scanned with the same one.
    public var configurationFingerprint: String {
        let separator = "\u{1F}"
        var parts: [String] = ["results \(resultsFingerprint)", "root \(root)"]
        parts.append("include " + include.joined(separator: separator))
        parts.append("exclude " + exclude.joined(separator: separator))
        parts.append("failOn \(failOn.rawValue)")
        parts.append("maxWarnings " + (maxWarnings.map { String($0) } ?? "none"))
        parts.append("strictBaseline \(strictBaseline)")
        parts.append("only " + (onlyPages?.joined(separator: separator) ?? "all"))
        if let baselinePath {
            let bytes = FileManager.default.contents(atPath: baselinePath) ?? Data()
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            parts.append("baseline \(baselinePath) \(digest)")
        }
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\n").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// ``resultsFingerprint`` under a given analysis identity.
    func resultsFingerprint(analysis: AnalysisIdentity) -> String {
        let overrides = severityOverrides.sorted { $0.key < $1.key }.map { id, severity in
            "\(id)=\(severity?.rawValue ?? "off")"
        }
        var parts: [String] = [
            "build \(analysis.build)",
            "licenseData \(analysis.licenseData)",
            "ruleSet \(analysis.rules)",
            "commercial \(commercial)",
            "maxFileSize \(maxFileSize)",
            "reportUnusedIgnores \(reportUnusedIgnores)",
            "siteURL \(siteURL ?? "")",
            "rules " + overrides.joined(separator: ","),
            "accepted " + licensePolicy.accepted.joined(separator: ","),
            "denied " + licensePolicy.denied.joined(separator: ","),
            "credit " + selectors.credit.map(\.text).joined(separator: "\u{1F}"),
            "content " + selectors.content.map(\.text).joined(separator: "\u{1F}"),
            "ignore " + selectors.ignore.map(\.text).joined(separator: "\u{1F}"),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if !extraLicenses.isEmpty, let data = try? encoder.encode(extraLicenses) {
            parts.append("licenses " + String(decoding: data, as: UTF8.self))
        }
        if !waivers.isEmpty, let data = try? encoder.encode(waivers) {
            parts.append("waivers " + String(decoding: data, as: UTF8.self))
            parts.append("waiverLines " + waiverLines.map(String.init).joined(separator: ","))
            parts.append("today \(today)")
        }
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\n").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}

import CreditDocument
import CreditLicenses
import CreditModel
import CreditRules
import Foundation

/// Values given on the command line; nil (or empty) means "not given, use the file's".
public struct CommandLineOverrides: Sendable {
    /// `--fail-on`.
    public var failOn: Severity?
    /// `--commercial` / `--no-commercial`.
    public var commercial: Bool?
    /// `--include`.
    public var include: [String]
    /// `--exclude`.
    public var exclude: [String]
    /// `--allow-empty` / `--no-allow-empty`.
    public var allowEmpty: Bool?
    /// `--db`.
    public var databasePath: String?
    /// `--max-file-size`.
    public var maxFileSize: Int?
    /// `--max-warnings`.
    public var maxWarnings: Int?
    /// `--jobs` (0: one per core).
    public var jobs: Int?
    /// `--baseline`.
    public var baseline: String?
    /// `--strict-baseline` / `--no-strict-baseline`.
    public var strictBaseline: Bool?
    /// `--write-baseline`.
    public var writeBaseline: String?
    /// `--report-unused-ignores` / `--no-report-unused-ignores`.
    public var reportUnusedIgnores: Bool?
    /// `--site-url`.
    public var siteURL: String?
    /// Pages named as arguments or by `--files-from`, relative to the root; nil scans all.
    public var onlyPages: [String]?

    /// Creates overrides.
    public init(
        failOn: Severity? = nil, commercial: Bool? = nil, include: [String] = [],
        exclude: [String] = [], databasePath: String? = nil, maxFileSize: Int? = nil,
        maxWarnings: Int? = nil, baseline: String? = nil, strictBaseline: Bool? = nil,
        writeBaseline: String? = nil, reportUnusedIgnores: Bool? = nil, onlyPages: [String]? = nil,
        jobs: Int? = nil, allowEmpty: Bool? = nil, siteURL: String? = nil
    ) {
        self.siteURL = siteURL
        self.jobs = jobs
        self.allowEmpty = allowEmpty
        self.failOn = failOn
        self.commercial = commercial
        self.include = include
        self.exclude = exclude
        self.databasePath = databasePath
        self.maxFileSize = maxFileSize
        self.maxWarnings = maxWarnings
        self.baseline = baseline
        self.strictBaseline = strictBaseline
        self.writeBaseline = writeBaseline
        self.reportUnusedIgnores = reportUnusedIgnores
        self.onlyPages = onlyPages
    }
}

extension ScanOptions {
    /// Merges defaults, the configuration file and the command line, in that order of strength.
    ///
    /// Paths in the file (`db`, `baseline`) are relative to the file's folder, so the same
    /// file works from any working directory.
    ///
    /// - Returns: The options and warnings about the configuration (unknown rule ids).
    /// - Throws: ``CreditLintError/invalidConfiguration(path:reason:)`` for a severity that
    ///   is not `error`, `warning`, `note` or `off`, or a selector that cannot be used.
    public static func merged(
        root: String, configuration loaded: LoadedConfiguration, commandLine: CommandLineOverrides,
        knownRules: Set<String>
    ) throws -> (ScanOptions, [String]) {
        let file = loaded.configuration
        let source = loaded.path ?? "configuration"
        var warnings = loaded.warnings
        var overrides: [String: Severity?] = [:]
        for (rule, value) in (file.rules ?? [:]).sorted(by: { $0.key < $1.key }) {
            if !knownRules.contains(rule) {
                let line = loaded.ruleLines[rule].map { ":\($0)" } ?? ""
                warnings.append(
                    "\(source)\(line): unknown rule '\(rule)' in 'rules' is ignored"
                        + NameSuggestion.hint(for: rule, among: knownRules.sorted()))
                continue
            }
            if rule == FailedFile.ruleID, value != Severity.error.rawValue {
                // A page that was never checked must not pass quietly; skip it with
                // `exclude` instead, which the report then shows as not scanned at all.
                throw CreditLintError.invalidConfiguration(
                    path: source, reason: "rules.\(rule) cannot be changed: use 'exclude' to skip files on purpose")
            }
            if value == "off" {
                overrides[rule] = .some(nil)
            } else if let severity = Severity(rawValue: value) {
                overrides[rule] = severity
            } else {
                throw CreditLintError.invalidConfiguration(
                    path: source, reason: "rules.\(rule): '\(value)' is not one of error, warning, note, off")
            }
        }
        for (index, waiver) in (file.waivers ?? []).enumerated() where !knownRules.contains(waiver.rule) {
            let line = index < loaded.waiverLines.count ? ":\(loaded.waiverLines[index])" : ""
            warnings.append(
                "\(source)\(line): waiver of unknown rule '\(waiver.rule)' waives nothing"
                    + NameSuggestion.hint(for: waiver.rule, among: knownRules.sorted()))
        }
        warnings += unknownLicenseWarnings(file, source: source)
        var options = ScanOptions(
            root: root,
            include: commandLine.include.isEmpty ? file.include ?? [] : commandLine.include,
            exclude: commandLine.exclude.isEmpty ? file.exclude ?? [] : commandLine.exclude,
            failOn: commandLine.failOn ?? file.failOn ?? .error,
            commercial: commandLine.commercial ?? file.commercial ?? false,
            severityOverrides: overrides,
            databasePath: commandLine.databasePath ?? file.db.map { relative($0, to: loaded.path) }
                ?? DatabaseLocation.defaultPath(),
            maxFileSize: commandLine.maxFileSize ?? file.maxFileSize ?? ScanOptions.defaultMaxFileSize)
        options.maxWarnings = commandLine.maxWarnings ?? file.maxWarnings
        options.baselinePath = commandLine.baseline ?? file.baseline.map { relative($0, to: loaded.path) }
        options.strictBaseline = commandLine.strictBaseline ?? file.strictBaseline ?? false
        options.writeBaselinePath = commandLine.writeBaseline
        options.reportUnusedIgnores = commandLine.reportUnusedIgnores ?? file.reportUnusedIgnores ?? false
        options.siteURL = commandLine.siteURL ?? file.siteURL
        options.onlyPages = commandLine.onlyPages
        options.allowEmpty = commandLine.allowEmpty ?? file.allowEmpty ?? false
        options.keepRuns = file.keepRuns ?? ScanOptions.defaultKeepRuns
        if let jobs = commandLine.jobs ?? file.jobs, jobs > 0 { options.jobs = jobs }
        options.licensePolicy = LicensePolicy(accepted: file.acceptedLicenses ?? [], denied: file.deniedLicenses ?? [])
        options.selectors = try PageSelectors(
            credit: selectors(file.creditSelectors, source),
            content: selectors(file.contentSelectors, source),
            ignore: selectors(file.ignoreSelectors, source))
        options.extraLicenses = file.licenses ?? []
        options.waivers = file.waivers ?? []
        options.waiverLines = loaded.waiverLines
        // An expired waiver is reported as `expired-waiver` where it would still suppress a
        // finding; one whose finding is gone would go unnoticed, so every expired waiver is
        // also named here, where it can be removed.
        for (index, waiver) in options.waivers.enumerated() {
            guard let text = waiver.expires, let expires = WaiverDate(text), expires < options.today else { continue }
            let line = index < loaded.waiverLines.count ? ":\(loaded.waiverLines[index])" : ""
            warnings.append(
                "\(source)\(line): waiver of '\(waiver.rule)' expired on \(text) and suppresses nothing; "
                    + "renew it or remove it")
        }
        return (options, warnings)
    }

    /// Warnings for licence ids in `acceptedLicenses` and `deniedLicenses` that name no
    /// licence of the catalogue or the file's `licenses` (patterns with `*` are left alone):
    /// such an entry accepts or denies nothing.
    private static func unknownLicenseWarnings(_ file: Configuration, source: String) -> [String] {
        let extra = (file.licenses ?? []).map(\.id)
        let known = Set(extra.map { $0.lowercased() })
        var candidates: [String]?
        var warnings: [String] = []
        for (key, ids) in [("acceptedLicenses", file.acceptedLicenses), ("deniedLicenses", file.deniedLicenses)] {
            for id in ids ?? [] where !id.contains("*") {
                guard LicenseCatalog.license(id: id) == nil, !known.contains(id.lowercased()) else { continue }
                let all = candidates ?? LicenseCatalog.all.map(\.id) + extra
                candidates = all
                warnings.append(
                    "\(source): \(key): unknown licence id '\(id)' matches no licence"
                        + NameSuggestion.hint(for: id, among: all))
            }
        }
        return warnings
    }

    private static func selectors(_ texts: [String]?, _ source: String) throws -> [CSSSelector] {
        try (texts ?? []).map { text in
            guard let selector = CSSSelector(text) else {
                throw CreditLintError.invalidConfiguration(
                    path: source, reason: CSSSelector.problem(in: text) ?? "'\(text)' is not a selector")
            }
            return selector
        }
    }

    /// A path from the configuration file, relative to that file's folder.
    static func relative(_ path: String, to configurationFile: String?) -> String {
        guard !path.hasPrefix("/"), let configurationFile else { return path }
        return URL(fileURLWithPath: configurationFile).deletingLastPathComponent()
            .appendingPathComponent(path).standardizedFileURL.path
    }
}

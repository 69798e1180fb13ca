import CreditCore

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
    /// `--db`.
    public var databasePath: String?
    /// `--max-file-size`.
    public var maxFileSize: Int?

    /// Creates overrides.
    public init(
        failOn: Severity? = nil, commercial: Bool? = nil, include: [String] = [],
        exclude: [String] = [], databasePath: String? = nil, maxFileSize: Int? = nil
    ) {
        self.failOn = failOn
        self.commercial = commercial
        self.include = include
        self.exclude = exclude
        self.databasePath = databasePath
        self.maxFileSize = maxFileSize
    }
}

extension ScanOptions {
    /// Merges defaults, the configuration file and the command line, in that order of strength.
    ///
    /// - Returns: The options and warnings about the configuration (unknown rule ids).
    /// - Throws: ``CreditLintError/invalidConfiguration(path:reason:)`` for a severity that
    ///   is not `error`, `warning`, `note` or `off`.
    public static func merged(
        root: String, configuration loaded: LoadedConfiguration, commandLine: CommandLineOverrides,
        knownRules: Set<String>
    ) throws -> (ScanOptions, [String]) {
        let file = loaded.configuration
        var warnings = loaded.warnings
        var overrides: [String: Severity?] = [:]
        for (rule, value) in (file.rules ?? [:]).sorted(by: { $0.key < $1.key }) {
            if !knownRules.contains(rule) {
                warnings.append("\(loaded.path ?? "configuration"): unknown rule '\(rule)' in 'rules' is ignored")
                continue
            }
            if rule == FailedFile.ruleID {
                // A page that was never checked must not pass quietly; skip it with
                // `exclude` instead, which the report then shows as not scanned at all.
                throw CreditLintError.invalidConfiguration(
                    path: loaded.path ?? "configuration",
                    reason: "rules.\(rule) cannot be changed: use 'exclude' to skip files on purpose")
            }
            if value == "off" {
                overrides[rule] = .some(nil)
            } else if let severity = Severity(rawValue: value) {
                overrides[rule] = severity
            } else {
                throw CreditLintError.invalidConfiguration(
                    path: loaded.path ?? "configuration",
                    reason: "rules.\(rule): '\(value)' is not one of error, warning, note, off")
            }
        }
        let options = ScanOptions(
            root: root,
            include: commandLine.include.isEmpty ? file.include ?? [] : commandLine.include,
            exclude: commandLine.exclude.isEmpty ? file.exclude ?? [] : commandLine.exclude,
            failOn: commandLine.failOn ?? file.failOn ?? .error,
            commercial: commandLine.commercial ?? file.commercial ?? false,
            severityOverrides: overrides,
            databasePath: commandLine.databasePath ?? DatabaseLocation.defaultPath(),
            maxFileSize: commandLine.maxFileSize ?? ScanOptions.defaultMaxFileSize)
        return (options, warnings)
    }
}

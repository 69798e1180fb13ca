import CreditCore

/// Everything a scan needs to know, gathered from the command line (and later a config file).
public struct ScanOptions: Sendable {
    /// The folder (or single file) to scan.
    public var root: String
    /// Glob patterns a page's relative path must match to be scanned (empty: every page).
    public var include: [String]
    /// Glob patterns that exclude pages.
    public var exclude: [String]
    /// The lowest severity that fails the build.
    public var failOn: Severity
    /// Whether the site is commercial, which makes NC licences an error.
    public var commercial: Bool
    /// Per-rule severity overrides; nil turns a rule off.
    public var severityOverrides: [String: Severity?]
    /// The SQLite database that records the run.
    public var databasePath: String
    /// Files larger than this many bytes are reported as failed instead of parsed.
    public var maxFileSize: Int

    /// The default size limit: far above any real article, low enough to keep memory flat.
    public static let defaultMaxFileSize = 50 * 1024 * 1024

    /// Creates options with defaults for everything but the root.
    public init(
        root: String, include: [String] = [], exclude: [String] = [], failOn: Severity = .error,
        commercial: Bool = false, severityOverrides: [String: Severity?] = [:],
        databasePath: String = DatabaseLocation.defaultPath(),
        maxFileSize: Int = ScanOptions.defaultMaxFileSize
    ) {
        self.root = root
        self.include = include
        self.exclude = exclude
        self.failOn = failOn
        self.commercial = commercial
        self.severityOverrides = severityOverrides
        self.databasePath = databasePath
        self.maxFileSize = maxFileSize
    }
}

import CreditModel
import CreditRules
import Foundation

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

    /// Fail when there are more warnings than this; nil for no limit.
    public var maxWarnings: Int?
    /// The baseline file whose findings are suppressed (`--baseline`).
    public var baselinePath: String?
    /// Whether stale baseline entries fail the build.
    public var strictBaseline = false
    /// Where to write the current findings as a baseline (`--write-baseline`).
    public var writeBaselinePath: String?
    /// Whether inline ignores that suppressed nothing are reported.
    public var reportUnusedIgnores = false
    /// The site's own base URL: image URLs under it are read as files under ``root``.
    public var siteURL: String?
    /// Only these pages (paths relative to the root) are scanned; nil scans every page.
    public var onlyPages: [String]?
    /// Whether a folder scan that finds no page is accepted; when false it is an error
    /// (``CreditLintError/noPages(root:excluded:)``), so that a site that failed to build, or
    /// a mistyped folder, does not pass. Changed-files mode may always be empty.
    public var allowEmpty = false
    /// The site's accepted and denied licences.
    public var licensePolicy = LicensePolicy()
    /// Selectors of credit elements, content areas and ignored areas.
    public var selectors = PageSelectors()
    /// Licences added by the configuration.
    public var extraLicenses: [Configuration.ExtraLicense] = []
    /// Waivers from the configuration, with the file and lines they came from.
    public var waivers: [Configuration.Waiver] = []
    /// The 1-based line of each waiver in the configuration file (0 when unknown).
    public var waiverLines: [Int] = []
    /// The day waivers are compared with; injectable so tests never read the clock.
    public var today = WaiverDate.today()
    /// How many pages are parsed and checked at once (`--jobs`); the output never depends on it.
    public var jobs = UsableCPUs.count
    /// How many runs the database keeps after this one is recorded; 0 keeps every run.
    public var keepRuns = ScanOptions.defaultKeepRuns
    /// The shard of the site to scan (`--shard K/N`); nil scans every page.
    public var shard: ScanShard?
    /// How long, in nanoseconds, a page file must have been left untouched before it was read
    /// for a rescan to trust its stamp instead of reading it (see ``FileStamp``). Tests set it
    /// to 0, since the files they make are always younger than the default.
    var stampMargin: Int64 = 2_000_000_000

    /// The rules turned off (`off` in the configuration's `rules`).
    public var rulesOff: Set<String> {
        Set(severityOverrides.compactMap { rule, severity in severity == nil ? rule : nil })
    }

    /// The runs a database keeps by default: enough to compare with recent history, few enough
    /// that a site rescanned on every commit does not grow its database without end.
    public static let defaultKeepRuns = 20

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

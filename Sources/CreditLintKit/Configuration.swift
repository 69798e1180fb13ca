import CreditModel
import Foundation

/// The settings in `.creditlint.yml`, found by walking up from the scanned folder.
///
/// Every key is optional; command-line options win over the file. Unknown keys are reported
/// as warnings so a typo does not silently change nothing. Keys are listed in the order
/// `creditlint dump-config` prints them.
public struct Configuration: Codable, Sendable, Equatable {
    /// The newest configuration version this creditlint understands.
    public static let currentVersion = 1
    /// The file name looked for in the scanned folder and its parents.
    public static let fileName = ".creditlint.yml"

    /// The configuration format version (default 1).
    public var version: Int?
    /// Whether the site is commercial (NC licences become errors).
    public var commercial: Bool?
    /// The lowest severity that fails the build.
    public var failOn: Severity?
    /// Fail the build when there are more warnings than this (`--max-warnings`).
    public var maxWarnings: Int?
    /// Globs of pages to scan.
    public var include: [String]?
    /// Globs of pages to skip.
    public var exclude: [String]?
    /// Accept a folder scan that finds no page (`--allow-empty`); otherwise it is an error.
    public var allowEmpty: Bool?
    /// Files larger than this many bytes are reported as failed (`--max-file-size`).
    public var maxFileSize: Int?
    /// Pages scanned at once (`--jobs`); 0 means one per CPU this process may use (``UsableCPUs``).
    public var jobs: Int?
    /// The run database (`--db`).
    public var db: String?
    /// How many runs the database keeps: after each scan the older ones are removed; 0 keeps
    /// every run (`creditlint prune --keep N` trims by hand).
    public var keepRuns: Int?
    /// Report formats, spelled as `--format` takes them.
    public var format: [String]?
    /// Where the report goes (`--output`).
    public var output: String?
    /// Colour in the text report: `auto`, `always` or `never` (`--color`).
    public var color: String?
    /// Print only the findings that fail the build (`--quiet`).
    public var quiet: Bool?
    /// The baseline file of known findings (`--baseline`).
    public var baseline: String?
    /// Fail on baseline entries that no longer match a finding (`--strict-baseline`).
    public var strictBaseline: Bool?
    /// Report inline ignores that suppressed nothing (`--report-unused-ignores`).
    public var reportUnusedIgnores: Bool?
    /// The site's own base URL (`--site-url`): image URLs under it are files under the scan root.
    public var siteURL: String?
    /// Per-rule severity: `error`, `warning`, `note` or `off`.
    public var rules: [String: String]?
    /// Licence ids (globs allowed) the site accepts; any other stated licence is a finding.
    public var acceptedLicenses: [String]?
    /// Licence ids (globs allowed) the site refuses.
    public var deniedLicenses: [String]?
    /// Selectors of elements whose text credits the image in the same figure or container.
    public var creditSelectors: [String]?
    /// Selectors of the content area: when one matches, images outside every match are skipped.
    public var contentSelectors: [String]?
    /// Selectors of areas whose images are not content (skipped as `config-selector`).
    public var ignoreSelectors: [String]?
    /// Extra licence definitions, in the columns of `Licenses/other-licenses.tsv`.
    public var licenses: [ExtraLicense]?
    /// Findings accepted on purpose, with a reason and an optional expiry date.
    public var waivers: [Waiver]?

    /// Creates an empty configuration.
    public init() {}

    /// Every key, in the order of the properties above (and of `dump-config`).
    public static let keys: [String] = [
        "version", "commercial", "failOn", "maxWarnings", "include", "exclude", "allowEmpty", "maxFileSize",
        "jobs", "db", "keepRuns", "format", "output", "color", "quiet", "baseline", "strictBaseline",
        "reportUnusedIgnores", "siteURL", "rules",
        "acceptedLicenses", "deniedLicenses", "creditSelectors", "contentSelectors",
        "ignoreSelectors", "licenses", "waivers",
    ]
    static let knownKeys = Set(keys)
}

extension Configuration {
    /// A licence the catalogue lacks, described with the columns of `other-licenses.tsv`.
    public struct ExtraLicense: Codable, Sendable, Equatable {
        /// The id reports use (`LicenseRef-AgencyX`).
        public var id: String
        /// `creative-commons`, `public-domain`, `free-stock`, `other-open` or `proprietary`.
        public var family: String
        /// The display name.
        public var name: String?
        /// The licence's canonical URL.
        public var url: String?
        /// Whether a credit is required.
        public var attribution: Bool?
        /// Whether adaptations must be shared alike.
        public var sharealike: Bool?
        /// Whether commercial use is excluded.
        public var noncommercial: Bool?
        /// Whether adaptations are excluded.
        public var noderivatives: Bool?
        /// Phrases that name the licence in a credit (`=phrase`: only as the whole text).
        public var aliases: [String]?
        /// `host/path` prefixes of URLs that name it.
        public var urls: [String]?

        /// Creates a definition.
        public init(id: String, family: String) {
            self.id = id
            self.family = family
        }

        /// The definition as a row of `other-licenses.tsv`, for the licence catalogue.
        var row: [String: String] {
            func flag(_ value: Bool?) -> String { value == true ? "yes" : "no" }
            return [
                "id": id, "family": family, "name": name ?? id, "url": url ?? "",
                "attribution": flag(attribution), "sharealike": flag(sharealike),
                "noncommercial": flag(noncommercial), "noderivatives": flag(noderivatives),
                "aliases": (aliases ?? []).joined(separator: "|"),
                "urls": (urls ?? []).joined(separator: "|"),
            ]
        }
    }

    /// A finding accepted on purpose: which pages or images, which rule, why, and until when.
    public struct Waiver: Codable, Sendable, Equatable {
        /// A glob over page paths relative to the scan root.
        public var path: String?
        /// A glob over image URLs as written in the page.
        public var image: String?
        /// The rule id waived.
        public var rule: String
        /// Why the finding is accepted (required: a waiver without a reason is not reviewable).
        public var reason: String
        /// The last day the waiver holds, `YYYY-MM-DD`; afterwards it is itself a finding.
        public var expires: String?

        /// Creates a waiver.
        public init(path: String? = nil, image: String? = nil, rule: String, reason: String, expires: String? = nil) {
            self.path = path
            self.image = image
            self.rule = rule
            self.reason = reason
            self.expires = expires
        }
    }
}

/// A configuration file that was read, with the problems worth a warning.
public struct LoadedConfiguration: Sendable {
    /// The settings.
    public var configuration: Configuration
    /// The file they came from, nil when none was found.
    public var path: String?
    /// Warnings for the user (unknown keys and rule ids).
    public var warnings: [String]
    /// The 1-based line of each waiver in the file (0 when unknown), for findings about them.
    public var waiverLines: [Int]
    /// The 1-based line of each rule id under `rules:`, for warnings about unknown ids.
    public var ruleLines: [String: Int]

    /// Creates a loaded configuration.
    public init(
        configuration: Configuration, path: String?, warnings: [String] = [], waiverLines: [Int] = [],
        ruleLines: [String: Int] = [:]
    ) {
        self.configuration = configuration
        self.path = path
        self.warnings = warnings
        self.waiverLines = waiverLines
        self.ruleLines = ruleLines
    }
}

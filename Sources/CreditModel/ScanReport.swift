/// Everything one scan found: the value every report format renders and the store records.
public struct ScanReport: Sendable, Codable, Hashable {
    /// The version of the JSON contract; bumped only on purpose.
    public static let currentSchemaVersion = 2

    /// The version of the JSON contract this report follows.
    public var schemaVersion: Int
    /// The creditlint version that produced the report.
    public var toolVersion: String
    /// The run number in the database, when the run was recorded.
    public var run: Int?
    /// The scanned folder as given on the command line.
    public var root: String
    /// When the scan started, ISO 8601 in UTC.
    public var startedAt: String
    /// The lowest severity that fails the build.
    public var failOn: Severity
    /// Whether the site was declared commercial (NC licences then fail).
    public var commercial: Bool
    /// The scanned pages, sorted by path.
    public var documents: [DocumentReport]
    /// The files that could not be scanned, sorted by path.
    public var failures: [FailedFile]
    /// The most warnings allowed before the build fails (`--max-warnings`), when set.
    public var maxWarnings: Int?
    /// Findings held back by ignores, waivers and the baseline; absent when none were.
    public var suppressed: SuppressedFindings?
    /// The comparison with `--baseline`, when one was given.
    public var baseline: BaselineStatus?

    /// Creates a report.
    public init(
        toolVersion: String, run: Int? = nil, root: String, startedAt: String,
        failOn: Severity = .error, commercial: Bool = false, documents: [DocumentReport] = [],
        failures: [FailedFile] = []
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.toolVersion = toolVersion
        self.run = run
        self.root = root
        self.startedAt = startedAt
        self.failOn = failOn
        self.commercial = commercial
        self.documents = documents
        self.failures = failures
    }

    /// Counts over the whole run.
    public var summary: ScanSummary { ScanSummary(self) }

    /// Whether any finding is at or above `failOn`, i.e. whether the build should fail.
    public var fails: Bool {
        // A file that could not be scanned is an error: its images were never checked.
        !failures.isEmpty
            || documents.contains { $0.allFindings.contains { $0.severity >= failOn } }
            || exceedsMaxWarnings
            || (baseline.map { $0.strict && !$0.stale.isEmpty } ?? false)
    }

    /// Whether there are more warnings than `maxWarnings` allows.
    public var exceedsMaxWarnings: Bool {
        guard let maxWarnings else { return false }
        return documents.reduce(0) { $0 + $1.allFindings.filter { $0.severity == .warning }.count } > maxWarnings
    }
}

extension ScanReport {
    /// The report's keys. Its JSON is the synthesized encoding, written once per report (so it
    /// has no fast writer), with `summary` beside them (see `JSONRenderer`).
    package enum CodingKeys: String, CodingKey {
        case baseline, commercial, documents, failOn, failures, maxWarnings, root, run, schemaVersion, startedAt
        case suppressed, toolVersion
    }
}

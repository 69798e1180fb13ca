/// How many findings were held back and why: inline ignores, waivers and the baseline.
///
/// Suppressed findings are not in the report and do not fail the build; these counts keep
/// them visible in the summary so that a baseline cannot quietly grow.
public struct SuppressedFindings: Sendable, Codable, Hashable {
    /// Findings suppressed by `data-creditlint-ignore` or `creditlint-ignore-next`.
    public var ignored: Int
    /// Findings suppressed by a waiver in the configuration.
    public var waived: Int
    /// Findings suppressed because the baseline lists them.
    public var baseline: Int

    /// Creates counts.
    public init(ignored: Int = 0, waived: Int = 0, baseline: Int = 0) {
        self.ignored = ignored
        self.waived = waived
        self.baseline = baseline
    }

    /// Whether nothing was suppressed.
    public var isEmpty: Bool { ignored == 0 && waived == 0 && baseline == 0 }
}

/// One known finding in a baseline file, identified without line numbers.
public struct BaselineEntry: Sendable, Codable, Hashable, Comparable {
    /// The page path relative to the scan root.
    public var path: String
    /// The rule id.
    public var rule: String
    /// The image's fingerprint (page path + URL + occurrence), or for a finding about the page
    /// itself a hash of its message; never a line number.
    public var fingerprint: String
    /// The image URL as written, for people reading the file (not part of the match).
    public var image: String?

    /// Creates an entry.
    public init(path: String, rule: String, fingerprint: String, image: String? = nil) {
        self.path = path
        self.rule = rule
        self.fingerprint = fingerprint
        self.image = image
    }

    /// What two entries must share to be the same finding.
    public var key: String { "\(path)\n\(rule)\n\(fingerprint)" }

    /// Orders by path, rule, then fingerprint, so baseline files diff well.
    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.path, lhs.rule, lhs.fingerprint) < (rhs.path, rhs.rule, rhs.fingerprint)
    }
}

/// What comparing a scan with its baseline found.
public struct BaselineStatus: Sendable, Codable, Hashable {
    /// The baseline file as given.
    public var path: String
    /// Findings the baseline knew (and suppressed).
    public var matched: Int
    /// Baseline entries no finding matched any more: fixed problems to drop from the file.
    public var stale: [BaselineEntry]
    /// Whether stale entries fail the build (`--strict-baseline`).
    public var strict: Bool

    /// Creates a status.
    public init(path: String, matched: Int, stale: [BaselineEntry], strict: Bool) {
        self.path = path
        self.matched = matched
        self.stale = stale
        self.strict = strict
    }
}

/// How serious a finding is; ordered so that `.error > .warning > .note`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, JSONWritable {
    /// Worth knowing; never fails a build unless `--fail-on note`.
    case note
    /// Falls short of a licence's terms in a way a reader may still cope with.
    case warning
    /// A credit is missing or breaks the licence; fails the build by default.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders severities from `.note` to `.error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

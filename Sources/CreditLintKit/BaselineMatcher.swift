import CreditModel
import CreditStore

/// Applies a baseline (or writes one) one page at a time, with the same outcome as
/// ``Baseline/apply(to:path:strict:)`` on the whole report.
///
/// Entries are keyed by page path, so a page's matches and its stale entries are settled as
/// soon as that page is done; only the counts and the stale entries are kept.
struct BaselineMatcher {
    /// The baseline being compared with; nil when writing one (every finding is accepted).
    private let baseline: Baseline?
    private var remaining: [String: Int] = [:]
    private var entriesByPath: [String: [(index: Int, entry: BaselineEntry)]] = [:]
    private var stale: [(index: Int, entry: BaselineEntry)] = []
    /// When writing a baseline: the entries of every finding seen.
    private(set) var written: [BaselineEntry] = []
    /// Findings the baseline knew (and suppressed).
    private(set) var matched = 0

    /// Rules whose findings come after every page (they compare pages): their entries are
    /// settled by ``settleLateEntries()`` instead of with their page.
    private let lateRules: Set<String>
    /// Entries of ``lateRules`` whose page is done, not matched yet.
    private var late: [(index: Int, entry: BaselineEntry)] = []

    /// - Parameters:
    ///   - rulesOff: Rules turned off for this scan: their entries are not checked,
    ///     neither matched nor stale, since turning a rule off does not fix what it found.
    ///   - lateRules: Rules whose findings are matched after every page (``matchLate(_:)``).
    init(baseline: Baseline?, rulesOff: Set<String> = [], lateRules: Set<String> = []) {
        self.baseline = baseline
        self.lateRules = lateRules
        for (index, entry) in (baseline?.entries ?? []).enumerated() where !rulesOff.contains(entry.rule) {
            remaining[entry.key, default: 0] += 1
            entriesByPath[entry.path, default: []].append((index, entry))
        }
    }

    /// Removes the findings the baseline knows from `document` and returns them, with where
    /// they stood; records the page's stale entries.
    mutating func apply(to document: inout DocumentReport) -> [BaselinedFinding] {
        var held: [BaselinedFinding] = []
        let path = document.path
        for index in document.images.indices {
            let image = document.images[index]
            var kept: [Finding] = []
            for (position, finding) in image.findings.enumerated() {
                let entry = BaselineEntry(
                    path: path, rule: finding.rule, fingerprint: image.fingerprint, image: image.src)
                if known(entry) {
                    held.append(BaselinedFinding(imageOrdinal: index, position: position, finding: finding))
                } else {
                    kept.append(finding)
                }
            }
            document.images[index].findings = kept
        }
        var kept: [Finding] = []
        for (position, finding) in document.findings.enumerated() {
            let entry = BaselineEntry(
                path: path, rule: finding.rule, fingerprint: Baseline.fingerprint(pageFinding: finding))
            if known(entry) {
                held.append(BaselinedFinding(imageOrdinal: nil, position: position, finding: finding))
            } else {
                kept.append(finding)
            }
        }
        document.findings = kept
        // No other page has this path: what the page did not match now is fixed for good.
        for candidate in entriesByPath.removeValue(forKey: path) ?? [] {
            if lateRules.contains(candidate.entry.rule) {
                late.append(candidate)
            } else if let count = remaining[candidate.entry.key], count > 0 {
                remaining[candidate.entry.key] = count - 1
                stale.append(candidate)
            }
        }
        return held
    }

    /// Takes pages whose findings were compared with the baseline elsewhere (by the shards a
    /// merge combines): their entries of ``lateRules`` wait for ``settleLateEntries()``, and
    /// their other entries are settled already.
    mutating func pagesComparedElsewhere(_ paths: [String]) {
        for path in paths {
            for candidate in entriesByPath.removeValue(forKey: path) ?? []
            where lateRules.contains(candidate.entry.rule) {
                late.append(candidate)
            }
        }
    }

    /// Whether the baseline knows a finding found after every page (and so suppresses it);
    /// when writing a baseline, records it and accepts it.
    mutating func matchLate(_ entry: BaselineEntry) -> Bool {
        known(entry)
    }

    /// Settles the entries of ``lateRules`` on the pages done: those no late finding matched
    /// are stale.
    mutating func settleLateEntries() {
        for candidate in late {
            if let count = remaining[candidate.entry.key], count > 0 {
                remaining[candidate.entry.key] = count - 1
                stale.append(candidate)
            }
        }
        late = []
    }

    private mutating func known(_ entry: BaselineEntry) -> Bool {
        guard baseline != nil else {
            written.append(entry)
            matched += 1
            return true
        }
        guard let count = remaining[entry.key], count > 0 else { return false }
        remaining[entry.key] = count - 1
        matched += 1
        return true
    }

    /// The comparison for the report, stale entries in the baseline file's order.
    func status(path: String, strict: Bool) -> BaselineStatus {
        BaselineStatus(
            path: path, matched: matched, stale: stale.sorted { $0.index < $1.index }.map(\.entry),
            strict: strict)
    }
}

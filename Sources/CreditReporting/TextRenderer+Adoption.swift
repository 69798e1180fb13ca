import CreditModel

extension TextRenderer {
    /// Suppressed counts and the baseline comparison, present only when they apply.
    static func adoptionLines(_ report: ScanReport) -> [String] {
        var lines: [String] = []
        if let suppressed = report.suppressed, !suppressed.isEmpty {
            lines.append(
                "suppressed: \(suppressed.ignored) by inline ignores, \(suppressed.waived) waived, "
                    + "\(suppressed.baseline) in the baseline")
        }
        if let baseline = report.baseline {
            let stale = baseline.stale.count
            lines.append(
                "baseline \(baseline.path): \(baseline.matched) known findings, "
                    + "\(stale) stale \(stale == 1 ? "entry" : "entries")"
                    + (stale == 0 ? "" : " (fixed: rewrite the baseline with --write-baseline)"))
            for entry in baseline.stale {
                let path =
                    report.root.isEmpty || report.root == "."
                    ? entry.path
                    : report.root.hasSuffix("/") ? report.root + entry.path : report.root + "/" + entry.path
                lines.append("  stale: \(path) \(entry.rule) \(entry.image ?? entry.fingerprint)")
            }
        }
        return lines
    }

    /// Why a failing report fails: findings at or above `failOn` first, then the warning
    /// limit, then stale baseline entries under `--strict-baseline`.
    static func failureReason(_ report: ReportStream) -> String {
        let failOn = report.header.failOn
        if report.hasFindingAtOrAboveFailOn { return "findings at or above \(failOn.rawValue)" }
        if report.exceedsMaxWarnings, let maxWarnings = report.header.maxWarnings {
            return "more than \(maxWarnings) warning\(maxWarnings == 1 ? "" : "s") (--max-warnings)"
        }
        return "stale baseline entries (--strict-baseline)"
    }

    /// " (N reused)" after the page count when a rescan reused unchanged pages' results.
    static func reusedNote(_ summary: ScanSummary) -> String {
        guard let reused = summary.reused, reused > 0 else { return "" }
        return " (\(reused) unchanged, results reused)"
    }
}

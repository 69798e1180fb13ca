import CreditModel
import CreditRules

/// The waivers of `.creditlint.yml`, compiled once and applied to each page's findings.
///
/// A waiver suppresses the findings of its rule on the pages its `path` glob matches and the
/// images its `image` glob matches (both when both are given). Past its `expires` day it
/// suppresses nothing and is reported instead, at each finding it would have covered.
struct WaiverSet: Sendable {
    private struct Compiled: Sendable {
        var waiver: Configuration.Waiver
        var path: Glob?
        var expired: Bool
        var line: Int
    }

    private let waivers: [Compiled]

    init(_ waivers: [Configuration.Waiver], lines: [Int], today: WaiverDate) {
        self.waivers = waivers.enumerated().map { index, waiver in
            let expires = waiver.expires.flatMap(WaiverDate.init)
            return Compiled(
                waiver: waiver, path: waiver.path.map(Glob.init), expired: expires.map { $0 < today } ?? false,
                line: index < lines.count ? lines[index] : 0)
        }
    }

    var isEmpty: Bool { waivers.isEmpty }

    /// What the waivers do to one finding: suppress it, or report the expired waivers that
    /// would have.
    enum Verdict {
        case waived
        case kept(expired: [RuleNotice])
    }

    func verdict(for finding: Finding, path: String) -> Verdict {
        var expired: [RuleNotice] = []
        for compiled in waivers where compiled.waiver.rule == finding.rule && applies(compiled, to: finding, path: path)
        {
            if !compiled.expired { return .waived }
            expired.append(
                .expiredWaiver(
                    rule: compiled.waiver.rule, reason: compiled.waiver.reason,
                    expires: compiled.waiver.expires ?? "", line: finding.line, image: finding.image))
        }
        return .kept(expired: expired)
    }

    private func applies(_ compiled: Compiled, to finding: Finding, path: String) -> Bool {
        if let glob = compiled.path, !glob.matches(path) { return false }
        if let pattern = compiled.waiver.image {
            guard let image = finding.image, LicensePolicy.matches(pattern: pattern, id: image) else { return false }
        }
        return true
    }
}

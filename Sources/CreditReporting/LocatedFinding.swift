import CreditModel
import CreditRules

/// A finding together with the page and image it is about: the flat view that annotation,
/// SARIF and summary formats print.
///
/// Files that could not be scanned appear as findings of `unreadable-file` on line 1, the
/// same way the text report and the summary count them.
public struct LocatedFinding: Sendable, Hashable {
    /// The page path relative to the scan root.
    public var path: String
    /// The page path as a person would type it where the scan was run (root joined with it).
    public var displayPath: String
    /// The image the finding is about, when it is about one.
    public var image: ScannedImage?
    /// The finding.
    public var finding: Finding
    /// Whether the finding stands for a file that could not be scanned.
    public var isFailedFile: Bool

    /// A stable identity for the finding: page path, image fingerprint (or URL) and rule,
    /// hashed. Lines are left out on purpose, so the value survives edits above the image.
    public var fingerprint: String {
        let subject = image?.fingerprint ?? finding.image ?? ""
        return StableHash.hex("\(path)\n\(subject)\n\(finding.rule)")
    }
}

extension ScanReport {
    /// Every finding of the run, failed files included, sorted by page, line, rule and image.
    public var locatedFindings: [LocatedFinding] {
        var all: [LocatedFinding] = []
        for failure in failures {
            all.append(
                LocatedFinding(
                    path: failure.path, displayPath: displayPath(failure.path), image: nil,
                    finding: RuleEngine.unreadableFileFinding(reason: failure.reason), isFailedFile: true))
        }
        for document in documents {
            let shown = displayPath(document.path)
            for finding in document.findings {
                all.append(
                    LocatedFinding(
                        path: document.path, displayPath: shown, image: nil, finding: finding, isFailedFile: false))
            }
            for image in document.images {
                for finding in image.findings {
                    all.append(
                        LocatedFinding(
                            path: document.path, displayPath: shown, image: image, finding: finding,
                            isFailedFile: false))
                }
            }
        }
        return all.sorted {
            ($0.path, $0.finding.line, $0.finding.rule, $0.finding.image ?? "")
                < ($1.path, $1.finding.line, $1.finding.rule, $1.finding.image ?? "")
        }
    }

    /// The page path as a person would type it from where the scan was run: root joined with
    /// it, without a leading `./` (GitHub matches annotation and SARIF paths literally).
    public func displayPath(_ path: String) -> String {
        var root = Substring(root)
        while root.hasPrefix("./") { root = root.dropFirst(2).drop { $0 == "/" } }
        if root.isEmpty || root == "." { return path }
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }

    /// Findings (failed files included) counted by severity, every severity present.
    var findingCounts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for severity in Severity.allCases {
            counts[severity] = summary.findingsBySeverity[severity.rawValue] ?? 0
        }
        return counts
    }
}

extension Severity {
    /// The plural noun used in counts ("2 errors", "1 note").
    func counted(_ count: Int) -> String { "\(count) \(rawValue)\(count == 1 ? "" : "s")" }
}

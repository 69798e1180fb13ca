import CreditModel
import CreditReporting
import Foundation

/// A file of known findings (`--write-baseline` / `--baseline`): adopting creditlint on a
/// site with old problems without a red build, while every new problem still fails.
///
/// Findings are identified by page path, rule and the image's fingerprint (page path, image
/// URL and occurrence), never by line: editing text above an image, or reformatting the
/// whole page, keeps its entries matching. The file is sorted JSON, so it diffs well.
public struct Baseline: Codable, Sendable, Equatable {
    /// The newest baseline format this creditlint reads.
    public static let currentVersion = 1

    /// The format version.
    public var version: Int
    /// The known findings, sorted.
    public var entries: [BaselineEntry]

    /// Creates a baseline from entries (sorted on the way in).
    public init(entries: [BaselineEntry]) {
        version = Self.currentVersion
        self.entries = entries.sorted()
    }

    /// The entries for every finding of a report.
    public init(report: ScanReport) {
        var entries: [BaselineEntry] = []
        for document in report.documents {
            for image in document.images {
                entries += image.findings.map {
                    BaselineEntry(path: document.path, rule: $0.rule, fingerprint: image.fingerprint, image: image.src)
                }
            }
            entries += document.findings.map {
                BaselineEntry(path: document.path, rule: $0.rule, fingerprint: Self.fingerprint(pageFinding: $0))
            }
        }
        self.init(entries: entries)
    }

    /// A page finding has no image, so its message (which holds no line number) stands in.
    static func fingerprint(pageFinding finding: Finding) -> String {
        ImageFingerprint.make(path: finding.rule, url: finding.message, occurrence: 0)
    }

    /// Reads a baseline file.
    ///
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)`` when it cannot be read,
    ///   is not a baseline, or comes from a newer creditlint.
    public static func load(_ path: String) throws -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CreditLintError.invalidValue(
                option: "--baseline", value: path,
                hint: "cannot read it (\(FileWalker.reason(error))); create it with --write-baseline")
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw CreditLintError.invalidValue(
                option: "--baseline", value: path, hint: "not a creditlint baseline file")
        }
        if baseline.version > currentVersion {
            throw CreditLintError.invalidValue(
                option: "--baseline", value: path,
                hint: "baseline version \(baseline.version) is newer than this creditlint reads (\(currentVersion))")
        }
        return baseline
    }

    /// Writes the baseline as sorted, pretty-printed JSON, in the JSON report's layout (its
    /// entries are the report's `baseline.stale[]` entries).
    public func write(to path: String) throws {
        do {
            try (JSONRenderer.encoder().encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CreditLintError.invalidValue(
                option: "--write-baseline", value: path, hint: "cannot write it: \(FileWalker.reason(error))")
        }
    }

    /// The entries of the rules turned off: a scan checks them neither way (see
    /// ``apply(to:path:strict:rulesOff:)``), which `scan` says in a note.
    public func unchecked(rulesOff: Set<String>) -> [BaselineEntry] {
        entries.filter { rulesOff.contains($0.rule) }
    }

    /// Removes the findings this baseline knows from the report, and records which entries
    /// matched nothing (stale) among the pages that were scanned.
    ///
    /// - Parameters:
    ///   - report: The report to filter.
    ///   - path: The baseline file, as given (for the report).
    ///   - strict: Whether stale entries fail the build.
    ///   - rulesOff: Rules turned off for this scan: their entries were not checked, so they
    ///     are neither matched nor stale (turning a rule off does not fix what it found).
    public func apply(to report: inout ScanReport, path: String, strict: Bool, rulesOff: Set<String> = []) {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[entry.key, default: 0] += 1 }
        var matched = 0
        func known(_ entry: BaselineEntry) -> Bool {
            guard let count = remaining[entry.key], count > 0 else { return false }
            remaining[entry.key] = count - 1
            matched += 1
            return true
        }
        for index in report.documents.indices {
            let documentPath = report.documents[index].path
            for position in report.documents[index].images.indices {
                let image = report.documents[index].images[position]
                report.documents[index].images[position].findings = image.findings.filter {
                    !known(BaselineEntry(path: documentPath, rule: $0.rule, fingerprint: image.fingerprint))
                }
            }
            report.documents[index].findings = report.documents[index].findings.filter {
                !known(BaselineEntry(path: documentPath, rule: $0.rule, fingerprint: Self.fingerprint(pageFinding: $0)))
            }
        }
        // Only pages that were scanned can show an entry is fixed: a changed-files run must
        // not call every other page's entries stale.
        let scanned = Set(report.documents.map(\.path))
        var stale: [BaselineEntry] = []
        for entry in entries where scanned.contains(entry.path) && !rulesOff.contains(entry.rule) {
            if let count = remaining[entry.key], count > 0 {
                remaining[entry.key] = count - 1
                stale.append(entry)
            }
        }
        var suppressed = report.suppressed ?? SuppressedFindings()
        suppressed.baseline += matched
        report.suppressed = suppressed
        report.baseline = BaselineStatus(path: path, matched: matched, stale: stale, strict: strict)
    }
}

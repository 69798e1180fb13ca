import CreditCore
import Crypto
import Foundation

extension ScanOptions {
    /// Bump when a change to the scanner or the rules changes results without a new
    /// ``CreditLint/version``, so that rescans stop reusing pages recorded before it.
    static let analysisRevision = 1

    /// A hash of every option that changes one page's results, recorded with each page: a
    /// later scan reuses a page's results only when its options hash the same (and the file's
    /// bytes and the tool version are the same).
    ///
    /// Left out on purpose: the root, include/exclude and changed-files mode (they choose
    /// pages, not results), `failOn` and `maxWarnings` (the verdict, computed afresh), the
    /// baseline (applied afresh to every page, reused or not) and the database path. The
    /// waiver day counts only when there are waivers: it decides which ones have expired.
    public var resultsFingerprint: String {
        let overrides = severityOverrides.sorted { $0.key < $1.key }.map { id, severity in
            "\(id)=\(severity?.rawValue ?? "off")"
        }
        var parts: [String] = [
            "revision \(Self.analysisRevision)",
            "commercial \(commercial)",
            "maxFileSize \(maxFileSize)",
            "reportUnusedIgnores \(reportUnusedIgnores)",
            "rules " + overrides.joined(separator: ","),
            "accepted " + licensePolicy.accepted.joined(separator: ","),
            "denied " + licensePolicy.denied.joined(separator: ","),
            "credit " + selectors.credit.map(\.text).joined(separator: "\u{1F}"),
            "content " + selectors.content.map(\.text).joined(separator: "\u{1F}"),
            "ignore " + selectors.ignore.map(\.text).joined(separator: "\u{1F}"),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if !extraLicenses.isEmpty, let data = try? encoder.encode(extraLicenses) {
            parts.append("licenses " + String(decoding: data, as: UTF8.self))
        }
        if !waivers.isEmpty, let data = try? encoder.encode(waivers) {
            parts.append("waivers " + String(decoding: data, as: UTF8.self))
            parts.append("waiverLines " + waiverLines.map(String.init).joined(separator: ","))
            parts.append("today \(today)")
        }
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\n").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}

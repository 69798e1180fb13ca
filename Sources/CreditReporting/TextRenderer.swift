import CreditModel
import Foundation

/// Renders compiler-style lines (`path:line:col: error: message [rule-id]`) grouped by file,
/// then a summary of the run.
///
/// With `color`, severities, paths and the verdict are coloured with ANSI escapes; the caller
/// decides when (a terminal, no `NO_COLOR`). With `quiet`, only the findings that fail the build
/// (at or above the report's `failOn`) are printed, without suggestions, followed by one verdict
/// line when the build fails; a passing run prints nothing.
public struct TextRenderer: ReportRenderer {
    /// Whether to colour the output with ANSI escape sequences.
    public var color: Bool
    /// Whether to print only the findings that fail the build and the failing verdict.
    public var quiet: Bool

    /// Creates the renderer; plain and complete by default.
    public init(color: Bool = false, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }

    /// Renders the report as text.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        let failOn = report.header.failOn
        var shown = 0
        var group: [String] = []
        var groupPath: String?
        // Lines are written a page at a time: a blank line closes each page's group.
        func flush() throws {
            guard groupPath != nil else { return }
            if !quiet { group.append("") }
            try output(group.joined(separator: "\n") + "\n")
            group = []
        }
        try report.forEachLocatedFinding { located in
            guard !quiet || located.finding.severity >= failOn else { return }
            if located.path != groupPath {
                try flush()
                groupPath = located.path
            }
            group += findingLines(located)
            shown += 1
        }
        try flush()
        var lines: [String] = []
        if quiet {
            if report.fails {
                // A run can fail on the warning limit or a stale baseline with nothing at or
                // above `failOn`; the reason says which.
                let reason = shown == 0 ? Self.failureReason(report) : "\(shown) at or above \(failOn.rawValue)"
                lines.append(paint("result: FAIL", .failure) + " (\(reason))")
            }
        } else {
            lines += summaryLines(report)
        }
        if !lines.isEmpty { try output(lines.joined(separator: "\n") + "\n") }
    }

    private func findingLines(_ located: LocatedFinding) -> [String] {
        let finding = located.finding
        let position = "\(Self.safePath(located.displayPath)):\(finding.line):\(finding.column ?? 1):"
        var lines = [
            "\(paint(position, .path)) \(paint(finding.severity.rawValue + ":", .severity(finding.severity))) "
                + "\(Self.visible(finding.message)) \(paint("[\(finding.rule)]", .dim))"
        ]
        if !quiet, let suggestion = finding.suggestion {
            lines.append("    \(paint("suggestion:", .dim)) \(Self.visible(suggestion))")
        }
        return lines
    }

    /// Page text with control characters shown as escapes (`\n`, `\u{1B}`), so that a hostile
    /// page can neither start a line of its own (a GitHub workflow command) nor send escape
    /// sequences to the terminal.
    static func visible(_ text: String) -> String {
        // Nearly every path, message and suggestion holds nothing to escape.
        guard text.mayActOnTerminal else { return text }
        // Line breaks read best as `\n`; every other character that could act on a terminal
        // (C0/C1 controls, line separators, bidi overrides) is written out as `\u{…}`.
        return text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            .escapingForTerminal()
    }

    /// A path made visible, with `./` in front when it would start with `:` and so turn the
    /// line into a workflow command in a GitHub Actions log.
    static func safePath(_ path: String) -> String {
        let shown = visible(path)
        return shown.hasPrefix(":") ? "./" + shown : shown
    }

    private func summaryLines(_ report: ReportStream) -> [String] {
        let summary = report.summary
        var lines: [String] = []
        let run = report.header.run.map { "run \($0): " } ?? ""
        lines.append(
            "\(run)\(summary.documents) documents scanned\(Self.reusedNote(summary)), \(summary.failedFiles) failed; "
                + "\(summary.images) content images: \(summary.credited) credited, "
                + "\(summary.uncredited) not credited; \(summary.skipped) skipped")
        let licenses = summary.imagesByLicense.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        if !licenses.isEmpty {
            lines.append("licences: " + licenses.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        let counts = report.findingCounts
        lines.append(
            "findings: " + Severity.allCases.reversed().map { $0.counted(counts[$0] ?? 0) }.joined(separator: ", "))
        if !report.header.failures.isEmpty {
            lines.append("files that could not be scanned:")
            for failure in report.header.failures {
                lines.append("  \(Self.safePath(report.displayPath(failure.path))): \(Self.visible(failure.reason))")
            }
        }
        lines += Self.adoptionLines(report.header)
        lines.append(
            report.fails
                ? paint("result: FAIL", .failure) + " (\(Self.failureReason(report)))"
                : paint("result: pass", .success))
        return lines
    }

    private enum Style {
        case path, dim, failure, success
        case severity(Severity)

        var code: String {
            switch self {
            case .path: "1"
            case .dim: "2"
            case .failure: "1;31"
            case .success: "1;32"
            case .severity(.error): "1;31"
            case .severity(.warning): "1;33"
            case .severity(.note): "1;36"
            }
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.code)m\(text)\u{1B}[0m" : text
    }
}

import CreditModel
import CreditRules
import Foundation

/// Renders a page's findings grouped by image, then a summary of the run.
///
/// Each image with findings is one block: `path:line:col: image "news/crane.jpg"`, the image's
/// tag as written in the page (when the scan recorded it), its findings (`error: message
/// [rule-id]`), and one suggestion: the credit line that would answer all of them, with what
/// of it the page already has when the line still holds `<placeholders>`. Findings about a page
/// rather than an image stay compiler-style lines (`path:line:col: error: message [rule-id]`).
///
/// With `color`, severities, paths and the verdict are coloured with ANSI escapes; the caller
/// decides when (a terminal, no `NO_COLOR`). With `quiet`, only the findings that fail the build
/// (at or above the report's `failOn`) are printed, one compiler-style line each and without
/// suggestions, so that every line of a CI log stands alone, followed by one verdict
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
        var page: [LocatedFinding] = []
        // Lines are written a page at a time: a blank line closes each page's group.
        func flush() throws {
            guard !page.isEmpty else { return }
            var lines = quiet ? page.flatMap(findingLines) : pageLines(page)
            if !quiet { lines.append("") }
            try output(lines.joined(separator: "\n") + "\n")
            page = []
        }
        try report.forEachLocatedFinding { located in
            guard !quiet || located.finding.severity >= failOn else { return }
            if located.path != page.first?.path { try flush() }
            page.append(located)
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

    /// A page's findings: those about the page itself one to a line, those about an image as one
    /// block per image (see ``imageLines(_:)``), in the order of their first line.
    private func pageLines(_ page: [LocatedFinding]) -> [String] {
        var lines: [String] = []
        var blocks: [String: Int] = [:]
        var groups: [[LocatedFinding]] = []
        for located in page {
            guard let image = located.image else {
                groups.append([located])
                continue
            }
            if let index = blocks[image.fingerprint] {
                groups[index].append(located)
            } else {
                blocks[image.fingerprint] = groups.count
                groups.append([located])
            }
        }
        for group in groups {
            lines += group[0].image == nil ? findingLines(group[0]) : imageLines(group)
        }
        return lines
    }

    /// One image's block: where it is and its name, the tag as written, each finding (severity,
    /// message, rule), then the one credit line that would answer them all and what of it the
    /// page already has.
    private func imageLines(_ group: [LocatedFinding]) -> [String] {
        let first = group[0]
        guard let image = first.image else { return group.flatMap(findingLines) }
        let column = group.lazy.compactMap(\.finding.column).first ?? 1
        let position = "\(Self.safePath(first.displayPath)):\(image.line):\(column):"
        var lines = ["\(paint(position, .path)) image \(Self.visible(image.displayName))"]
        if let snippet = image.snippet {
            lines.append("    \(paint(Self.visible(snippet), .dim))")
        }
        for located in group {
            let finding = located.finding
            lines.append(
                "    \(paint(finding.severity.rawValue + ":", .severity(finding.severity))) "
                    + "\(Self.visible(finding.message)) \(paint("[\(finding.rule)]", .dim))")
        }
        if let suggestion = RuleEngine.imageSuggestion(group.map(\.finding)) {
            lines.append("    \(paint("suggestion:", .dim)) \(Self.visible(suggestion))")
            if suggestion.contains("<") {
                // The scan recorded what is missing with its own licence catalogue; a run
                // recorded before that was kept is judged with the compiled one.
                var inventory = RuleEngine.creditInventory(of: image)
                inventory.missing = image.missingParts ?? inventory.missing
                if let sentence = inventory.sentence {
                    lines.append("    \(paint("credit:", .dim)) \(Self.visible(sentence))")
                }
            }
        }
        return lines
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

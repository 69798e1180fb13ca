/// Renders compiler-style lines (`path:line:col: error: message [rule-id]`) grouped by file,
/// then a summary of the run.
public struct TextRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders the report as plain text.
    public func render(_ report: ScanReport) throws -> String {
        var lines: [String] = []
        let failures = Dictionary(grouping: report.failures, by: \.path)
        let paths = Set(report.documents.map(\.path)).union(failures.keys).sorted()
        let documents = Dictionary(report.documents.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for path in paths {
            let shown = Self.displayPath(path, root: report.root)
            var fileLines: [String] = []
            for failure in failures[path] ?? [] {
                let finding = RuleEngine.unreadableFileFinding(reason: failure.reason)
                fileLines.append(
                    "\(shown):\(finding.line):1: \(finding.severity.rawValue): \(finding.message) "
                        + "[\(finding.rule)]")
            }
            for finding in documents[path]?.allFindings ?? [] {
                let column = finding.column ?? 1
                fileLines.append(
                    "\(shown):\(finding.line):\(column): \(finding.severity.rawValue): "
                        + "\(finding.message) [\(finding.rule)]")
                if let suggestion = finding.suggestion {
                    fileLines.append("    suggestion: \(suggestion)")
                }
            }
            if !fileLines.isEmpty {
                lines += fileLines
                lines.append("")
            }
        }
        lines += summaryLines(report)
        // Lines carry page text and file names: nothing in them may act on the terminal.
        return lines.map { $0.escapingForTerminal() }.joined(separator: "\n") + "\n"
    }

    private func summaryLines(_ report: ScanReport) -> [String] {
        let summary = report.summary
        var lines: [String] = []
        let run = report.run.map { "run \($0): " } ?? ""
        lines.append(
            "\(run)\(summary.documents) documents scanned, \(summary.failedFiles) failed; "
                + "\(summary.images) content images: \(summary.credited) credited, "
                + "\(summary.uncredited) not credited; \(summary.skipped) skipped")
        let licenses = summary.imagesByLicense.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        if !licenses.isEmpty {
            lines.append("licences: " + licenses.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        let counts = Severity.allCases.reversed().map { severity in
            let count = summary.findingsBySeverity[severity.rawValue] ?? 0
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        lines.append("findings: " + counts.joined(separator: ", "))
        if !report.failures.isEmpty {
            lines.append("files that could not be scanned:")
            for failure in report.failures {
                lines.append("  \(Self.displayPath(failure.path, root: report.root)): \(failure.reason)")
            }
        }
        lines.append(report.fails ? "result: FAIL (findings at or above \(report.failOn.rawValue))" : "result: pass")
        return lines
    }

    /// The path as a person would type it from where the scan was run: root joined with it.
    static func displayPath(_ path: String, root: String) -> String {
        if root.isEmpty || root == "." { return path }
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }
}

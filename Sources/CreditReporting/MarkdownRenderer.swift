import CreditModel

/// Renders GitHub-flavoured Markdown for pull-request comments and the GitHub Actions job
/// summary: a verdict line, a table of counts, then the findings of each page in a collapsible
/// `<details>` block with a table of line, severity, rule and message.
///
/// Page text (messages, suggestions, paths) is escaped so that it cannot break a table or
/// inject markup: `|`, backticks and Markdown punctuation get a backslash, `<`, `>` and `&`
/// become entities, and line breaks become `<br>`.
///
/// GitHub refuses a job summary over 1 MiB, so the output never exceeds ``byteBudget`` UTF-8
/// bytes: a report that would is rendered again with the most severe findings first (errors,
/// then warnings, then notes, each page by page), as many whole table rows as fit, and a last
/// line that counts the findings only the full reports (JSON, SARIF) hold.
public struct MarkdownRenderer: ReportRenderer {
    /// Below GitHub's 1 MiB (1,048,576 bytes) job-summary limit, with room to spare.
    public static let defaultByteBudget = 1_000_000

    /// The most UTF-8 bytes the output may take.
    public var byteBudget: Int

    /// Creates the renderer.
    public init(byteBudget: Int = MarkdownRenderer.defaultByteBudget) {
        self.byteBudget = byteBudget
    }

    /// Renders the report as Markdown.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        let header = headerLines(report).joined(separator: "\n")
        // The whole report is held until it is known to fit: at most the budget, however
        // large the site.
        var pieces = [header]
        var used = header.utf8.count
        var fits = true
        var group: [LocatedFinding] = []
        func flush() {
            guard fits, !group.isEmpty else { return }
            let piece = "\n\n" + pageLines(group, shown: group.count).joined(separator: "\n")
            used += piece.utf8.count
            if used + 1 > byteBudget {
                fits = false
                pieces = []
            } else {
                pieces.append(piece)
            }
            group = []
        }
        try report.forEachLocatedFinding { located in
            guard fits else { return }
            if let first = group.first, first.path != located.path { flush() }
            group.append(located)
        }
        flush()
        if fits {
            for piece in pieces { try output(piece) }
            try output("\n")
        } else {
            try renderMostSevereFirst(report, header: header, to: output)
        }
    }

    /// The verdict and the table of counts.
    private func headerLines(_ report: ReportStream) -> [String] {
        let summary = report.summary
        let counts = report.findingCounts
        var lines: [String] = []
        let run = report.header.run.map { " run \($0)" } ?? ""
        lines.append("### creditlint\(run): \(Self.cell(report.header.root))")
        lines.append("")
        let tally = Severity.allCases.reversed().map { $0.counted(counts[$0] ?? 0) }.joined(separator: ", ")
        lines.append(
            (report.fails ? "❌ **FAIL**: " : "✅ **pass**: ")
                + "\(tally) (the build fails on `\(report.header.failOn.rawValue)` and above).")
        lines.append("")
        lines.append(
            "| errors | warnings | notes | pages | failed files | content images | credited | not credited | skipped |")
        lines.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        let cells = [
            counts[.error] ?? 0, counts[.warning] ?? 0, counts[.note] ?? 0, summary.documents, summary.failedFiles,
            summary.images, summary.credited, summary.uncredited, summary.skipped,
        ]
        lines.append("| " + cells.map(String.init).joined(separator: " | ") + " |")
        return lines
    }

    /// The report cut to ``byteBudget``: one pass per severity, most severe first, each page's
    /// findings of that severity in its own block, whole rows only, then the count of the rest.
    private func renderMostSevereFirst(
        _ report: ReportStream, header: String, to output: (String) throws -> Void
    ) throws {
        let counts = report.findingCounts
        let total = counts.values.reduce(0, +)
        let note = "\n\nThis summary is cut to GitHub's size limit: the most severe findings come first."
        try output(header + note)
        // Room kept for the last line, whatever the count in it.
        var left = byteBudget - header.utf8.count - note.utf8.count - Self.omittedLine(total).utf8.count - 1
        var shown = 0
        var full = false
        for severity in Severity.allCases.reversed() where (counts[severity] ?? 0) > 0 && !full {
            let heading = "\n\n#### \(severity.rawValue.capitalized)s"
            var headingWritten = false
            var group: [LocatedFinding] = []
            func flush() throws {
                guard !full, !group.isEmpty else { return }
                // Whole rows only: the most rows whose block still fits.
                var rows = group.count
                var piece = ""
                while rows > 0 {
                    piece =
                        (headingWritten ? "" : heading) + "\n\n"
                        + pageLines(group, shown: rows).joined(separator: "\n")
                    if piece.utf8.count <= left { break }
                    // Halve the rows while far over, then drop them one at a time.
                    rows = piece.utf8.count > 2 * left ? rows / 2 : rows - 1
                }
                if rows > 0 {
                    try output(piece)
                    left -= piece.utf8.count
                    shown += rows
                    headingWritten = true
                }
                if rows < group.count { full = true }
                group = []
            }
            try report.forEachLocatedFinding { located in
                guard !full, located.finding.severity == severity else { return }
                if let first = group.first, first.path != located.path { try flush() }
                group.append(located)
            }
            try flush()
        }
        try output(Self.omittedLine(total - shown) + "\n")
    }

    /// The last line of a cut report.
    private static func omittedLine(_ count: Int) -> String {
        "\n\n… \(count) more finding\(count == 1 ? " is" : "s are") not shown here; see the JSON or SARIF report."
    }

    /// A page's block with its first `shown` findings (the summary counts those shown).
    private func pageLines(_ group: [LocatedFinding], shown: Int) -> [String] {
        let group = group.prefix(shown)
        var tally: [String] = []
        for severity in Severity.allCases.reversed() {
            let count = group.filter { $0.finding.severity == severity }.count
            if count > 0 { tally.append(severity.counted(count)) }
        }
        var lines = [
            "<details><summary><code>\(Self.html(group[group.startIndex].displayPath))</code>: \(tally.joined(separator: ", "))</summary>",
            "",
            "| line | severity | rule | message |",
            "| ---: | --- | --- | --- |",
        ]
        for located in group {
            let finding = located.finding
            var message = Self.cell(finding.message)
            if let suggestion = finding.suggestion { message += "<br>Suggestion: " + Self.cell(suggestion) }
            let position = finding.column.map { "\(finding.line):\($0)" } ?? "\(finding.line)"
            lines.append("| \(position) | \(finding.severity.rawValue) | `\(finding.rule)` | \(message) |")
        }
        lines += ["", "</details>"]
        return lines
    }

    /// Escapes text for HTML content: `&`, `<` and `>`.
    static func html(_ text: String) -> String {
        guard
            text.containsUTF8Byte(where: {
                $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            })
        else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Escapes text for one table cell: Markdown punctuation gets a backslash, HTML's special
    /// characters become entities, and CR/LF (which would end the row) become `<br>`.
    static func cell(_ text: String) -> String {
        // Controls (Cc) are below 0x20, 0x7F, or C1 with lead byte 0xC2.
        let needsEscaping = text.containsUTF8Byte { byte in
            switch byte {
            case ..<0x20, 0x7F, 0xC2: true
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "|"),
                UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "!"):
                true
            default: false
            }
        }
        guard needsEscaping else { return text }
        if !text.containsUTF8Byte(where: { $0 >= 0x80 }) { return asciiCell(text) }
        var escaped = ""
        // "\r\n" is one Character in Swift, so each line break is seen once.
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r\n", "\r", "\n": escaped += "<br>"
            case "\\", "|", "`", "*", "_", "[", "]", "~", "#", "!":
                escaped += "\\\(character)"
            default:
                if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                    escaped += " "
                } else {
                    escaped.append(character)
                }
            }
        }
        return escaped
    }

    /// ``cell(_:)`` for ASCII text, byte by byte: there every character is one byte but CR LF,
    /// and walking characters would be most of rendering the format.
    private static func asciiCell(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            ByteRewriter.rewrite(bytes) { byte, rest, escaped in
                switch byte {
                case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                    escaped += "<br>".utf8
                    // CR LF is one line break.
                    return byte == UInt8(ascii: "\r") && rest.first == UInt8(ascii: "\n") ? 1 : 0
                case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                    UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "!"):
                    escaped += [UInt8(ascii: "\\"), byte]
                case ..<0x20, 0x7F: escaped.append(UInt8(ascii: " "))
                default: escaped.append(byte)
                }
                return 0
            }
        }
    }
}

import CreditModel

/// Renders GitHub-flavoured Markdown for pull-request comments and the GitHub Actions job
/// summary: a verdict line, a table of counts, then the findings of each page in a collapsible
/// `<details>` block with a table of line, severity, rule and message.
///
/// Page text (messages, suggestions, paths) is escaped so that it cannot break a table or
/// inject markup: `|`, backticks and Markdown punctuation get a backslash, `<`, `>` and `&`
/// become entities, and line breaks become `<br>`. Nothing is truncated.
public struct MarkdownRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders the report as Markdown.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
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
        try output(lines.joined(separator: "\n"))
        // One page's findings at a time: a blank line, then its collapsible table.
        var group: [LocatedFinding] = []
        func flush() throws {
            guard !group.isEmpty else { return }
            try output("\n\n" + pageLines(group).joined(separator: "\n"))
            group = []
        }
        try report.forEachLocatedFinding { located in
            if let first = group.first, first.path != located.path { try flush() }
            group.append(located)
        }
        try flush()
        try output("\n")
    }

    private func pageLines(_ group: [LocatedFinding]) -> [String] {
        var tally: [String] = []
        for severity in Severity.allCases.reversed() {
            let count = group.filter { $0.finding.severity == severity }.count
            if count > 0 { tally.append(severity.counted(count)) }
        }
        var lines = [
            "<details><summary><code>\(Self.html(group[0].displayPath))</code>: \(tally.joined(separator: ", "))</summary>",
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

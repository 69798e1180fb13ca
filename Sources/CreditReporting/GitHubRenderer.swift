import CreditModel

/// Renders GitHub Actions workflow commands, which the runner turns into annotations on the
/// lines of a pull request: `::error file=…,line=…,col=…,title=rule-id::message`.
///
/// Errors come first, then warnings (`::warning`), then notes (`::notice`), each in page and
/// line order. GitHub shows at most ``annotationLimit`` annotations of each type per step, so
/// after that many of a type the rest are not sent; one plain line says how many were left
/// out and where to read them. A clean run prints nothing.
public struct GitHubRenderer: ReportRenderer {
    /// How many annotations of one type GitHub shows per step.
    public static let annotationLimit = 10

    /// Creates the renderer.
    public init() {}

    /// Renders one workflow command per finding, most severe first.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        // Only the annotations shown are kept; the rest are counted.
        var shown: [Severity: [String]] = [:]
        var counts: [Severity: Int] = [:]
        try report.forEachLocatedFinding { located in
            let severity = located.finding.severity
            counts[severity, default: 0] += 1
            if counts[severity, default: 0] <= Self.annotationLimit {
                shown[severity, default: []].append(command(located))
            }
        }
        var lines: [String] = []
        for severity in Severity.allCases.reversed() {
            lines += shown[severity] ?? []
            let hidden = (counts[severity] ?? 0) - Self.annotationLimit
            if hidden > 0 {
                lines.append(
                    "creditlint: \(hidden) more \(severity.rawValue)\(hidden == 1 ? "" : "s") not shown as "
                        + "annotations (GitHub shows \(Self.annotationLimit) per type per step); the text report "
                        + "(`creditlint report`) and the job summary list every finding.")
            }
        }
        if !lines.isEmpty { try output(lines.joined(separator: "\n") + "\n") }
    }

    private func command(_ located: LocatedFinding) -> String {
        let finding = located.finding
        var properties = [("file", located.displayPath), ("line", String(max(1, finding.line)))]
        if let column = finding.column { properties.append(("col", String(column))) }
        properties.append(("title", finding.rule))
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        var message = finding.message
        if let suggestion = finding.suggestion { message += "\nsuggestion: \(suggestion)" }
        return "::\(Self.command(for: finding.severity)) \(list)::\(Self.escapeData(message))"
    }

    /// The workflow command for a severity.
    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Escapes a command's message: `%`, CR and LF, as the runner expects.
    static func escapeData(_ text: String) -> String {
        guard text.containsUTF8Byte(where: { $0 == UInt8(ascii: "%") || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Escapes a property value: the message escapes plus `:` and `,`, which end a property.
    static func escapeProperty(_ text: String) -> String {
        let needsEscaping = text.containsUTF8Byte { byte in
            byte == UInt8(ascii: "%") || byte == 0x0D || byte == 0x0A || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: ",")
        }
        guard needsEscaping else { return text }
        return escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

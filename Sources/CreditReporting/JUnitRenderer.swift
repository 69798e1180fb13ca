import CreditModel
import CreditRules

/// Renders JUnit XML, the test-report format CI systems display (GitLab merge requests,
/// Jenkins, Azure Pipelines).
///
/// - One `<testsuite>` per scanned page, named by its path relative to the scan root.
/// - One `<testcase>` per content image, named by the image URL, `classname` the page path;
///   a page's own findings (not about one image) form a test case named `(page)`.
/// - Findings at or above `failOn` (errors by default: the ones that fail the build) make a
///   test case fail with one `<failure>` listing them; findings below it go to the test
///   case's `<system-out>`, so the report agrees with the exit code.
/// - A file that could not be scanned is a suite with one test case in `<error>`.
///
/// All page text is escaped, and characters XML 1.0 does not allow (most C0 controls, U+FFFE,
/// U+FFFF) are removed, so any page yields a well-formed document.
public struct JUnitRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    private struct Case {
        var name: String
        var line: Int
        var findings: [Finding]
    }

    private struct Suite {
        var name: String
        var xml: [String]
        var tests: Int
        var failures: Int
        var errors: Int
    }

    /// Renders the report as JUnit XML: one pass over the pages for the totals the root
    /// element carries, a second that writes each page's suite.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        let header = report.header
        let failed = header.failures.map { suite(for: $0, in: report) }.sorted { $0.name < $1.name }
        var totals = failed.reduce((0, 0, 0)) { ($0.0 + $1.tests, $0.1 + $1.failures, $0.2 + $1.errors) }
        try report.forEachDocument { document in
            let counts = Self.counts(for: document, failOn: header.failOn)
            totals = (totals.0 + counts.tests, totals.1 + counts.failures, totals.2)
        }
        try output(
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
                + "<testsuites name=\"creditlint\" tests=\"\(totals.0)\" failures=\"\(totals.1)\" errors=\"\(totals.2)\" "
                + "skipped=\"0\" time=\"0\" timestamp=\"\(Self.attribute(header.startedAt))\">\n")
        func write(_ suite: Suite) throws {
            let open =
                "  <testsuite name=\"\(Self.attribute(suite.name))\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" "
                + "errors=\"\(suite.errors)\" skipped=\"0\" time=\"0\" timestamp=\"\(Self.attribute(header.startedAt))\""
            let lines = suite.xml.isEmpty ? [open + "/>"] : [open + ">"] + suite.xml + ["  </testsuite>"]
            try output(lines.joined(separator: "\n") + "\n")
        }
        var next = failed.startIndex
        try report.forEachDocument(byPath: true) { document in
            while next < failed.endIndex, failed[next].name < document.path {
                try write(failed[next])
                next += 1
            }
            try write(suite(for: document, in: report))
        }
        for suite in failed[next...] { try write(suite) }
        try output("</testsuites>\n")
    }

    private func suite(for document: DocumentReport, in report: ReportStream) -> Suite {
        let failOn = report.header.failOn
        var cases = document.images.map { Case(name: $0.src, line: $0.line, findings: $0.findings) }
        if !document.findings.isEmpty {
            cases.insert(
                Case(name: "(page)", line: document.findings.map(\.line).min() ?? 1, findings: document.findings), at: 0
            )
        }
        var xml: [String] = []
        var failures = 0
        let file = report.displayPath(document.path)
        for testCase in cases {
            let failing = testCase.findings.filter { $0.severity >= failOn }
            let other = testCase.findings.filter { $0.severity < failOn }
            if !failing.isEmpty { failures += 1 }
            let open =
                "    <testcase name=\"\(Self.attribute(testCase.name))\" classname=\"\(Self.attribute(document.path))\" "
                + "file=\"\(Self.attribute(file))\" line=\"\(testCase.line)\""
            if failing.isEmpty && other.isEmpty {
                xml.append(open + "/>")
                continue
            }
            xml.append(open + ">")
            if let first = failing.first {
                let types = Array(Set(failing.map(\.rule))).sorted().joined(separator: " ")
                let body = failing.map { Self.describe($0, file: file) }.joined(separator: "\n")
                xml.append(
                    "      <failure message=\"\(Self.attribute(first.message))\" type=\"\(Self.attribute(types))\">"
                        + "\(Self.text(body))</failure>")
            }
            if !other.isEmpty {
                let body = other.map { Self.describe($0, file: file) }.joined(separator: "\n")
                xml.append("      <system-out>\(Self.text(body))</system-out>")
            }
            xml.append("    </testcase>")
        }
        return Suite(name: document.path, xml: xml, tests: cases.count, failures: failures, errors: 0)
    }

    /// The `tests` and `failures` of a page's suite (its `errors` are 0), counted as
    /// ``suite(for:in:)`` counts them but without writing it: the first pass needs only these.
    private static func counts(for document: DocumentReport, failOn: Severity) -> (tests: Int, failures: Int) {
        let cases = [document.findings] + document.images.map(\.findings)
        let tests = document.images.count + (document.findings.isEmpty ? 0 : 1)
        return (tests, cases.filter { $0.contains { $0.severity >= failOn } }.count)
    }

    private func suite(for failure: FailedFile, in report: ReportStream) -> Suite {
        let finding = RuleEngine.unreadableFileFinding(reason: failure.reason)
        let file = report.displayPath(failure.path)
        let xml = [
            "    <testcase name=\"\(Self.attribute(failure.path))\" classname=\"\(Self.attribute(failure.path))\" "
                + "file=\"\(Self.attribute(file))\" line=\"1\">",
            "      <error message=\"\(Self.attribute(finding.message))\" type=\"\(finding.rule)\">"
                + "\(Self.text(Self.describe(finding, file: file)))</error>",
            "    </testcase>",
        ]
        return Suite(name: failure.path, xml: xml, tests: 1, failures: 0, errors: 1)
    }

    /// One compiler-style line per finding, with its suggestion, for failure and output bodies.
    private static func describe(_ finding: Finding, file: String) -> String {
        var line =
            "\(file):\(finding.line):\(finding.column ?? 1): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
        if let suggestion = finding.suggestion { line += "\n    suggestion: \(suggestion)" }
        return line
    }

    /// Escapes element content: `&`, `<`, `>`, CR kept as a reference (parsers would fold it
    /// into LF), characters XML 1.0 forbids removed.
    static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// Escapes an attribute value: as ``text(_:)`` plus both quotes, and tab and LF as
    /// references so that attribute normalisation keeps them.
    static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        // U+FFFE and U+FFFF are the only characters from U+0080 up that XML forbids; their
        // UTF-8 starts with 0xEF.
        let needsEscaping = value.containsUTF8Byte { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\r"), 0xEF: true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\n"), UInt8(ascii: "\t"): quotes
            case ..<0x20: true
            default: false
            }
        }
        guard needsEscaping else { return value }
        // Byte by byte: every character handled apart is ASCII but the two non-characters.
        var value = value
        return value.withUTF8 { bytes in
            ByteRewriter.rewrite(bytes) { byte, rest, escaped in
                switch byte {
                case UInt8(ascii: "\r"): escaped += "&#13;".utf8
                case UInt8(ascii: "\"") where quotes: escaped += "&quot;".utf8
                case UInt8(ascii: "'") where quotes: escaped += "&apos;".utf8
                case UInt8(ascii: "\n") where quotes: escaped += "&#10;".utf8
                case UInt8(ascii: "\t") where quotes: escaped += "&#9;".utf8
                case UInt8(ascii: "\n"), UInt8(ascii: "\t"): escaped.append(byte)
                case ..<0x20: break
                case 0xEF where rest.count >= 2 && rest[rest.startIndex] == 0xBF && rest[rest.startIndex + 1] >= 0xBE:
                    return 2  // U+FFFE or U+FFFF (EF BF BE, EF BF BF): removed.
                default: escaped.append(byte)
                }
                return 0
            }
        }
    }
}

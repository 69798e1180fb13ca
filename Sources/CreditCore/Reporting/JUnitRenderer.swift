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
            let suite = suite(for: document, in: report)
            totals = (totals.0 + suite.tests, totals.1 + suite.failures, totals.2 + suite.errors)
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
            cases.insert(Case(name: "(page)", line: document.findings.map(\.line).min() ?? 1, findings: document.findings), at: 0)
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
        var line = "\(file):\(finding.line):\(finding.column ?? 1): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
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
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r": escaped += "&#13;"
            case "\"" where quotes: escaped += "&quot;"
            case "'" where quotes: escaped += "&apos;"
            case "\n" where quotes: escaped += "&#10;"
            case "\t" where quotes: escaped += "&#9;"
            default:
                if isAllowedInXML(scalar) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }

    /// XML 1.0's `Char` production: tab, LF, CR, and U+0020 upwards except U+FFFE and U+FFFF
    /// (surrogates cannot occur in a Swift string).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}

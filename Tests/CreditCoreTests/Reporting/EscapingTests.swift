import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditModel
@testable import CreditReporting

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every format must survive page text written by someone hostile or careless.
@Suite("Escaping of page text")
struct EscapingTests {
    static let hostile = "He said \"hi\" <b>&amp; 100% off: a,b|c `x` \r\nnext\nline\t=cmd \u{1}\u{B} Ünï 写真 @me"
    static let src = "/img/a \"b\" <c>&d,e:f%.jpg"
    static let path = "news/ä, b: c%|d.html"

    static let report: ScanReport = {
        let image = ScannedImage(
            src: src, line: 7, fingerprint: "00aa00aa00aa00aa",
            credit: ImageCredit(text: "=HYPERLINK(\"x\")", author: "+Eve", source: "-Corp", strategy: .figcaption),
            license: ImageLicense(id: "@SUM(1)", url: "\tx", evidence: "text"),
            findings: [
                Finding(
                    rule: "missing-author", severity: .error, message: hostile, line: 7, column: 3, image: src,
                    suggestion: hostile),
                Finding(rule: "missing-title", severity: .warning, message: hostile, line: 7, image: src),
            ])
        return ScanReport(
            toolVersion: "0", root: "site", startedAt: "2026-01-01T00:00:00Z",
            documents: [DocumentReport(path: path, size: 1, sha256: "", encoding: "utf-8", images: [image])],
            failures: [FailedFile(path: "bad \"x\" <y>.html", reason: hostile)])
    }()

    @Test(
        "GitHub escaping follows the runner's rules",
        arguments: [
            ("100%", "100%25", "100%25"), ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"), ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
            ("%0A", "%250A", "%250A"), ("::x::", "::x::", "%3A%3Ax%3A%3A"),
        ])
    func githubEscapes(raw: String, data: String, property: String) {
        #expect(GitHubRenderer.escapeData(raw) == data)
        #expect(GitHubRenderer.escapeProperty(raw) == property)
    }

    @Test("GitHub annotations stay one line each, with escaped properties and message")
    func github() throws {
        let output = try GitHubRenderer().render(Self.report)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("::") && !$0.contains("\r") })
        #expect(lines[0].hasPrefix("::error file=site/bad \"x\" <y>.html,line=1,title=unreadable-file::"))
        #expect(
            lines[1].hasPrefix(
                "::error file=site/news/ä%2C b%3A c%25|d.html,line=7,col=3,title=missing-author::He said"))
        #expect(lines[1].contains("100%25 off: a,b|c `x` %0D%0Anext%0Aline"))
        #expect(lines[2].hasPrefix("::warning "))
    }

    @Test("GitHub prints at most 10 annotations per type, then says how many more there are")
    func githubLimit() throws {
        var report = Self.report
        report.documents[0].images[0].findings =
            (1...13).map {
                Finding(rule: "missing-author", severity: .error, message: "m\($0)", line: $0)
            } + [Finding(rule: "missing-title", severity: .note, message: "n", line: 1)]
        report.failures = []
        let lines = try GitHubRenderer().render(report).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines[10].hasPrefix("creditlint: 3 more errors not shown as annotations"))
        #expect(lines[11].hasPrefix("::notice "))
        #expect(lines.count == 12)
    }

    @Test("text shows control characters as escapes, so page text cannot start a line or drive the terminal")
    func text() throws {
        var report = Self.report
        report.root = "."
        report.documents[0].path = "::error file=x::forged.html"
        report.documents[0].images[0].findings[1].message = "a\n::warning::forged\u{1B}[2J"
        report.documents[0].images[0].snippet = "<img alt=\"\u{1B}]0;t\u{7}\n::error::x\">"
        let output = try TextRenderer().render(report)
        let lines = output.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("::") })
        #expect(!output.contains("\r") && !output.contains("\u{1B}") && !output.contains("\u{1}"))
        #expect(output.contains("./::error file=x::forged.html:7:3: image "))
        #expect(output.contains("\n    <img alt=\"\\u{1B}]0;t\\u{7}\\n::error::x\">\n"))
        #expect(output.contains("\n    warning: a\\n::warning::forged\\u{1B}[2J"))
        #expect(output.contains("100% off: a,b|c `x` \\r\\nnext\\nline\t=cmd \\u{1}\\u{B} Ünï 写真"))
    }

    @Test("JUnit XML is well formed and keeps the text, minus characters XML forbids")
    func junit() throws {
        let xml = try JUnitRenderer().render(Self.report)
        #expect(!xml.contains("\u{1}") && !xml.contains("\u{B}"))
        let collector = AttributeCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.testcaseNames.contains(Self.src))
        let cleaned = Self.hostile.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(
            of: "\u{B}", with: "")
        #expect(collector.failureMessages.contains(cleaned))
        #expect(JUnitRenderer.attribute("a\"b'<&>\n\t") == "a&quot;b&apos;&lt;&amp;&gt;&#10;&#9;")
        #expect(JUnitRenderer.text("\u{0}x\u{FFFE}\r") == "x&#13;")
    }

    @Test("CSV fields round-trip through an RFC 4180 reader and formulas are defused")
    func csv() throws {
        let output = try CSVRenderer().render(Self.report)
        let rows = Self.parseCSV(output)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == CSVRenderer.columns.count })
        let row = rows[1]
        #expect(row[0] == Self.path)
        #expect(row[2] == Self.src)
        #expect(row[3] == "'=HYPERLINK(\"x\")")
        #expect(row[4] == "'+Eve")
        #expect(row[5] == "'-Corp")
        #expect(row[6] == "'@SUM(1)")
        #expect(row[7] == "'\tx")
        #expect(row[8] == "error")
        #expect(row[9] == "missing-author missing-title")
        #expect(CSVRenderer.field("\rx") == "\"'\rx\"")
        #expect(CSVRenderer.field("plain") == "plain")
    }

    @Test("Markdown table rows stay one line with only the column bars unescaped")
    func markdown() throws {
        let output = try MarkdownRenderer().render(Self.report)
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| 7") }
        #expect(rows.count == 2)
        for row in rows {
            let bars = row.indices.filter { row[$0] == "|" && (row[..<$0].last != "\\") }
            #expect(bars.count == 5, "\(row)")
            #expect(!row.contains("<b>") && !row.contains("\r") && !row.contains("`x`"))
        }
        #expect(output.contains("<code>site/news/ä, b: c%|d.html</code>"))
        #expect(output.contains("<code>site/bad \"x\" &lt;y&gt;.html</code>"))
        #expect(MarkdownRenderer.cell("a|b`c<d>&\r\ne\u{1}") == "a\\|b\\`c&lt;d&gt;&amp;<br>e ")
    }

    @Test("HTML shows every piece of page text as text")
    func html() throws {
        let output = try HTMLRenderer().render(Self.report)
        #expect(!output.contains("<b>&amp;"))
        #expect(output.contains("He said &quot;hi&quot; &lt;b&gt;&amp;amp; 100% off"))
        #expect(output.contains("<code>/img/a &quot;b&quot; &lt;c&gt;&amp;d,e:f%.jpg</code>"))
        #expect(output.contains("<code>site/bad &quot;x&quot; &lt;y&gt;.html</code>"))
        #expect(!output.contains("\u{1}") && !output.contains("\u{B}"))
    }

    @Test("SARIF keeps the exact text through JSON escaping")
    func sarif() throws {
        let output = try SARIFRenderer().render(Self.report)
        let results = try #require(try JSONValue.parse(output)["runs"]?[0]?["results"]?.array)
        let messages = results.compactMap { $0["message"]?["text"]?.string }
        #expect(messages.filter { $0 == Self.hostile }.count == 2)
        #expect(output.contains(#""uri" : "site/news/%C3%A4,%20b:%20c%25%7Cd.html""#))
    }

    @Test(
        "paths are named from where the scan ran, without a leading ./",
        arguments: [
            ("site", "site/a.html"), ("site/", "site/a.html"), ("./site", "site/a.html"), (".//site/", "site/a.html"),
            (".", "a.html"), ("./", "a.html"), ("", "a.html"), ("/srv/site", "/srv/site/a.html"),
        ])
    func displayPath(root: String, expected: String) {
        let report = ScanReport(toolVersion: "0", root: root, startedAt: "")
        #expect(report.displayPath("a.html") == expected)
    }

    /// A strict RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }
}

/// Collects what the JUnit test checks while the XML parser reads the document.
final class AttributeCollector: NSObject, XMLParserDelegate {
    var testcaseNames: [String] = []
    var failureMessages: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elementName == "testcase", let name = attributes["name"] { testcaseNames.append(name) }
        if elementName == "failure", let message = attributes["message"] { failureMessages.append(message) }
    }
}

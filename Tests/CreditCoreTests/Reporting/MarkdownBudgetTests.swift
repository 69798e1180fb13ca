import CreditCore
import CreditTestSupport
import Foundation
import Testing

/// GitHub refuses a job summary over 1 MiB: the Markdown report must stay under it on any site.
@Suite("Markdown report within GitHub's job-summary limit")
struct MarkdownBudgetTests {
    static let severities: [Severity] = [.note, .warning, .error]

    /// A site of `pages` pages with three images each, each image with a finding of each
    /// severity, messages long and full of characters the renderer escapes.
    static func report(pages: Int) -> ScanReport {
        let message = "Credit `x` | *bold* <b>&</b> [link](u) 写真 — " + String(repeating: "long text ", count: 12)
        var documents: [DocumentReport] = []
        for page in 0..<pages {
            let images = (0..<3).map { index in
                let src = "/media/\(page)-\(index).jpg"
                return ScannedImage(
                    src: src, line: 10 + index, fingerprint: String(format: "%016x", page * 3 + index),
                    findings: severities.map { severity in
                        Finding(
                            rule: "missing-\(severity.rawValue)", severity: severity, message: message,
                            line: 10 + index, column: 4, image: src, suggestion: "Add: `\(src)`")
                    })
            }
            documents.append(
                DocumentReport(
                    path: String(format: "news/%05d.html", page), size: 100, sha256: "", encoding: "utf-8",
                    images: images))
        }
        return ScanReport(
            toolVersion: "0", root: "site", startedAt: "2026-01-01T00:00:00Z", documents: documents,
            failures: [FailedFile(path: "broken.html", reason: "unreadable: permission denied")])
    }

    /// The table rows of findings, in output order, as their severity column.
    static func rowSeverities(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| "), let first = line.dropFirst(2).first, first.isNumber else { return nil }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 2 else { return nil }
            let severity = cells[2].trimmingCharacters(in: .whitespaces)
            return Severity(rawValue: severity) == nil ? nil : severity
        }
    }

    /// Every structure is closed: details blocks, table rows, code spans.
    static func expectWellFormed(_ markdown: String) {
        #expect(
            markdown.components(separatedBy: "<details>").count == markdown.components(separatedBy: "</details>").count)
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            #expect(line.hasSuffix(" |"), "cut row: \(line.suffix(40))")
            // Unescaped backticks open and close code spans in pairs.
            let unescaped = line.replacingOccurrences(of: "\\`", with: "").filter { $0 == "`" }.count
            #expect(unescaped % 2 == 0, "open code span: \(line.suffix(40))")
        }
    }

    @Test("thousands of findings: under 1 MiB, errors first, the rest counted in the last line")
    func largeSite() throws {
        let report = Self.report(pages: 4_000)
        let total = 4_000 * 9 + 1
        let markdown = try MarkdownRenderer().render(report)
        #expect(markdown.utf8.count <= MarkdownRenderer.defaultByteBudget)
        #expect(markdown.utf8.count < 1_048_576)
        #expect(markdown.utf8.count > MarkdownRenderer.defaultByteBudget - 10_000, "the budget is used")
        Self.expectWellFormed(markdown)
        // The summary table is there in full.
        #expect(markdown.contains("| \(4_000 * 3 + 1) | \(4_000 * 3) | \(4_000 * 3) | 4000 | 1 |"))
        let rows = Self.rowSeverities(markdown)
        #expect(rows.count > 1_000)
        #expect(rows == rows.sorted { Self.rank($0) > Self.rank($1) }, "most severe first")
        #expect(rows.first == "error" && rows.contains("error"))
        let last = try #require(markdown.split(separator: "\n").last)
        #expect(last == "… \(total - rows.count) more findings are not shown here; see the JSON or SARIF report.")
    }

    @Test("any budget: whole rows only, and shown plus not shown is every finding", arguments: [2_000, 9_000, 60_000])
    func smallBudgets(_ budget: Int) throws {
        let report = Self.report(pages: 40)
        let markdown = try MarkdownRenderer(byteBudget: budget).render(report)
        #expect(markdown.utf8.count <= budget)
        Self.expectWellFormed(markdown)
        let rows = Self.rowSeverities(markdown)
        let last = try #require(markdown.split(separator: "\n").last)
        let omitted = try #require(Int(last.dropFirst(2).prefix { $0.isNumber }))
        #expect(rows.count + omitted == 40 * 9 + 1)
        #expect(rows == rows.sorted { Self.rank($0) > Self.rank($1) })
    }

    @Test("a report that fits is not cut: no note, no last line")
    func fits() throws {
        let markdown = try MarkdownRenderer().render(Self.report(pages: 20))
        #expect(!markdown.contains("not shown here") && !markdown.contains("cut to GitHub's size limit"))
        #expect(Self.rowSeverities(markdown).count == 20 * 9 + 1)
    }

    static func rank(_ severity: String) -> Int {
        Severity(rawValue: severity).map { Self.severities.firstIndex(of: $0) ?? 0 } ?? -1
    }
}

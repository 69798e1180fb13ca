import CreditModel
import CreditRules

/// Renders one self-contained HTML page for the people who fix credits: a summary, one card
/// per content image (its thumbnail when the file is local, its credit fields and where each
/// came from, its findings), each page's images judged not content with the reason, and
/// filters by rule, page and "only problems".
///
/// The file needs no network and no script to read: the style is inline, the filter script is
/// inline and optional, and its `Content-Security-Policy` lets nothing remote load. Every
/// piece of page text is escaped (``HTMLEscaping``), and only `http:`/`https:` URLs become
/// links (``WebLink``): a `javascript:` URL stays text. Remote images are never loaded;
/// local ones come from ``LocalImageFiles``.
///
/// The pages are read twice: once for the summary at the top, once for the cards.
public struct HTMLRenderer: ReportRenderer {
    /// Where the images' files are, or nil to show every image as its URL.
    public var localImages: LocalImageFiles?

    /// Creates the renderer; without `localImages` no thumbnail is shown.
    public init(localImages: LocalImageFiles? = nil) {
        self.localImages = localImages
    }

    /// Renders the report as an HTML document.
    public func render(_ report: ReportStream, to output: (String) throws -> Void) throws {
        var findingsByRule: [String: Int] = [:]
        if !report.header.failures.isEmpty { findingsByRule[FailedFile.ruleID] = report.header.failures.count }
        try report.forEachDocument { document in
            for finding in document.findings + document.images.flatMap(\.findings) {
                findingsByRule[finding.rule, default: 0] += 1
            }
        }
        try output(head(report))
        try output(summary(report, findingsByRule: findingsByRule))
        var budget = LocalImageFiles.embeddedByteBudget
        try report.forEachDocument(byPath: true) { document in
            try output(page(document, report: report, budget: &budget))
        }
        for failure in report.header.failures.sorted(by: { $0.path < $1.path }) {
            try output(failedFile(failure, report: report))
        }
        try output("</main>\n<script>\(HTMLStyle.script)</script>\n</body>\n</html>\n")
    }

    /// The evidence shown for an image judged not content: the one place that reads it.
    static func evidenceText(of skipped: SkippedImage) -> String? {
        skipped.evidence?.summary
    }

    private func head(_ report: ReportStream) -> String {
        let header = report.header
        let root = escape(header.root)
        let counts = report.findingCounts
        let tally = Severity.allCases.reversed().map { $0.counted(counts[$0] ?? 0) }.joined(separator: ", ")
        var meta = header.run.map { ["run \($0)"] } ?? []
        meta += ["started \(escape(header.startedAt))", "creditlint \(escape(header.toolVersion))"]
        if header.commercial { meta.append("commercial site") }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLStyle.contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>creditlint report: \(root)</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>Image credits: <code>\(root)</code></h1>
            <p class="verdict \(report.fails ? "fail" : "pass")">\(report.fails ? "FAIL" : "pass"): \(tally) \
            (the build fails on \(header.failOn.rawValue) and above)</p>
            <p class="muted">\(meta.joined(separator: " · "))</p>
            </header>

            """
    }

    private func summary(_ report: ReportStream, findingsByRule: [String: Int]) -> String {
        let summary = report.summary
        let suppressed = report.header.suppressed ?? SuppressedFindings()
        let counts: [(String, Int)] = [
            ("pages", summary.documents), ("content images", summary.images), ("credited", summary.credited),
            ("missing a credit", summary.uncredited), ("not content (skipped)", summary.skipped),
            ("failed files", summary.failedFiles), ("findings waived", suppressed.waived),
            ("ignored inline", suppressed.ignored), ("in the baseline", suppressed.baseline),
        ]
        var html = "<section class=\"summary\" id=\"summary\">\n<div><dl class=\"counts\">"
        for (label, value) in counts { html += "<div><dt>\(label)</dt><dd>\(value)</dd></div>" }
        html += "</dl></div>\n"
        let rules = findingsByRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        html += "<div><table><caption class=\"muted\">Findings by rule</caption>"
        if rules.isEmpty { html += "<tr><td>none</td></tr>" }
        for (rule, count) in rules {
            html += "<tr><td><code>\(escape(rule))</code></td><td class=\"n\">\(count)</td></tr>"
        }
        html += "</table></div>\n"
        html += licenceChart(summary.imagesByLicense)
        html += "</section>\n"
        html += filters(rules: findingsByRule.keys.sorted())
        html += "<main>\n"
        return html
    }

    /// A bar per licence, widths relative to the most used one.
    private func licenceChart(_ byLicense: [String: Int]) -> String {
        let licences = byLicense.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let most = max(licences.first?.value ?? 1, 1)
        var html =
            "<div><p class=\"muted\" style=\"margin:0 0 .25rem\">Licences of content images</p><ul class=\"bars\">"
        if licences.isEmpty { html += "<li>none</li>" }
        for (id, count) in licences {
            let name = id == "none" ? "no licence stated" : id
            let width = max(count * 100 / most, 1)
            html += "<li><code>\(escape(name))</code><span class=\"bar\" style=\"width:\(width)%\"></span>"
            html += "<span class=\"n\">\(count)</span></li>"
        }
        return html + "</ul></div>\n"
    }

    /// The filter bar, hidden until the script shows it.
    private func filters(rules: [String]) -> String {
        var html = "<form id=\"filters\" hidden><label>Rule <select id=\"f-rule\"><option value=\"\">any</option>"
        for rule in rules { html += "<option value=\"\(escape(rule))\">\(escape(rule))</option>" }
        html += "</select></label>"
        html += "<label>Page <input id=\"f-page\" type=\"search\" placeholder=\"path contains…\"></label>"
        html += "<label><input id=\"f-problems\" type=\"checkbox\"> only problems</label>"
        html += "<output id=\"f-count\" class=\"muted\"></output></form>\n"
        return html
    }

    private func failedFile(_ failure: FailedFile, report: ReportStream) -> String {
        let finding = RuleEngine.unreadableFileFinding(reason: failure.reason)
        return "<section class=\"page\" data-page=\"\(escape(failure.path))\">"
            + "<h2><code>\(escape(report.displayPath(failure.path)))</code> <small>could not be scanned</small></h2>\n"
            + "<div class=\"item\" data-rules=\" \(escape(finding.rule)) \">\(findingList([finding]))</div></section>\n"
    }

    func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}

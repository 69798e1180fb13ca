import CreditModel

extension HTMLRenderer {
    /// A page's section: its own findings, a card per content image, and its skipped images
    /// folded away.
    func page(_ document: DocumentReport, report: ReportStream, budget: inout Int) -> String {
        let skipped = document.skipped.count
        var notes = ["\(document.images.count) content image\(document.images.count == 1 ? "" : "s")"]
        if skipped > 0 { notes.append("\(skipped) not content") }
        if let licence = document.pageLicense { notes.append("page licence \(escape(licence.id))") }
        if document.reusedFrom != nil { notes.append("unchanged since run \(document.reusedFrom ?? 0)") }
        var html = "<section class=\"page\" data-page=\"\(escape(document.path))\">"
        html += "<h2><code>\(escape(report.displayPath(document.path)))</code> "
        html += "<small>\(notes.joined(separator: " · "))</small></h2>\n"
        if !document.findings.isEmpty {
            html += "<div class=\"item\" data-rules=\"\(rules(document.findings))\">"
            html += "<p class=\"muted\">About the page:</p>\(findingList(document.findings))</div>\n"
        }
        if !document.images.isEmpty {
            html += "<div class=\"cards\">\n"
            for image in document.images {
                html += card(image, page: document.path, budget: &budget)
            }
            html += "</div>\n"
        }
        if skipped > 0 {
            html += "<details><summary>\(skipped) image\(skipped == 1 ? "" : "s") judged not content</summary><ul>"
            for image in document.skipped {
                html += "<li><code>\(escape(image.src))</code> <small>line \(image.line)</small>: "
                html += "<b>\(escape(image.reason))</b>"
                if let evidence = Self.evidenceText(of: image) { html += " — \(escape(evidence))" }
                html += "</li>"
            }
            html += "</ul></details>\n"
        }
        return html + "</section>\n"
    }

    /// One content image: thumbnail, URL, line, alt text, credit, fields and findings.
    private func card(_ image: ScannedImage, page: String, budget: inout Int) -> String {
        let worst = image.findings.map(\.severity).max()
        var html = "<article class=\"card item\(worst.map { " \($0.rawValue)" } ?? "")\" "
        html += "data-rules=\"\(rules(image.findings))\">"
        html += "<div class=\"thumb\">\(thumbnail(image, page: page, budget: &budget))</div><div>"
        html += "<div><code>\(escape(image.src))</code> <small>line \(image.line)</small></div>"
        if let snippet = image.snippet { html += "<div class=\"muted\"><code>\(escape(snippet))</code></div>" }
        if let alt = image.alt, !alt.isEmpty { html += "<div class=\"muted\">alt: \(escape(alt))</div>" }
        if let credit = image.credit {
            html += "<div class=\"credit\">\(escape(credit.text))</div>"
            html += fields(credit, license: image.license)
        } else {
            html += "<div class=\"credit muted\">No credit found.</div>"
        }
        if let parts = image.missingParts, !parts.isEmpty {
            html += "<div class=\"muted\">the credit lacks: \(escape(parts.joined(separator: ", ")))</div>"
        }
        if let metadata = image.metadata { html += self.metadata(metadata) }
        if let embedded = image.embedded { html += self.embedded(embedded) }
        if !image.findings.isEmpty { html += findingList(image.findings) }
        return html + "</div></article>\n"
    }

    /// An `<img>` for a local file, else why there is none.
    private func thumbnail(_ image: ScannedImage, page: String, budget: inout Int) -> String {
        if let source = localImages?.thumbnail(for: image.src, onPage: page, budget: &budget) {
            return "<img src=\"\(escape(source))\" alt=\"\" loading=\"lazy\" decoding=\"async\">"
        }
        let remote = WebLink.href(image.src) != nil || image.src.hasPrefix("//")
        return "<span>\(remote ? "remote image, not loaded" : "no local file")</span>"
    }

    /// The credit's parts, each with where it was read.
    private func fields(_ credit: ImageCredit, license: ImageLicense?) -> String {
        var rows: [(String, String)] = []
        func add(_ label: String, _ value: String?, _ field: CreditField) {
            guard let value, !value.isEmpty else { return }
            rows.append((label, escape(value) + origin(credit.origins[field])))
        }
        add("title", credit.title, .title)
        add("author", credit.author, .author)
        add("source", credit.source, .source)
        if let url = credit.sourceURL { rows.append(("source link", link(url) + origin(credit.origins[.sourceURL]))) }
        if let license {
            var value =
                escape(license.name ?? credit.licenseText ?? license.id) + " <small>(\(escape(license.id)))</small>"
            if let deed = license.url { value += " " + link(deed, text: "deed") }
            value += origin(credit.origins[.licenseText]) + " <small>read from \(escape(license.evidence))</small>"
            rows.append(("licence", value))
        } else if let text = credit.licenseText {
            rows.append(("licence", escape(text) + origin(credit.origins[.licenseText])))
        }
        if let url = credit.licenseURL, url != license?.url {
            rows.append(("licence link", link(url) + origin(credit.origins[.licenseURL])))
        }
        if let caption = credit.caption, caption != credit.text { add("caption", caption, .caption) }
        if credit.ownWork { rows.append(("own work", "yes")) }
        if !credit.modifications.isEmpty {
            rows.append(("changes", escape(credit.modifications.joined(separator: "; "))))
        }
        let seen = credit.visible ? "visible" : "not visible to readers"
        rows.append(("found by", "\(escape(credit.strategy.rawValue)), \(seen)" + origin(credit.origins[.text])))
        return "<dl class=\"fields\">" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    /// What the page's structured data says, in one line.
    private func metadata(_ metadata: ImageMetadata) -> String {
        let parts = [
            metadata.creditText.map { "credit \($0)" }, metadata.creator.map { "creator \($0)" },
            metadata.license.map { "licence \($0)" }, metadata.title.map { "title \($0)" },
        ].compactMap { $0 }
        guard !parts.isEmpty else { return "" }
        return "<div class=\"muted\">\(escape(metadata.format.rawValue)) metadata (line \(metadata.line)): "
            + "\(escape(parts.joined(separator: "; ")))</div>"
    }

    /// Where a field was read, small after its value.
    private func origin(_ origin: FieldOrigin?) -> String {
        guard let origin else { return "" }
        var text = "\(origin.method.rawValue) · \(origin.element) · line \(origin.line)"
        if let property = origin.property { text += " · \(property)" }
        return " <small>\(escape(text))</small>"
    }

    /// A live link for an http(s) URL, else the URL as text.
    func link(_ url: String, text: String? = nil) -> String {
        guard let href = WebLink.href(url) else { return "<code>\(escape(url))</code>" }
        return "<a href=\"\(escape(href))\" rel=\"noreferrer noopener\">\(escape(text ?? url))</a>"
    }

    /// The findings with rule, message and suggested fix.
    func findingList(_ findings: [Finding]) -> String {
        var html = "<ul class=\"findings\">"
        for finding in findings {
            let position = finding.column.map { "\(finding.line):\($0)" } ?? "\(finding.line)"
            html += "<li><b class=\"sev-\(finding.severity.rawValue)\">\(finding.severity.rawValue)</b> "
            html += "<code>\(escape(finding.rule))</code> \(escape(finding.message)) <small>line \(position)</small>"
            if let suggestion = finding.suggestion {
                html += "<div class=\"fix\">Suggested credit: <code>\(escape(suggestion))</code></div>"
            }
            html += "</li>"
        }
        return html + "</ul>"
    }

    /// The rule ids as the filter script matches them: space-separated, spaces around.
    private func rules(_ findings: [Finding]) -> String {
        findings.isEmpty ? "" : " " + Set(findings.map(\.rule)).sorted().map(escape).joined(separator: " ") + " "
    }
}

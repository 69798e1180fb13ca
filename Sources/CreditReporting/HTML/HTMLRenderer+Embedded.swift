import CreditModel

extension HTMLRenderer {
    /// What the image file itself says about its credit (IPTC, XMP, Exif), each field with the
    /// block it was read from, so an editor can compare it with the visible credit.
    func embedded(_ embedded: EmbeddedMetadata) -> String {
        let fields: [(EmbeddedMetadata.Field, String, String?)] = [
            (.creator, "creator", embedded.creator), (.creditLine, "credit line", embedded.creditLine),
            (.copyrightNotice, "copyright", embedded.copyrightNotice), (.source, "source", embedded.source),
            (.webStatement, "web statement", embedded.webStatement), (.usageTerms, "usage terms", embedded.usageTerms),
            (.licensor, "licensor", embedded.licensor),
        ]
        var rows = ""
        for (field, label, value) in fields {
            guard let value, !value.isEmpty else { continue }
            // Rights pages are URLs: live links only for http(s), as everywhere in the report.
            let shown = field == .webStatement || field == .licensor ? link(value) : escape(value)
            let block = embedded.from[field].map { " <small>\(escape($0.rawValue))</small>" } ?? ""
            rows += "<dt>\(label)</dt><dd>\(shown)\(block)</dd>"
        }
        if let note = embedded.note { rows += "<dt>note</dt><dd>\(escape(note))</dd>" }
        let file = "<code>\(escape(embedded.file))</code>"
        guard !rows.isEmpty else { return "<div class=\"muted\">the file \(file) names no one in its metadata</div>" }
        return "<div class=\"muted\">in the file \(file):</div><dl class=\"fields\">\(rows)</dl>"
    }
}

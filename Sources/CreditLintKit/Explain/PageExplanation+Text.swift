import CreditModel

extension PageExplanation {
    /// The explanation as text for a reader: the article, then one block per image.
    public func text() -> String {
        var lines = ["\(path)"]
        if let article {
            lines.append("article: \(article)" + (articleBasis.map { " — \($0)" } ?? ""))
        } else {
            lines.append("article: none recognised; every image counts as inside")
        }
        if images.isEmpty { lines.append("no image elements") }
        for image in images {
            lines.append("")
            lines += image.textLines()
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ExplainedImage {
    /// The image's block: a heading line, then indented lines.
    func textLines() -> [String] {
        let verdict = content ? "content" : "not content: \(reason ?? "")"
        var lines = ["#\(number) \(element) \(src) (line \(line)) — \(verdict)"]
        lines.append("   article: " + placement)
        if content {
            lines.append("   decision: kept — no skip rule matched" + (size.map { "; shown at \($0)" } ?? ""))
            if let threshold = evidence.threshold {
                lines.append("   weighed as a teaser (it links to another page): " + signalText(threshold: threshold))
            }
            lines += creditLines
            lines.append("   licence: " + licenceText)
            if findings.isEmpty {
                lines.append("   findings: none")
            } else {
                lines.append("   findings:")
                lines += findings.map { "     \($0.severity.rawValue) \($0.rule) (line \($0.line)): \($0.message)" }
            }
        } else {
            lines += skipLines
        }
        return lines
    }

    private var placement: String {
        switch evidence.inArticle {
        case true?: "inside \(evidence.article ?? "the article")"
        case false?:
            content
                ? "outside \(evidence.article ?? "the article"), kept as its lead"
                : "outside \(evidence.article ?? "the article")"
        case nil: "no article recognised"
        }
    }

    private var skipLines: [String] {
        var lines: [String] = []
        let check = evidence.check.map { "check \($0)" } ?? "skipped"
        lines.append("   decision: \(check)" + (evidence.summary.map { " — \($0)" } ?? ""))
        if let size { lines.append("   size: \(size)") }
        if let signals = evidence.signals, !signals.isEmpty {
            lines.append("   signals: " + signalText(threshold: evidence.threshold))
        }
        if let duplicateOf = evidence.duplicateOf {
            lines.append("   duplicates: \(duplicateOf)")
        }
        return lines
    }

    /// The weighed signals with their weights, their total and the threshold.
    private func signalText(threshold: Int?) -> String {
        let signals = evidence.signals ?? []
        let listed =
            signals.isEmpty
            ? "no signal fired"
            : signals.map { "\($0.detail) (\($0.weight > 0 ? "+" : "")\($0.weight) \($0.name))" }
                .joined(separator: ", ")
        let total = signals.reduce(0) { $0 + $1.weight }
        return listed + (threshold.map { "; total \(total), needs \($0)" } ?? "")
    }

    private var creditLines: [String] {
        var lines: [String] = []
        if let credit {
            let strategy = evidence.strategy.map { "strategy \($0)" } ?? "strategy \(credit.strategy.rawValue)"
            let location = credit.origins[.text].map { " (\($0.element), line \($0.line))" } ?? ""
            lines.append(
                "   credit: \"\(credit.text)\" — \(strategy)\(location)" + (credit.visible ? "" : ", not visible"))
            for (field, value) in fieldValues(of: credit) {
                let origin = credit.origins[field].map {
                    " from \($0.element) (line \($0.line), \($0.method.rawValue))"
                }
                lines.append("     \(field.rawValue): \"\(value)\"" + (origin ?? ""))
            }
        } else {
            lines.append("   credit: none found")
        }
        for candidate in evidence.candidates ?? [] {
            lines.append("     also found: \(candidate.strategy) \"\(candidate.text)\" (lost: \(candidate.reason))")
        }
        return lines
    }

    private func fieldValues(of credit: ImageCredit) -> [(CreditField, String)] {
        let values: [(CreditField, String?)] = [
            (.author, credit.author), (.source, credit.source), (.title, credit.title),
            (.licenseText, credit.licenseText), (.licenseURL, credit.licenseURL), (.sourceURL, credit.sourceURL),
        ]
        return values.compactMap { field, value in value.map { (field, $0) } }
    }

    private var licenceText: String {
        guard let license else { return "none stated" }
        let read =
            switch license.evidence {
            case "text": "read from the credit's text"
            case "url": "read from the licence link"
            case "text+url": "read from the credit's text and its licence link"
            default: "read from \(license.evidence)"
            }
        let from = evidence.licenseFrom.map { ", \($0)" } ?? ""
        return "\(license.id)\(license.name.map { " (\($0))" } ?? "") — \(read)\(from)"
    }
}

import Foundation

/// Prints a ``CreditsRegister`` as text, Markdown, HTML or JSON, grouped by page or by image.
///
/// Each credit is one line in TASL order: title, author, source, licence with its link (the
/// form Creative Commons recommends); a credit that could not be split is quoted whole. Page
/// text is escaped for the format, and only `http:`/`https:` URLs become links.
public struct CreditsRenderer: Sendable {
    /// The output formats of `creditlint credits`.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text, one line per credit.
        case text
        /// Markdown, ready for a site's "Image credits" page.
        case markdown
        /// A self-contained HTML page.
        case html
        /// JSON: the register's two lists (the grouping does not apply).
        case json
    }

    /// How credits are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        /// Under each page, the credits of its images.
        case page
        /// Under each image URL, its credit and the pages it appears on.
        case image
    }

    /// The output format.
    public var format: Format
    /// The grouping.
    public var grouping: Grouping

    /// Creates the renderer.
    public init(format: Format, grouping: Grouping = .page) {
        self.format = format
        self.grouping = grouping
    }

    /// The register in the format, ending with a newline.
    public func render(_ register: CreditsRegister) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(register), as: UTF8.self) + "\n"
        case .text: return lines(register, markup: .text).joined(separator: "\n") + "\n"
        case .markdown: return lines(register, markup: .markdown).joined(separator: "\n") + "\n"
        case .html: return html(register)
        }
    }

    /// The groups: a heading (page path or image URL) and its entries, in order.
    func groups(_ register: CreditsRegister) -> [(key: String, entries: [CreditsRegister.Entry])] {
        var order: [String] = []
        var groups: [String: [CreditsRegister.Entry]] = [:]
        for entry in register.credited {
            let key = grouping == .page ? entry.page : entry.image
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry)
        }
        if grouping == .image { order.sort() }
        return order.map { ($0, groups[$0] ?? []) }
    }

    private func lines(_ register: CreditsRegister, markup: CreditsMarkup) -> [String] {
        var lines: [String] = []
        let run = register.run.map { ", run \($0)" } ?? ""
        switch markup {
        case .text: lines.append("Image credits: \(markup.plain(register.root))\(run)")
        default: lines.append("# Image credits")
        }
        if register.credited.isEmpty { lines += ["", "No credited images."] }
        for (key, entries) in groups(register) {
            lines.append("")
            lines.append(markup == .text ? markup.plain(key) : "## \(markup.code(key))")
            if markup == .markdown { lines.append("") }
            let bullet = markup == .text ? "  " : "- "
            if grouping == .page {
                for entry in entries {
                    lines.append(bullet + markup.code(entry.image) + ": " + tasl(entry, markup))
                }
            } else {
                // One line per distinct credit, with the pages that carry it.
                var seen: [String] = []
                var pages: [String: [String]] = [:]
                for entry in entries {
                    let line = tasl(entry, markup)
                    if pages[line] == nil { seen.append(line) }
                    pages[line, default: []].append("\(markup.code(entry.page)) line \(entry.line)")
                }
                for line in seen {
                    lines.append(bullet + line + " (on " + (pages[line] ?? []).joined(separator: ", ") + ")")
                }
            }
        }
        lines.append("")
        lines.append(
            markup == .text
                ? "Images without a credit: \(register.uncredited.count)"
                : "## Images without a credit (\(register.uncredited.count))")
        if markup == .markdown && !register.uncredited.isEmpty { lines.append("") }
        let bullet = markup == .text ? "  " : "- "
        for missing in register.uncredited {
            lines.append(bullet + "\(markup.code(missing.page)) line \(missing.line): \(markup.code(missing.image))")
        }
        return lines
    }

    /// The credit in TASL order: “Title” by Author, via Source, licensed under Licence.
    func tasl(_ entry: CreditsRegister.Entry, _ markup: CreditsMarkup) -> String {
        guard entry.hasParts else { return "credit “\(markup.plain(entry.credit))”" }
        var parts: [String] = []
        switch (entry.title, entry.author) {
        case (let title?, let author?): parts.append("“\(markup.plain(title))” by \(markup.plain(author))")
        case (let title?, nil): parts.append("“\(markup.plain(title))”")
        case (nil, let author?): parts.append("By \(markup.plain(author))")
        case (nil, nil): break
        }
        if let source = entry.source {
            parts.append("via " + markup.link(source, entry.sourceURL))
        } else if let url = entry.sourceURL {
            parts.append("source " + (markup == .text ? markup.plain(url) : markup.link(url, url)))
        }
        if let license = entry.license {
            parts.append("licensed under " + markup.link(license, entry.licenseURL))
        } else {
            parts.append("licence not stated")
        }
        return parts.joined(separator: ", ")
    }
}

import CreditDocument
import CreditLicenses
import CreditModel
import Foundation

/// Reads schema.org `ImageObject`s from the page's JSON-LD scripts, wherever they are nested
/// (an Article's `image`, a `@graph`, a list).
///
/// Broken JSON is common (CMS templates, trailing commas); such a script is passed over, as
/// are types other than `ImageObject`.
enum JSONLDReader {
    static func read(_ document: HTMLDocument) -> [StructuredCredit] {
        var found: [StructuredCredit] = []
        for script in document.elements(named: ["script"]) {
            let node = document.nodes[script]
            guard node.attribute("type")?.trimmingWhitespace().lowercased() == "application/ld+json" else { continue }
            let source = unwrapped(node.children.map { document.nodes[$0].text }.joined())
            // Only an `@type` ending in "ImageObject" yields anything, and JSON can spell that
            // only as is or with `\u` escapes: the SEO graphs of most pages are not parsed.
            guard source.containsText("ImageObject") || source.containsText("\\u") else { continue }
            guard let data = source.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            var objects: [[String: Any]] = []
            collectImageObjects(json, depth: 0, into: &objects)
            for object in objects {
                guard let credit = structuredCredit(object, line: node.line) else { continue }
                found.append(credit)
            }
        }
        return found
    }

    /// The script's JSON without the wrappers templates put around it for old XHTML parsers
    /// (`<![CDATA[ … ]]>`, `//<![CDATA[`, `<!-- … -->`).
    static func unwrapped(_ source: String) -> String {
        var text = source.trimmingWhitespace()
        for (open, close) in [("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->")] {
            if text.hasPrefix(open) { text = String(text.dropFirst(open.count)).trimmingWhitespace() }
            if text.hasSuffix(close) { text = String(text.dropLast(close.count)).trimmingWhitespace() }
        }
        return text
    }

    /// Walks the JSON tree, bounded in depth so a hostile script cannot exhaust the stack.
    private static func collectImageObjects(_ value: Any, depth: Int, into objects: inout [[String: Any]]) {
        guard depth < 32 else { return }
        if let list = value as? [Any] {
            for item in list { collectImageObjects(item, depth: depth + 1, into: &objects) }
        } else if let object = value as? [String: Any] {
            if isImageObject(object) { objects.append(object) }
            for (_, child) in object { collectImageObjects(child, depth: depth + 1, into: &objects) }
        }
    }

    private static func isImageObject(_ object: [String: Any]) -> Bool {
        let types =
            (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        return types.contains { $0.hasSuffix("ImageObject") }
    }

    private static func structuredCredit(_ object: [String: Any], line: Int) -> StructuredCredit? {
        var properties: [String: String] = [:]
        func value(_ keys: String..., as field: String) -> String? {
            for key in keys {
                if let text = name(of: object[key]) {
                    properties[field] = key
                    return text
                }
            }
            return nil
        }
        let metadata = ImageMetadata(
            format: .jsonLD, line: line, creditText: value("creditText", as: "creditText"),
            creator: value("creator", "author", as: "creator"),
            copyrightNotice: value("copyrightNotice", "copyrightHolder", as: "copyrightNotice"),
            license: value("license", as: "license"),
            acquireLicensePage: value("acquireLicensePage", as: "acquireLicensePage"),
            title: value("name", "headline", as: "title"))
        guard !metadata.isEmpty else { return nil }
        let urls = ["contentUrl", "url", "@id", "embedUrl"].flatMap { strings(object[$0]) }
        return StructuredCredit(
            metadata: metadata, imageURLs: urls, scope: nil, element: "script[type=application/ld+json]",
            properties: properties)
    }

    /// A property's text: a string, a thing's `name` (or its `@id`/`url` for licences), or the
    /// names of a list joined with commas.
    static func name(of value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.collapsingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        if let object = value as? [String: Any] {
            return name(of: object["name"]) ?? name(of: object["url"]) ?? name(of: object["@id"])
        }
        if let list = value as? [Any] {
            let names = list.compactMap { name(of: $0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    private static func strings(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        if let list = value as? [Any] { return list.flatMap { strings($0) } }
        return []
    }
}

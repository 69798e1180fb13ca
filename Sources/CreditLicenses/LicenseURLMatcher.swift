/// Identifies licences from URLs: Creative Commons deeds, legal codes, badges and archived
/// copies, plus the known URLs of other terms.
enum LicenseURLMatcher {
    /// Hosts that serve Creative Commons licence pages or badge images.
    static let ccHosts: Set<String> = [
        "creativecommons.org", "i.creativecommons.org", "licensebuttons.net", "i.licensebuttons.net",
    ]

    /// Identifies the licence a URL names; unknown or invalid URLs are `.none`.
    static func identify(_ raw: String) -> LicenseIdentification {
        guard let url = split(raw) else { return .none }
        if url.host == "web.archive.org" { return identifyArchived(path: url.path) }
        if ccHosts.contains(url.host) { return identifyCC(host: url.host, path: url.path) }
        return identifyOther(host: url.host, path: url.path)
    }

    /// A URL reduced to what identification needs: lower-cased host without `www.` and port,
    /// and the path without query and fragment.
    struct Parts {
        let host: String
        let path: String
    }

    /// Splits a URL (with or without scheme; `//host/…` too) into host and path.
    static func split(_ raw: String) -> Parts? {
        var text = raw.trimmingWhitespace()
        while let first = text.first, "<\"'([".contains(first) { text.removeFirst() }
        while let last = text.last, ">\"').,;]".contains(last) { text.removeLast() }
        var rest = Substring(text)
        // A "://" after the first "/" belongs to an embedded URL (the Wayback Machine's),
        // not to this one's scheme.
        if let scheme = rest.firstRange(ofText: "://"), !rest[..<scheme.lowerBound].contains("/") {
            guard rest[..<scheme.lowerBound].allSatisfy({ $0.isLetter }) else { return nil }
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        }
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        guard host.contains("."), !host.contains(" ") else { return nil }
        var path = rest[hostEnd...]
        // The Wayback Machine embeds a whole URL (with its own `?`) in the path: keep it intact.
        if host != "web.archive.org",
            let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" })
        {
            path = path[..<cut]
        }
        return Parts(host: host, path: String(path))
    }

    /// `web.archive.org/web/20190101000000/https://creativecommons.org/…` → the inner URL.
    static func identifyArchived(path: String) -> LicenseIdentification {
        let segments = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true)
        guard segments.count == 3, segments[0] == "web" else { return .none }
        return identify(String(segments[2]))
    }

    /// Path segments that select a view of a licence rather than a different licence.
    static func isViewSegment(_ segment: String) -> Bool {
        segment == "deed" || segment.hasPrefix("deed.") || segment == "legalcode"
            || segment.hasPrefix("legalcode.") || segment == "rdf" || segment.hasPrefix("index.")
    }

    /// Creative Commons paths: `licenses/<unit>/<version>[/<port>]`, `publicdomain/…`, the
    /// `share-your-work` pages for CC0 and the Mark, and badge images under `/l/` and `/p/`.
    static func identifyCC(host: String, path: String) -> LicenseIdentification {
        var segments = path.lowercased().split(separator: "/").map(String.init)
        if host != "creativecommons.org" {
            // Badges: /l/by-sa/3.0/88x31.png and /p/zero/1.0/88x31.png.
            if let last = segments.last, [".png", ".gif", ".svg", ".jpg"].contains(where: last.hasSuffix) {
                segments.removeLast()
            }
            if segments.first == "l" { segments[0] = "licenses" }
            if segments.first == "p" { segments[0] = "publicdomain" }
        }
        while let last = segments.last, isViewSegment(last) { segments.removeLast() }
        let store = LicenseStore.shared

        if segments.count == 3, segments[0] == "share-your-work", segments[1] == "public-domain" {
            switch segments[2] {
            case "cc0": return found(store.byCCPath["publicdomain/zero/1.0"])
            case "pdm": return found(store.byCCPath["publicdomain/mark/1.0"])
            default: return .none
            }
        }
        guard segments.count >= 2, segments.count <= 4,
            segments[0] == "licenses" || segments[0] == "publicdomain"
        else { return .none }
        var unit = segments[1]
        if unit == "cc0" { unit = "zero" }

        if segments.count == 2 {
            // Legacy paths without a version (`licenses/publicdomain/`) name one tool; a bare
            // unit (`licenses/by/`) names a family.
            if let legacy = store.byCCPath[segments.joined(separator: "/")] { return .identified(legacy) }
            return store.units.contains(unit) ? .ambiguous(family: unit) : .none
        }
        let tail = segments[2...].joined(separator: "/")
        for category in [segments[0], segments[0] == "licenses" ? "publicdomain" : "licenses"] {
            if let definition = store.byCCPath["\(category)/\(unit)/\(tail)"] {
                return .identified(definition)
            }
        }
        return .none
    }

    /// Other terms by `host/path` prefix from `other-licenses.tsv`.
    static func identifyOther(host: String, path: String) -> LicenseIdentification {
        let trimmedPath = path.lowercased().split(separator: "/").joined(separator: "/")
        let key = trimmedPath.isEmpty ? host : "\(host)/\(trimmedPath)"
        var best: (length: Int, definition: LicenseDefinition)?
        for term in LicenseStore.shared.otherTerms {
            for pattern in term.urlPatterns where key == pattern || key.hasPrefix(pattern + "/") {
                if pattern.count > (best?.length ?? 0) { best = (pattern.count, term.definition) }
            }
        }
        return best.map { .identified($0.definition) } ?? .none
    }

    private static func found(_ definition: LicenseDefinition?) -> LicenseIdentification {
        definition.map { .identified($0) } ?? .none
    }
}

import CreditLicenses

/// What a link around an image leads to, read from its `href` alone.
///
/// Content pictures link to their own larger file, if anywhere; a picture that leads to
/// another page is a teaser, an advertisement or a button, which the skip rules weigh with
/// what else they see (``ImageSkipRules``).
enum LinkTarget: Equatable {
    /// No target a reader could follow: no `href`, `#`, `javascript:`.
    case none
    /// An anchor on the same page (`#comments`).
    case fragment
    /// A picture file: the full size of the image, usually.
    case imageFile
    /// A download such as a PDF report.
    case document
    /// Another page: its host (nil for a relative link) and its lower-cased path.
    case page(host: String?, path: String)

    /// Reads an `href`.
    init(_ href: String?) {
        guard let raw = href?.trimmingWhitespace(), !raw.isEmpty else {
            self = .none
            return
        }
        let lowered = raw.lowercased()
        if lowered.hasPrefix("#") {
            self = lowered.count == 1 ? .none : .fragment
            return
        }
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("mailto:") || lowered.hasPrefix("tel:") {
            self = .none
            return
        }
        if ImageSkipRules.linksToImageFile(lowered) {
            self = .imageFile
            return
        }
        let path = Self.path(of: lowered)
        if Self.documentExtensions.contains(where: path.hasSuffix) {
            self = .document
            return
        }
        self = .page(host: Self.host(of: lowered), path: path)
    }

    /// File endings of downloads rather than pages.
    static let documentExtensions = [
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".epub", ".mp3",
    ]

    /// The host of an absolute or scheme-relative URL, without `www.`; nil for a relative one.
    static func host(of url: String) -> String? {
        guard let rest = afterScheme(url) else { return nil }
        let host: Substring
        if url.isASCIIOnly {
            // Bytes are characters in ASCII text: no grapheme walk over the URL.
            let end = rest.utf8.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 || $0 == 0x3A } ?? rest.endIndex
            host = rest[..<end]
        } else {
            host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    /// The path of a URL (absolute or relative), without query and fragment.
    static func path(of url: String) -> String {
        guard url.isASCIIOnly else { return characterPath(of: url) }
        var rest = Substring(url)
        if let authority = afterScheme(url) {
            rest = authority[(authority.utf8.firstIndex(of: 0x2F) ?? authority.endIndex)...]
        }
        return String(rest[..<(rest.utf8.firstIndex { $0 == 0x3F || $0 == 0x23 } ?? rest.endIndex)])
    }

    /// ``path(of:)`` walking characters, for URLs that are not all ASCII (where a combining
    /// mark may join a `/` or `?` into another character).
    static func characterPath(of url: String) -> String {
        var rest = Substring(url)
        if let authority = afterScheme(url) {
            rest = authority.drop { $0 != "/" }
        }
        return String(rest.prefix { $0 != "?" && $0 != "#" })
    }

    /// What follows the scheme's `://` or a leading `//`; nil for a relative URL. The one
    /// reading of where a URL's authority starts, for every check that compares URLs.
    static func afterScheme(_ url: Substring) -> Substring? {
        if let scheme = url.firstRange(ofText: "://") { return url[scheme.upperBound...] }
        guard url.utf8.starts(with: "//".utf8) else { return nil }
        return url[url.utf8.index(url.startIndex, offsetBy: 2)...]
    }

    static func afterScheme(_ url: String) -> Substring? {
        afterScheme(Substring(url))
    }

    /// The path's segments (`/shop/gift/` → `shop`, `gift`).
    var pathSegments: [Substring] {
        guard case .page(_, let path) = self else { return [] }
        return path.split(separator: "/")
    }
}

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
        let rest: Substring
        if let scheme = url.firstRange(ofText: "://") {
            rest = url[scheme.upperBound...]
        } else if url.hasPrefix("//") {
            rest = url.dropFirst(2)
        } else {
            return nil
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    /// The path of a URL (absolute or relative), without query and fragment.
    static func path(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = url.firstRange(ofText: "://") {
            rest = url[scheme.upperBound...].drop { $0 != "/" }
        } else if url.hasPrefix("//") {
            rest = url.dropFirst(2).drop { $0 != "/" }
        }
        return String(rest.prefix { $0 != "?" && $0 != "#" })
    }

    /// The path's segments (`/shop/gift/` → `shop`, `gift`).
    var pathSegments: [Substring] {
        guard case .page(_, let path) = self else { return [] }
        return path.split(separator: "/")
    }
}

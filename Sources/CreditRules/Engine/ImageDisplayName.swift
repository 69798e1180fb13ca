import CreditModel

extension ScannedImage {
    /// How messages and reports name the image, quoted: its file name with up to two folders
    /// (`"news/2024/crane.jpg"`), never a whole URL and never a bare generic name.
    ///
    /// A file name that tells nothing apart (`image.php`, `index.jpg`, `img`, a hash or a
    /// number) is followed by what does: the query's identifying parameter
    /// (`"image.php?id=4711"`), and the alt text when there is one (`"a/index.jpg" (alt: "A
    /// crane at dusk")`). Each part is cut to about 60 characters.
    public var displayName: String { ImageDisplayName.make(src: src, alt: alt) }
}

/// The rules of ``ScannedImage/displayName``, kept apart so that they can be tested as a table.
package enum ImageDisplayName {
    /// The longest part (location or alt text) shown before it is cut with `…`.
    static let maxLength = 60
    /// File stems that name a kind of file or a handler, not a picture.
    static let genericStems: Set<String> = [
        "image", "images", "img", "photo", "photos", "picture", "pictures", "pic", "pics", "foto", "bild",
        "index", "default", "file", "files", "download", "get", "show", "view", "media", "thumb",
        "thumbnail", "preview", "original", "large", "medium", "small", "full", "main", "resize",
        "render", "display", "asset", "assets", "content", "upload", "uploads", "blob", "raw",
    ]
    /// Extensions of server scripts: their file name is a handler's, never the picture's.
    static let scriptExtensions: Set<String> = [
        "php", "asp", "aspx", "ashx", "axd", "cgi", "jsp", "pl", "py", "cfm", "do", "action",
    ]
    /// Query keys that usually identify the picture, in order of preference.
    static let identifyingKeys = [
        "id", "image", "img", "file", "filename", "name", "src", "photo", "pic", "media", "uuid", "key",
    ]

    /// The display name of an image at `src` with `alt` text.
    package static func make(src: String, alt: String?) -> String {
        let altText = alt.map(collapsed).flatMap { $0.isEmpty ? nil : $0 }
        if src.lowercased().hasPrefix("data:") {
            return altText.map { "(inline data: image, alt: \(quoted(cut($0))))" } ?? "(inline data: image)"
        }
        let (host, folders, name, query) = parts(of: src)
        if !name.isEmpty, !isGeneric(name) {
            return quoted(cutFromStart(located(name, in: folders)))
        }
        var location: String
        if let identifier = identifyingParameter(query) {
            location = name + "?" + identifier
        } else if !name.isEmpty {
            location = located(name, in: folders)
        } else {
            location = folders.last.map(String.init) ?? host ?? src
        }
        location = quoted(cutFromStart(location.isEmpty ? src : location))
        guard let altText else { return location }
        return "\(location) (alt: \(quoted(cut(altText))))"
    }

    /// The host (when the URL names one), the folders, the file name and the query of `src`.
    static func parts(of src: String) -> (host: String?, folders: [Substring], name: String, query: Substring) {
        var rest = Substring(src)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var host: String?
        if let scheme = schemeEnd(rest) {
            let afterScheme = rest[scheme...]
            let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            host = String(afterScheme[..<slash])
            rest = afterScheme[slash...]
        }
        var segments = rest.split(separator: "/")
        let name = rest.hasSuffix("/") ? "" : segments.popLast().map(String.init) ?? ""
        return (host, segments, name, query)
    }

    /// Where the host starts in `url`: after `//` that ends a scheme or opens a
    /// protocol-relative URL; nil for a path.
    static func schemeEnd(_ url: Substring) -> Substring.Index? {
        if url.hasPrefix("//") { return url.index(url.startIndex, offsetBy: 2) }
        guard let colon = url.firstIndex(of: ":"),
            url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
            url[colon...].hasPrefix("://")
        else { return nil }
        return url.index(colon, offsetBy: 3)
    }

    /// `name` after up to two of its folders.
    static func located(_ name: String, in folders: [Substring]) -> String {
        (folders.suffix(2).map(String.init) + [name]).joined(separator: "/")
    }

    /// Whether a file name tells nothing apart: a generic word, a script, a hash or a number.
    static func isGeneric(_ name: String) -> Bool {
        let lower = name.lowercased()
        let dot = lower.lastIndex(of: ".")
        let stem = dot.map { String(lower[..<$0]) } ?? lower
        let ext = dot.map { String(lower[lower.index(after: $0)...]) } ?? ""
        if scriptExtensions.contains(ext) || genericStems.contains(stem) || stem.isEmpty { return true }
        let alphanumerics = stem.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let digits = alphanumerics.filter(\.isNumber).count
        guard stem.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return false
        }
        // Camera and CMS numbering (`IMG_20240512_1234`, `4711`) is mostly digits; a hash is hex.
        if digits * 2 >= alphanumerics.count { return true }
        return alphanumerics.count >= 8 && digits > 0 && alphanumerics.allSatisfy(\.isHexDigit)
    }

    /// `key=value` of the query parameter that most likely identifies the picture: an
    /// identifying key first, else the first parameter that is not about size, format or
    /// caching; nil when there is none (a bare cache-buster such as `?1529494741` is none).
    static func identifyingParameter(_ query: Substring) -> String? {
        let pairs = query.split(separator: "&").filter { $0.contains("=") && !$0.hasPrefix("=") }
        for key in identifyingKeys {
            if let pair = pairs.first(where: { $0.lowercased().hasPrefix(key + "=") }) { return String(pair) }
        }
        return pairs.first { pair in
            !presentationKeys.contains(pair.prefix { $0 != "=" }.lowercased())
        }.map(String.init)
    }

    /// Query keys that resize, reformat or bust caches: the same picture under every value.
    static let presentationKeys: Set<String> = [
        "w", "h", "width", "height", "size", "quality", "q", "fit", "crop", "format", "fm", "auto", "v",
        "ver", "version", "t", "ts", "cache", "dpr", "resize", "scale", "mode", "itok", "rev",
    ]

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// The first characters of `text`, with `…` when it is longer than ``maxLength``.
    static func cut(_ text: String) -> String {
        text.count <= maxLength ? text : text.prefix(maxLength - 1) + "…"
    }

    /// The last characters of `text` (where a path's file name is), with `…` in front.
    static func cutFromStart(_ text: String) -> String {
        text.count <= maxLength ? text : "…" + text.suffix(maxLength - 1)
    }
}

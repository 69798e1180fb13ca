import CreditDocument
import CreditLicenses

/// The URLs an image element names, with lazy-loading placeholders resolved.
package struct ImageURLs: Equatable {
    /// The URL a reader ends up seeing: `src`, or the lazy URL when `src` is a placeholder.
    package var primary: String?
    /// Every other URL of the image (srcset candidates, lazy attributes), without `primary`.
    package var others: [String]
    /// Whether `primary` is the element's plain `src` with nothing else to choose from.
    var isPlainSource = false

    /// All URLs, primary first.
    var all: [String] { (primary.map { [$0] } ?? []) + others }

    /// Attributes lazy-loading scripts copy into `src` once the image scrolls into view.
    /// Order matters: the first present one becomes the reported `src`.
    static let lazySourceAttributes = [
        "data-src", "data-lazy-src", "data-original", "data-normal", "data-lazy",
        "data-original-src", "data-hi-res-src", "data-full-src", "data-url", "data-img-src",
        "data-image", "data-echo", "data-orig-file", "data-large-file", "data-medium-file",
    ]

    /// Attributes that hold a srcset list rather than a single URL.
    static let srcsetAttributes = ["srcset", "data-srcset", "data-lazy-srcset", "data-original-set"]

    /// File names lazy loaders put into `src` until the real image loads.
    static let placeholderHints = [
        "placeholder", "blank.", "spacer.", "transparent.", "pixel.", "grey.", "gray.",
        "lazy.", "lazyload", "loading.", "empty.", "1x1", "clear.gif", "dot.gif", "missing-image", "no-image",
    ]

    /// Reads the URLs of an `img`, `amp-img` or `source` element.
    ///
    /// Besides `src`, the known lazy-loading attributes and `srcset` lists, any other `data-`
    /// attribute whose value is a picture file's URL (or a srcset of them) is a source:
    /// loaders invent names (`data-src-big`, `data-full-url`, `data-srcset-webp`). A
    /// placeholder (a `data:` URI, `blank.gif`, `missing-image.svg`) is never the image's
    /// identity while a real URL is there, wherever it is written: two pictures that share
    /// a placeholder are not one picture.
    init(of node: HTMLNode) {
        var lazy: [String] = []
        var candidates: [String] = []
        // Every attribute besides `src` that can name a URL is `srcset` or starts with
        // `data-`: an element with neither (most) is not looked up name by name.
        if node.attributes.contains(where: { $0.name == "srcset" || $0.name.utf8.starts(with: "data-".utf8) }) {
            for name in Self.lazySourceAttributes {
                if let value = Self.cleaned(node.attribute(name)), Self.looksLikeURL(value) {
                    lazy.append(value)
                }
            }
            for name in Self.srcsetAttributes {
                if let value = node.attribute(name) { candidates += Self.srcsetURLs(value) }
            }
            lazy += Self.otherPictureAttributes(of: node)
        }
        let src = Self.cleaned(node.attribute("src"))
        let alternatives = lazy + candidates
        let srcIsPlaceholder = src.map { Self.isPlaceholder($0, hasAlternatives: !alternatives.isEmpty) } ?? true
        // Placeholders among the alternatives go too, unless nothing else is left.
        let real = alternatives.filter { !Self.isPlaceholder($0, hasAlternatives: true) }
        let kept = real.isEmpty && srcIsPlaceholder ? alternatives : real
        var ordered: [String] = []
        if let src, !srcIsPlaceholder { ordered.append(src) }
        ordered += kept
        var seen: Set<String> = []
        let unique = ordered.filter { seen.insert($0).inserted }
        primary = unique.first
        others = Array(unique.dropFirst())
        isPlainSource = !srcIsPlaceholder && lazy.isEmpty && candidates.isEmpty
    }

    /// URLs of picture files in `data-` attributes the lists above do not name, in
    /// attribute order. Attributes that name a stand-in (`data-placeholder`, `data-lqip`)
    /// are left out.
    static func otherPictureAttributes(of node: HTMLNode) -> [String] {
        var urls: [String] = []
        for attribute in node.attributes where attribute.name.hasPrefix("data-") {
            let name = attribute.name
            guard !lazySourceAttributes.contains(name), !srcsetAttributes.contains(name),
                !standInAttributeWords.contains(where: { name.containsText($0) })
            else { continue }
            let value = attribute.value.trimmingWhitespace()
            // JSON settings of a script (`{'urlScheme': '…/img-**width**.jpg'}`) may quote a
            // URL template, which is no picture of the page.
            guard !value.isEmpty, value.utf8.count < 4_096, looksLikeURL(value) else { continue }
            if !Self.containsWhitespace(value) {
                if isPictureFile(value) && isPlainURL(value) { urls.append(value) }
            } else {
                urls += srcsetURLs(value).filter { isPictureFile($0) && isPlainURL($0) }
            }
        }
        return urls
    }

    /// `value.contains(where: \.isWhitespace)`, on the bytes when they are ASCII.
    static func containsWhitespace(_ value: String) -> Bool {
        guard value.isASCIIOnly else { return value.contains(where: \.isWhitespace) }
        return value.utf8.contains(where: \.isASCIIWhitespace)
    }

    /// Whether a URL holds none of the quotes, braces or template stars that mark a piece of
    /// script settings rather than an address.
    static func isPlainURL(_ url: String) -> Bool {
        !url.utf8.contains { byte in
            byte == 0x22 || byte == 0x27 || byte == 0x7B || byte == 0x7D || byte == 0x2A || byte == 0x3C || byte == 0x3E
        }
    }

    /// Words of attribute names that hold a stand-in rather than the picture.
    static let standInAttributeWords = ["placeholder", "lqip", "blur", "preview", "fallback"]

    /// Whether a URL's path ends in a picture file's extension.
    static func isPictureFile(_ url: String) -> Bool {
        // On the bytes of an ASCII URL (most): `data-` values are tested by the hundred on a
        // page, and lower-casing each and walking it by characters cost more than the rest.
        if url.isASCIIOnly, let answer = url.utf8.withContiguousStorageIfAvailable(isPictureFile) { return answer }
        let lowered = url.lowercased()
        let path = lowered.prefix { $0 != "?" && $0 != "#" }
        return pictureExtensions.contains { path.hasSuffix($0) }
    }

    /// ``isPictureFile(_:)`` on ASCII bytes, capitals folded as they are compared.
    private static func isPictureFile(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.firstIndex { $0 == 0x3F || $0 == 0x23 } ?? bytes.count
        return pictureExtensionBytes.contains { suffix in
            suffix.count <= end
                && zip(bytes[(end - suffix.count)..<end], suffix).allSatisfy { $0.asciiLowercased == $1 }
        }
    }

    private static let pictureExtensionBytes = pictureExtensions.map { Array($0.utf8) }

    static let pictureExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".jfif"]

    /// Creates the value directly (merging duplicates).
    init(primary: String?, others: [String]) {
        self.primary = primary
        self.others = others
    }

    /// Whether a `src` value only stands in for the real image.
    static func isPlaceholder(_ src: String, hasAlternatives: Bool) -> Bool {
        if src.isEmpty || src.hasPrefix("data:") || src == "#" || src.hasPrefix("about:") { return true }
        guard hasAlternatives else { return false }
        let lower = src.lowercased()
        if lower.hasSuffix(".gif") || lower.hasSuffix(".svg") { return true }
        return placeholderHints.contains { lower.containsText($0) }
    }

    /// The URLs of a `srcset` value (`a.jpg 1x, b.jpg 2x`), parsed the way browsers do: a
    /// URL runs to the next whitespace, so commas inside it (`resize=680,383.jpg`) stay.
    static func srcsetURLs(_ value: String) -> [String] {
        if value.isASCIIOnly, let urls = value.utf8.withContiguousStorageIfAvailable(asciiSrcsetURLs) { return urls }
        var urls: [String] = []
        var characters = Substring(value)
        while true {
            characters = characters.drop { $0.isWhitespace || $0 == "," }
            guard !characters.isEmpty else { break }
            var url = characters.prefix { !$0.isWhitespace }
            characters = characters.dropFirst(url.count)
            if url.hasSuffix(",") {
                // "a.jpg,b.jpg": the trailing commas end a candidate without descriptors.
                while url.hasSuffix(",") { url = url.dropLast() }
            } else {
                // Skip the descriptors ("640w", "2x") up to the comma that ends the candidate.
                var depth = 0
                var consumed = 0
                for character in characters {
                    if character == "(" { depth += 1 }
                    if character == ")" { depth = max(0, depth - 1) }
                    if character == "," && depth == 0 { break }
                    consumed += 1
                }
                characters = characters.dropFirst(consumed)
            }
            let candidate = String(url)
            if looksLikeURL(candidate) { urls.append(candidate) }
        }
        return urls
    }

    /// ``srcsetURLs(_:)`` over ASCII bytes, which are its characters (a CR LF pair is one
    /// whitespace character there and two whitespace bytes here, read the same way).
    private static func asciiSrcsetURLs(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var urls: [String] = []
        var position = 0
        while true {
            while position < bytes.count && (bytes[position].isASCIIWhitespace || bytes[position] == 0x2C) {
                position += 1
            }
            guard position < bytes.count else { break }
            let start = position
            while position < bytes.count && !bytes[position].isASCIIWhitespace { position += 1 }
            var end = position
            if bytes[end - 1] == 0x2C {
                while end > start && bytes[end - 1] == 0x2C { end -= 1 }
            } else {
                var depth = 0
                while position < bytes.count {
                    if bytes[position] == 0x28 { depth += 1 }
                    if bytes[position] == 0x29 { depth = max(0, depth - 1) }
                    if bytes[position] == 0x2C && depth == 0 { break }
                    position += 1
                }
            }
            let candidate = String(decoding: bytes[start..<end], as: UTF8.self)
            if looksLikeURL(candidate) { urls.append(candidate) }
        }
        return urls
    }

    private static func cleaned(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Rejects values such as `true`, `1` or JSON that some lazy attributes carry.
    private static func looksLikeURL(_ value: String) -> Bool {
        if value.hasPrefix("data:") || value.hasPrefix("{") || value.hasPrefix("[") { return false }
        return value.containsText("/") || value.containsText(".")
    }
}

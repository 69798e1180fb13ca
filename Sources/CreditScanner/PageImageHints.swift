import CreditDocument
import CreditLicenses

/// What a page's head says about itself that helps to judge its pictures: the picture it
/// declares as its own (`og:image`, `link rel=image_src`) and the site it lives on
/// (`rel=canonical`, `og:url`).
struct PageImageHints {
    /// Rendition keys (``RenditionKey``) and lower-cased paths of the declared pictures.
    private(set) var leadKeys: Set<String> = []
    private(set) var leadPaths: [String] = []
    /// The page's host without `www.`, when the page names its own address.
    private(set) var host: String?

    /// No hints: a page without images needs none.
    init() {}

    /// Reads the hints of a page's `meta` and `link` elements.
    init(_ document: HTMLDocument) {
        for index in document.elements(withAttribute: ["property", "rel"]) {
            let node = document.nodes[index]
            // Every link with a `rel` (`noopener`) comes here: its words are compared in place,
            // in any ASCII case, which is what lower-casing them would compare, since none of
            // these names holds a letter that another character lower-cases to.
            let property = node.attribute("property")
            let rel = node.attribute("rel")
            let isLead =
                property.map { Self.isNamed($0, "og:image", "og:image:url", "og:image:secure_url") } == true
                || rel.map { Self.isNamed($0, "image_src") } == true
            let isAddress =
                !isLead && host == nil
                && (property.map { Self.isNamed($0, "og:url") } == true
                    || rel.map { Self.isNamed($0, "canonical") } == true)
            guard isLead || isAddress else { continue }
            let value = node.name == "meta" ? node.attribute("content") : node.attribute("href")
            guard let value = value?.trimmingWhitespace(), !value.isEmpty else { continue }
            if isLead {
                leadKeys.insert(Self.key(value))
                // Only a picture file's path names one picture wherever it appears; a
                // script's path (`/image.php`) serves them all.
                let path = LinkTarget.path(of: value.lowercased())
                if path.utf8.count > 8 && ImageSkipRules.linksToImageFile(path) { leadPaths.append(path) }
            } else {
                host = LinkTarget.host(of: value.lowercased())
            }
        }
    }

    /// Whether `value` is one of the lower-case ASCII `names` in any ASCII case.
    static func isNamed(_ value: String, _ names: StaticString...) -> Bool {
        names.contains { name in
            value.utf8.count == name.utf8CodeUnitCount
                && zip(value.utf8, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
                    .allSatisfy { $0.asciiLowercased == $1 }
        }
    }

    /// Whether one of the image's URLs is the picture the page declares as its own: the same
    /// file in another size, or a resizing script's URL that carries its path
    /// (`/image.php?src=/images/lead.jpg&w=1280`).
    func isDeclaredLead(_ urls: ImageURLs) -> Bool {
        guard !leadKeys.isEmpty else { return false }
        for url in urls.all {
            let key = Self.key(url)
            if leadKeys.contains(key) { return true }
            // A relative `src` (`../media/a.jpg`) is the end of the declared absolute path.
            let tail = key.drop { $0 == "." || $0 == "/" }
            if tail.utf8.count > 8, tail.utf8.count < key.utf8.count,
                leadKeys.contains(where: { $0.hasSuffix("/" + tail) })
            {
                return true
            }
            let lowered = url.lowercased()
            if leadPaths.contains(where: { lowered.containsText($0) }) { return true }
        }
        return false
    }

    /// A URL's rendition key without its scheme and host, so that a relative `src` and an
    /// absolute `og:image` compare.
    private static func key(_ url: String) -> String {
        let lowered = url.lowercased()
        guard LinkTarget.host(of: lowered) != nil, let authority = LinkTarget.afterScheme(lowered) else {
            return RenditionKey.of(lowered)
        }
        return RenditionKey.of(String(authority.drop { $0 != "/" }))
    }
}

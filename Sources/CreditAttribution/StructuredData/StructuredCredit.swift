import CreditDocument
import CreditLicenses
import CreditModel

/// One piece of structured data about an image's credit, with what it needs to be matched to
/// an image on the page.
struct StructuredCredit {
    /// What it says.
    var metadata: ImageMetadata
    /// The image URLs it names (`contentUrl`, `url`, `about`), as written.
    var imageURLs: [String]
    /// The element whose images it describes (a microdata item or an RDFa block), if any.
    var scope: Int?
    /// The element that holds it, as a selector for the report (`script[type=application/ld+json]`).
    var element: String
    /// The schema property each metadata value came from (`creditText`, `cc:attributionName`).
    var properties: [String: String] = [:]

    /// Whether it belongs to the image at `node` with these URLs.
    func describes(image node: Int, urls: [String], in document: HTMLDocument) -> Bool {
        if let scope {
            if scope == node || document.isInside(node, scope) { return true }
            // A licence block set right after the image (`<img><p about…>` or `<p><img></p><p>`).
            if let previous = document.previousElementSibling(of: scope),
                previous == node || document.isInside(node, previous)
            {
                return true
            }
        }
        return imageURLs.contains { named in urls.contains { ImageURLMatch.same(named, $0) } }
    }
}

/// Whether two URLs name the same image file, allowing for the ways pages write one image:
/// absolute or relative, another size rendition (`-1024x768`), a query string, or a CDN
/// rendition whose file name extends the original's (`9b6b…_resize=680,383_.jpg`).
enum ImageURLMatch {
    static func same(_ first: String, _ second: String) -> Bool {
        let (a, b) = (normalized(first), normalized(second))
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b || a.hasSuffix(b) && b.hasPrefix("/") || b.hasSuffix(a) && a.hasPrefix("/") { return true }
        let (stemA, stemB) = (stem(a), stem(b))
        if stemA.count >= 6 && stemA == stemB { return true }
        // A long unique stem (a hash or an id) that the other name extends.
        let (short, long) = stemA.count <= stemB.count ? (stemA, stemB) : (stemB, stemA)
        guard short.count >= 16, long.hasPrefix(short) else { return false }
        return long.dropFirst(short.count).first.map { "_-.,=".contains($0) } ?? true
    }

    /// Lower-cased, without scheme, query and fragment.
    static func normalized(_ url: String) -> String {
        var text = url.trimmingWhitespace().lowercased()
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        for scheme in ["https:", "http:"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        return text
    }

    /// The file name without extension, size suffix (`-300x200`) or `-scaled`.
    static func stem(_ normalized: String) -> String {
        var name = Substring(normalized.lastPiece(splitAt: "/") ?? "")
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 5 { name = name[..<dot] }
        if name.hasSuffix("-scaled") { name = name.dropLast("-scaled".count) }
        if let dash = name.lastIndex(of: "-") {
            let size = name[name.index(after: dash)...].split(separator: "x")
            if size.count == 2, size.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { name = name[..<dash] }
        }
        return String(name)
    }
}

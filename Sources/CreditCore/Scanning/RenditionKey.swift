/// The identity of an image file regardless of which size rendition a URL asks for.
///
/// WordPress names every size of an upload `photo-150x150.jpg`, `photo-1024x768.jpg`, so
/// a gallery's thumbnail strip and its slides point at the same picture through different
/// URLs. Dropping that size suffix lets the scanner recognise the second copy as a duplicate.
enum RenditionKey {
    /// The URL lower-cased, with a `-WIDTHxHEIGHT` (or `-scaled`) suffix before the file
    /// extension removed. The query stays: `image.php?id=1` and `?id=2` are two pictures.
    static func of(_ url: String) -> String {
        let parts = url.lowercased().split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts.first.map(String.init) ?? ""
        let query = parts.count > 1 ? "?" + parts[1] : ""
        guard let dot = path.lastIndex(of: "."), path[dot...].count <= 5 else { return path + query }
        var stem = String(path[..<dot])
        let fileExtension = path[dot...]
        if stem.hasSuffix("-scaled") { stem.removeLast("-scaled".count) }
        if let dash = stem.lastIndex(of: "-") {
            let size = stem[stem.index(after: dash)...]
            let sides = size.split(separator: "x", omittingEmptySubsequences: false)
            if sides.count == 2, sides.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy(\.isNumber) }) {
                stem = String(stem[..<dash])
            }
        }
        return stem + fileExtension + query
    }
}

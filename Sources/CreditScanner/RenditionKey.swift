import CreditLicenses

/// The identity of an image file regardless of which size rendition a URL asks for.
///
/// WordPress names every size of an upload `photo-150x150.jpg`, `photo-1024x768.jpg`, so
/// a gallery's thumbnail strip and its slides point at the same picture through different
/// URLs. Dropping that size suffix lets the scanner recognise the second copy as a duplicate.
public enum RenditionKey {
    /// The URL lower-cased, with a `-WIDTHxHEIGHT` (or `-scaled`) suffix before the file
    /// extension removed. The query stays: `image.php?id=1` and `?id=2` are two pictures.
    public static func of(_ url: String) -> String {
        if let key = asciiKey(url) { return key }
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

    /// ``of(_:)`` over the bytes of an ASCII URL without a CR, whose bytes are then its
    /// characters one for one (a `data:` URL can be long, and splitting by `Character` is
    /// costly).
    private static func asciiKey(_ url: String) -> String? {
        guard url.isASCIIOnly else { return nil }
        // Lower-cased on contiguous bytes where the string has them: mapping the UTF-8 view
        // byte by byte through its iterator cost more than the rest of the key.
        let bytes: [UInt8] =
            url.utf8.withContiguousStorageIfAvailable { utf8 in
                Array(unsafeUninitializedCapacity: utf8.count) { output, count in
                    for offset in utf8.indices { output[offset] = utf8[offset].asciiLowercased }
                    count = utf8.count
                }
            } ?? url.utf8.map { $0.asciiLowercased }
        guard !bytes.contains(0x0D) else { return nil }
        let pathEnd = bytes.firstIndex(of: UInt8(ascii: "?")) ?? bytes.endIndex
        let path = bytes[..<pathEnd]
        let query = bytes[pathEnd...]
        guard let dot = path.lastIndex(of: UInt8(ascii: ".")), pathEnd - dot <= 5 else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var stemEnd = dot
        if path[..<stemEnd].reversed().starts(with: "-scaled".utf8.reversed()) {
            stemEnd -= "-scaled".utf8.count
        }
        if let dash = path[..<stemEnd].lastIndex(of: UInt8(ascii: "-")) {
            let sides = path[(dash + 1)..<stemEnd].split(separator: UInt8(ascii: "x"), omittingEmptySubsequences: false)
            if sides.count == 2,
                sides.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
            {
                stemEnd = dash
            }
        }
        return String(decoding: path[..<stemEnd] + path[dot...] + query, as: UTF8.self)
    }
}

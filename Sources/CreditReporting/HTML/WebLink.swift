/// Decides which URLs from a page may become live links in the HTML report.
///
/// Only absolute `http:` and `https:` URLs do: a `javascript:`, `data:` or any other scheme,
/// a relative URL (which would resolve against the report's own location) and a URL holding
/// whitespace or controls (which browsers strip, so that `java\tscript:` would slip through
/// a looser check) are shown as text.
enum WebLink {
    /// The URL when it may be an `href`, else nil; the caller still escapes it.
    static func href(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        let schemes = [Array("http://".utf8), Array("https://".utf8)]
        guard
            let scheme = schemes.first(where: { scheme in
                bytes.count > scheme.count && zip(bytes, scheme).allSatisfy { lowercased($0) == $1 }
            })
        else { return nil }
        // A host must follow the slashes: `http:///x` names none.
        guard bytes[scheme.count] != UInt8(ascii: "/"), bytes[scheme.count] != UInt8(ascii: "\\") else { return nil }
        guard !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return nil }
        return url
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

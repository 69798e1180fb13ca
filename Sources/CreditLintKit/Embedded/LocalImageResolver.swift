import Foundation

/// Where an image URL of a page points under the scan root, if anywhere: relative URLs
/// against the page, root-relative ones against the root, absolute ones only under the
/// configured site URL. Nothing outside the root is ever named: `..` that climbs above it
/// and symbolic links that lead out of it resolve to nothing.
struct LocalImageResolver: Sendable {
    /// The scan root, symbolic links resolved.
    let root: URL
    /// The site's own base URL (`https://example.org/`), whose URLs are files under the root.
    let siteURL: String?

    /// `root` is the scanned folder, or the page when one page is scanned, whose folder then
    /// stands for the site's root.
    init(root: String, siteURL: String?) {
        var folder = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = true
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            folder.deleteLastPathComponent()
        }
        self.root = folder
        self.siteURL = siteURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// The path relative to the root of the file `src` names on the page at `pagePath`
    /// (relative to the root), or nil when it names none there.
    func relativePath(of src: String, onPage pagePath: String) -> String? {
        let text = URLText.trimmed(src)
        var url: Substring
        let base: [Substring]
        if let siteURL, text.prefix(siteURL.count).lowercased() == siteURL.lowercased() {
            url = text.dropFirst(siteURL.count)
            if let end = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { url = url[..<end] }
            base = []
        } else {
            // A colon before the query or fragment is a scheme (`data:`, `https:`) or a Windows
            // drive: nothing local. Stopping there reads a `data:` URI no further than its colon.
            let stop = text.firstIndex { $0 == "?" || $0 == "#" || $0 == ":" }
            if let stop, text[stop] == ":" { return nil }
            url = text[..<(stop ?? text.endIndex)]
            // Another host.
            if url.hasPrefix("//") { return nil }
            base = url.hasPrefix("/") ? [] : pagePath.split(separator: "/").dropLast()
        }
        guard !url.isEmpty, let decoded = String(url).removingPercentEncoding,
            let segments = URLText.resolved(decoded[...], under: base)
        else { return nil }
        let relative = segments.joined(separator: "/")
        let file = root.appendingPathComponent(relative).resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard file.path.hasPrefix(rootPath) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return nil }
        return relative
    }
}

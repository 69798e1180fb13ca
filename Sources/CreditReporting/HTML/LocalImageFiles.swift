import Foundation

/// Finds the local file of an image URL, for the HTML report's thumbnails.
///
/// Only a relative or root-relative URL (no scheme, not `//host`) is looked up, and only a
/// regular file under the scan root counts, symbolic links resolved: a URL that climbs out of
/// the root with `..` or through a link is never shown. A remote image is never loaded.
///
/// Small files are embedded as `data:` URIs, so that the report of a small site is one file
/// that opens anywhere; larger ones, and every file once ``embeddedByteBudget`` is spent, are
/// referenced by their path relative to the report, so that a large site's report stays small.
public struct LocalImageFiles: Sendable {
    /// Files up to this size are embedded (base64 adds a third).
    public static let embeddedFileLimit = 8 * 1024
    /// The most bytes of files embedded in one report.
    public static let embeddedByteBudget = 512 * 1024

    private static let mediaTypes = [
        "avif": "image/avif", "gif": "image/gif", "jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png",
        "svg": "image/svg+xml", "webp": "image/webp",
    ]

    /// The scan root, absolute, links resolved.
    let root: URL
    /// The folder the report is written to, absolute, links resolved.
    let reportFolder: URL

    /// Images under `root` (the scanned folder, or page, as given: relative to the current
    /// folder or absolute), for a report written to `reportFolder`.
    public init(root: String, reportFolder: String) {
        let root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        // A scan of one page names pages relative to the page's folder.
        let isFile = (try? root.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
        self.root = isFile ? root.deletingLastPathComponent() : root
        self.reportFolder = URL(fileURLWithPath: reportFolder).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The `src` of a thumbnail for the image `src` on page `page` (its path relative to the
    /// root), or nil when it has no local file. `budget` holds the bytes still free for
    /// embedding and shrinks as files are embedded.
    func thumbnail(for src: String, onPage page: String, budget: inout Int) -> String? {
        guard let file = file(for: src, onPage: page) else { return nil }
        let size = (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? Int.max
        if size <= Self.embeddedFileLimit, size <= budget,
            let type = Self.mediaTypes[file.pathExtension.lowercased()],
            let data = try? Data(contentsOf: file)
        {
            budget -= data.count
            return "data:\(type);base64,\(data.base64EncodedString())"
        }
        return relativeReference(to: file)
    }

    /// The regular file under the root that `src` names, or nil.
    func file(for src: String, onPage page: String) -> URL? {
        var path = Substring(src.trimmingCharacters(in: .whitespaces))
        guard !path.isEmpty, !path.hasPrefix("//"), !path.hasPrefix("\\") else { return nil }
        // A scheme is letters, digits, + - . before the first colon, before any slash.
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard !path.isEmpty, let decoded = String(path).removingPercentEncoding, !decoded.contains("\0") else {
            return nil
        }
        let base =
            decoded.hasPrefix("/")
            ? root : root.appendingPathComponent(page).deletingLastPathComponent()
        let candidate = URL(fileURLWithPath: String(decoded.drop { $0 == "/" }), relativeTo: base)
            .absoluteURL.standardizedFileURL.resolvingSymlinksInPath()
        guard candidate.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else { return nil }
        let values = try? candidate.resourceValues(forKeys: [.isRegularFileKey, .isReadableKey])
        guard values?.isRegularFile == true, values?.isReadable == true else { return nil }
        return candidate
    }

    /// The path of `file` relative to the report's folder, each part percent-encoded.
    func relativeReference(to file: URL) -> String {
        let from = reportFolder.pathComponents
        let to = file.pathComponents
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(Self.encode)
        return parts.joined(separator: "/")
    }

    /// A path segment with everything but unreserved and a few safe characters escaped; `:`
    /// too, so that a first segment is never read as a scheme.
    private static func encode(_ segment: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~!$&'()*+,;=@")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }
}

import CreditCore
import Crypto
import Foundation

/// Tells which images of a run are the same picture, whatever page shows them and however the
/// page writes the URL.
///
/// An image is known by keys; images that share any key are one picture:
/// - a URL relative to the page or to the site root is resolved against the page's path, so
///   that `../img/a.jpg` on `news/x.html` and `/img/a.jpg` are one key;
/// - an absolute URL is a key without its scheme, so that `http:` and `https:` agree;
/// - both are folded by ``RenditionKey`` (the size renditions of one upload are one picture),
///   and the query stays: `image.php?id=1` and `?id=2` are two pictures, and a cache or size
///   parameter that differs only costs a missed match, never a false one;
/// - a file under the scan root is also known by the SHA-256 of its bytes, so that one file
///   under two names is one picture. Nothing outside the root is read, nothing is fetched.
struct ImageIdentity {
    /// A file under the root that an image names: its resolved path and size.
    struct LocalFile: Hashable {
        var path: String
        var size: Int
    }

    /// The scan root, symbolic links resolved.
    private let root: URL
    /// Files larger than this are not hashed (their URL keys still count).
    private let maxFileSize: Int
    /// Each site path looked up so far, nil when it names no readable file under the root.
    private var files: [String: LocalFile?] = [:]
    /// The hash key of each file hashed so far, nil when it could not be read.
    private var hashes: [String: String?] = [:]

    init(root: String, maxFileSize: Int = 64 << 20) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        self.maxFileSize = maxFileSize
    }

    /// Groups of positions in `images` (each a page path, the URL as written and the other
    /// URLs of the same element) that are one picture, each group in ascending order, groups
    /// ordered by their first position. Images with no key (a `data:` URL) are left out.
    /// See ``ImageGrouping``, which takes the images one at a time.
    mutating func groups(of images: [(path: String, src: String, sources: [String])]) -> [[Int]] {
        var grouping = ImageGrouping(identity: self)
        for image in images { grouping.add(path: image.path, src: image.src, sources: image.sources) }
        let groups = grouping.groups()
        self = grouping.identity
        return groups
    }

    /// The keys of an image's URLs: `path:` for a URL on the site, `url:` for an absolute one.
    func urlKeys(src: String, sources: [String], page: String) -> [String] {
        ([src] + sources).compactMap { url in
            if let path = Self.sitePath(of: url, onPage: page) { return "path:" + RenditionKey.of(path) }
            return Self.absoluteKey(of: url).map { "url:" + RenditionKey.of($0) }
        }
    }

    /// A root-relative or page-relative URL resolved to a path from the site root, the query
    /// kept and the fragment dropped; nil for absolute URLs, `data:` and other schemes, and
    /// for paths that climb above the root.
    static func sitePath(of url: String, onPage page: String) -> String? {
        var url = URLText.trimmed(url)
        // The scheme first: it is read up to its colon, and a `data:` URI is no further read.
        guard !url.hasPrefix("//"), !hasScheme(url) else { return nil }
        // Cut on the bytes: a URL can be long, and "#" and "?" are ASCII.
        if let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) { url = url[..<hash] }
        guard !url.isEmpty, !url.hasPrefix("//") else { return nil }
        let queryStart = url.utf8.firstIndex(of: UInt8(ascii: "?")) ?? url.endIndex
        let query = url[queryStart...]
        let path = url[..<queryStart]
        let base: [Substring] = path.hasPrefix("/") ? [] : page.split(separator: "/").dropLast()
        guard let segments = URLText.resolved(path, under: base) else { return nil }
        return segments.joined(separator: "/") + query
    }

    /// An http(s) or protocol-relative URL without its scheme and fragment; nil otherwise.
    static func absoluteKey(of url: String) -> String? {
        let text = URLText.trimmed(url)
        // Only the start says whether it is a web URL; a `data:` URI is not lowercased whole.
        let lower = text.prefix(8).lowercased()
        for prefix in ["https://", "http://", "//"] where lower.hasPrefix(prefix) {
            var rest = text.dropFirst(prefix.count)
            if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }

    private static func hasScheme(_ url: Substring) -> Bool {
        let bytes = url.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first,
            first.isASCIIUpper || first.isASCIILower
        else { return false }
        return bytes[..<colon].allSatisfy { byte in
            byte.isASCIIAlphanumeric || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-")
        }
    }

    /// The file a site path names, when it is a regular file under the root (after resolving
    /// links) no larger than ``maxFileSize``.
    mutating func localFile(sitePath: String) -> LocalFile? {
        let path = String(sitePath.prefix { $0 != "?" })
        if let known = files[path] { return known }
        let resolved = root.appendingPathComponent(path.removingPercentEncoding ?? path).standardizedFileURL
            .resolvingSymlinksInPath()
        var file: LocalFile?
        if resolved.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/"),
            let attributes = try? FileManager.default.attributesOfItem(atPath: resolved.path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= maxFileSize
        {
            file = LocalFile(path: resolved.path, size: size)
        }
        files[path] = file
        return file
    }

    /// `sha256:` and the hash of the file's bytes, nil when it cannot be read.
    mutating func hashKey(_ file: LocalFile) -> String? {
        if let known = hashes[file.path] { return known }
        let key = (try? Data(contentsOf: URL(fileURLWithPath: file.path))).map { "sha256:" + PageAnalyzer.sha256($0) }
        hashes[file.path] = key
        return key
    }
}

import CreditHTML
import CreditMedia
import CreditModel
import Foundation

/// The embedded metadata of the site's local image files, read once per file and run: the
/// same image on many pages is read once, whichever of the scan's threads asks first.
final class EmbeddedMetadataCache: @unchecked Sendable {
    let resolver: LocalImageResolver
    private let lock = NSLock()
    private var read: [String: EmbeddedMetadata] = [:]

    init(resolver: LocalImageResolver) { self.resolver = resolver }

    /// The metadata of the local file `image` shows on the page at `pagePath`, nil when its
    /// URLs name no file under the root.
    func metadata(of image: ScannedImage, onPage pagePath: String) -> EmbeddedMetadata? {
        for src in [image.src] + image.sources {
            guard let path = resolver.relativePath(of: src, onPage: pagePath) else { continue }
            return metadata(ofFile: path)
        }
        return nil
    }

    /// The metadata of the file at `path` relative to the root.
    func metadata(ofFile path: String) -> EmbeddedMetadata {
        lock.lock()
        let known = read[path]
        lock.unlock()
        if let known { return known }
        let url = resolver.root.appendingPathComponent(path)
        let metadata =
            ByteSource(file: url).map { EmbeddedMetadataAssembler.metadata(EmbeddedBlockReader.read($0), file: path) }
            ?? EmbeddedMetadata(file: path, note: "the file could not be opened")
        lock.lock()
        defer { lock.unlock() }
        if let known = read[path] { return known }
        read[path] = metadata
        return metadata
    }
}

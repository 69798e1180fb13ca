/// Sorts a page's image elements into content images and skipped ones.
///
/// Duplicates are settled first: a `<noscript>` copy of a lazy image, a second responsive
/// rendition or a hidden layout copy shares a URL with (or sits beside) an image already
/// kept, and its URLs are folded into that image instead of being reported twice.
struct ImageSelection {
    /// A content image and how often its URL occurred before it on the page.
    struct Kept {
        var candidate: ImageCandidate
        var occurrence: Int
    }

    private(set) var content: [Kept] = []
    private(set) var skipped: [SkippedImage] = []

    init(document: HTMLDocument, scope: ArticleScope) {
        let candidates = ImageCandidate.collect(in: document)
        let rules = ImageSkipRules(document: document, scope: scope, candidates: candidates)
        var occurrences: [String: Int] = [:]
        var keptByURL: [String: Int] = [:]
        var skipReasons: [Int: String] = [:]
        var skippedByURL: [String: String] = [:]
        for candidate in candidates {
            let key = candidate.urls.primary ?? ""
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            let line = document.nodes[candidate.node].line
            if let keptIndex = candidate.urls.all.lazy.compactMap({ keptByURL[RenditionKey.of($0)] }).first {
                content[keptIndex].candidate.urls = content[keptIndex].candidate.urls.merging(candidate.urls)
                skipped.append(SkippedImage(src: key, line: line, reason: "duplicate"))
                continue
            }
            if candidate.inNoscript {
                switch Self.scriptedPartner(of: candidate.node, in: document, content: content, skipReasons: skipReasons) {
                case .kept(let keptIndex):
                    let kept = content[keptIndex].candidate.urls
                    // A scripted image with one plain `src` beside a noscript copy shows a
                    // blurred preview until scripts run; the noscript copy is the real picture.
                    content[keptIndex].candidate.urls = kept.isPlainSource && candidate.urls.primary != nil
                        ? candidate.urls.merging(kept) : kept.merging(candidate.urls)
                    for url in candidate.urls.all { keptByURL[RenditionKey.of(url)] = keptIndex }
                    skipped.append(SkippedImage(src: key, line: line, reason: "duplicate"))
                    continue
                case .skipped(let reason):
                    skipped.append(SkippedImage(src: key, line: line, reason: reason))
                    continue
                case .none:
                    break
                }
            }
            // The same icon or logo file again, even without the size that gave it away.
            if let reason = candidate.urls.all.lazy.compactMap({ skippedByURL[$0] }).first {
                skipped.append(SkippedImage(src: key, line: line, reason: reason))
                continue
            }
            if let reason = rules.reason(for: candidate.node, urls: candidate.urls) {
                skipReasons[candidate.node] = reason
                if Self.fileReasons.contains(reason) {
                    for url in candidate.urls.all { skippedByURL[url] = reason }
                }
                skipped.append(SkippedImage(src: key, line: line, reason: reason))
                continue
            }
            content.append(Kept(candidate: candidate, occurrence: occurrence))
            for url in candidate.urls.all { keptByURL[RenditionKey.of(url)] = content.count - 1 }
        }
    }

    /// Reasons that belong to the image file itself, so every copy of it shares them.
    static let fileReasons: Set<String> = ["icon", "logo", "avatar", "tracking-pixel", "advertisement", "share-button"]

    private enum Partner {
        case kept(Int)
        case skipped(String)
        case none
    }

    /// What became of the scripted image a `<noscript>` copy stands in for: the images
    /// outside any noscript in the noscript's parent (or, for wrapped markup, grandparent).
    /// A partner without any URL (Medium's JS-filled `img`) does not count; a blurred
    /// preview kept beside it does.
    private static func scriptedPartner(
        of image: Int, in document: HTMLDocument, content: [Kept], skipReasons: [Int: String]
    ) -> Partner {
        guard let noscript = document.nearestAncestor(of: image, where: { $0.name == "noscript" }) else { return .none }
        var container = document.nodes[noscript].parent
        for _ in 0..<2 where container >= 0 {
            let images = document.elements(named: ["img", "amp-img"], under: container).filter { candidate in
                document.nearestAncestor(of: candidate, where: { $0.name == "noscript" }) == nil
            }
            if let kept = content.lastIndex(where: { images.contains($0.candidate.node) }) { return .kept(kept) }
            if let reason = images.compactMap({ skipReasons[$0] }).first(where: { $0 != "no-url" }) {
                return .skipped(reason)
            }
            container = document.nodes[container].parent
        }
        return .none
    }
}

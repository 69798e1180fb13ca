import CreditDocument
import CreditModel

/// Sorts a page's image elements into content images and skipped ones.
///
/// Duplicates are settled first: a `<noscript>` copy of a lazy image, a second responsive
/// rendition or a hidden layout copy shares a URL with (or sits beside) an image already
/// kept, and its URLs are folded into that image instead of being reported twice.
package struct ImageSelection {
    /// A content image and how often its URL occurred before it on the page.
    package struct Kept {
        package var candidate: ImageCandidate
        package var occurrence: Int
    }

    package private(set) var content: [Kept] = []
    package private(set) var skipped: [SkippedImage] = []
    /// The element of each skipped image, parallel to `skipped`.
    package private(set) var skippedNodes: [Int] = []

    package init(document: HTMLDocument, scope: ArticleScope) {
        let candidates = ImageCandidate.collect(in: document)
        let rules = ImageSkipRules(document: document, scope: scope, candidates: candidates)
        var occurrences: [String: Int] = [:]
        var keptByURL: [String: Int] = [:]
        var skipReasons: [Int: String] = [:]
        var skippedByURL: [String: (reason: String, line: Int)] = [:]
        var keptByNode: [Int: Int] = [:]
        for candidate in candidates {
            let key = candidate.urls.primary ?? ""
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            let line = document.nodes[candidate.node].line
            if let keptIndex = candidate.urls.all.lazy.compactMap({ keptByURL[RenditionKey.of($0)] }).first {
                content[keptIndex].candidate.urls = content[keptIndex].candidate.urls.merging(candidate.urls)
                skipCopy(src: key, line: line, node: candidate.node, of: keptIndex, in: document)
                continue
            }
            if candidate.inNoscript {
                switch Self.scriptedPartner(
                    of: candidate.node, in: document, keptByNode: keptByNode, skipReasons: skipReasons)
                {
                case .kept(let keptIndex):
                    let kept = content[keptIndex].candidate.urls
                    // A scripted image with one plain `src` beside a noscript copy shows a
                    // blurred preview until scripts run; the noscript copy is the real picture.
                    content[keptIndex].candidate.urls =
                        kept.isPlainSource && candidate.urls.primary != nil
                        ? candidate.urls.merging(kept) : kept.merging(candidate.urls)
                    for url in candidate.urls.all { keptByURL[RenditionKey.of(url)] = keptIndex }
                    skipCopy(src: key, line: line, node: candidate.node, of: keptIndex, in: document)
                    continue
                case .skipped(let reason):
                    let evidence = ImageEvidence(
                        check: "noscript-copy", summary: "the <noscript> copy of a skipped image")
                    skip(SkippedImage(src: key, line: line, reason: reason, evidence: evidence), node: candidate.node)
                    continue
                case .none:
                    break
                }
            }
            // The same icon or logo file again, even without the size that gave it away.
            if let (reason, firstLine) = candidate.urls.all.lazy.compactMap({ skippedByURL[$0] }).first {
                let evidence = ImageEvidence(check: "same-file", summary: "the same file as on line \(firstLine)")
                skip(SkippedImage(src: key, line: line, reason: reason, evidence: evidence), node: candidate.node)
                continue
            }
            if let decision = rules.reason(for: candidate.node, urls: candidate.urls) {
                skipReasons[candidate.node] = decision.reason
                // An icon-sized copy in the page header marks the file for the copy in the
                // article that comes without a size.
                let fileReason =
                    Self.fileReasons.contains(decision.reason) && !decision.isAboutSurroundings
                    ? decision.reason : rules.fileReason(for: candidate.node, urls: candidate.urls)
                if let fileReason {
                    for url in candidate.urls.all { skippedByURL[url] = (fileReason, line) }
                }
                skip(
                    SkippedImage(src: key, line: line, reason: decision.reason, evidence: decision.imageEvidence),
                    node: candidate.node)
                continue
            }
            content.append(Kept(candidate: candidate, occurrence: occurrence))
            keptByNode[candidate.node] = content.count - 1
            for url in candidate.urls.all { keptByURL[RenditionKey.of(url)] = content.count - 1 }
        }
    }

    private mutating func skip(_ image: SkippedImage, node: Int) {
        skipped.append(image)
        skippedNodes.append(node)
    }

    /// Skips a duplicate of the content image `keptIndex`, naming that image and where it stands.
    private mutating func skipCopy(src: String, line: Int, node: Int, of keptIndex: Int, in document: HTMLDocument) {
        let kept = content[keptIndex].candidate
        let evidence = ImageEvidence(
            check: "duplicate", duplicateOf: kept.urls.primary,
            summary: "a copy of the image on line \(document.nodes[kept.node].line)")
        skip(SkippedImage(src: src, line: line, reason: "duplicate", evidence: evidence), node: node)
    }

    /// Reasons that belong to the image file itself, so every copy of it shares them.
    static let fileReasons: Set<String> = ["icon", "logo", "avatar", "tracking-pixel", "advertisement", "share-button"]

    private enum Partner {
        case kept(Int)
        case skipped(String)
        case none
    }

    /// What became of the scripted image a `<noscript>` copy stands in for: the nearest
    /// image before the noscript within its parent.
    /// A partner without any URL (a JS-filled `img`) is passed over for the one before it,
    /// such as a blurred preview.
    private static func scriptedPartner(
        of image: Int, in document: HTMLDocument, keptByNode: [Int: Int], skipReasons: [Int: String]
    ) -> Partner {
        guard let noscript = document.nearestAncestor(of: image, where: { $0.name == "noscript" }) else { return .none }
        let parent = document.nodes[noscript].parent
        guard parent >= 0 else { return .none }
        // The partner sits beside the noscript; only a wrapper holding nothing but the
        // noscript sends the search one level up. Going further would take the previous
        // figure's picture for the partner of a noscript-only image.
        let grandparent = document.nodes[parent].parent
        let isWrapper = document.elementChildren(of: parent) == [noscript]
        let container = isWrapper && grandparent > 0 ? grandparent : parent
        // Nodes are stored in document order, so walking back from the noscript visits the
        // images before it, nearest first, until the walk leaves the container.
        var index = noscript - 1
        while index > container {
            let node = document.nodes[index]
            if node.kind == .element, node.name == "img" || node.name == "amp-img",
                document.nearestAncestor(of: index, where: { $0.name == "noscript" }) == nil
            {
                if let kept = keptByNode[index] { return .kept(kept) }
                if let reason = skipReasons[index], reason != "no-url" { return .skipped(reason) }
            }
            index -= 1
        }
        return .none
    }
}

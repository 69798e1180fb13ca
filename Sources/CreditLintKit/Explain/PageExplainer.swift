import CreditAttribution
import CreditModel
import Foundation

/// Builds a ``PageExplanation``: the page is read, parsed, scanned and checked exactly as a
/// scan does (same analyzer, same configuration), then every credit strategy is run once
/// more on its own for the candidates. Nothing is recorded.
struct PageExplainer {
    let analyzer: PageAnalyzer

    /// Explains the page at `url`, named `path` in the output.
    /// - Throws: ``CreditLintError/unreadablePage(path:reason:)`` when it cannot be read or is
    ///   no HTML page.
    func explain(_ url: URL, path: String) throws -> PageExplanation {
        let entry = FileWalker.Entry(relativePath: url.lastPathComponent, url: url)
        let data: Data
        switch analyzer.read(entry) {
        case .bytes(let bytes): data = bytes
        case .failed(let failure): throw CreditLintError.unreadablePage(path: path, reason: failure.reason)
        }
        let page = analyzer.analyzePage(data, path: entry.relativePath)
        let candidates = CreditCandidates(document: page.document, scanner: analyzer.scanner)
        var images: [(node: Int, image: ExplainedImage)] = []
        for (position, image) in page.report.images.enumerated() {
            let node = position < page.imageNodes.count ? page.imageNodes[position] : -1
            var evidence = image.evidence ?? ImageEvidence()
            evidence.articleBasis = candidates.articleBasis
            evidence.candidates = candidates.candidates(for: node, winner: evidence.strategy)
            if let weighed = candidates.keptTeaserSignals(of: node) {
                evidence.signals = weighed.signals
                evidence.threshold = weighed.threshold
            }
            let explained = ExplainedImage(
                number: 0, element: image.element, src: image.src, sources: image.sources, line: image.line,
                size: node >= 0 ? candidates.sizeHint(of: node, url: image.src, in: page.document) : nil, content: true,
                reason: nil, evidence: evidence, credit: image.credit, license: image.license,
                findings: image.findings)
            images.append((node, explained))
        }
        for (position, skipped) in page.report.skipped.enumerated() {
            let node = position < page.skippedNodes.count ? page.skippedNodes[position] : -1
            var evidence = skipped.evidence ?? ImageEvidence()
            if node >= 0 {
                evidence.article = candidates.article
                evidence.articleBasis = candidates.articleBasis
                evidence.inArticle = candidates.holds(node, in: page.document)
            }
            let explained = ExplainedImage(
                number: 0, element: node >= 0 ? page.document.nodes[node].name : "img", src: skipped.src,
                sources: [], line: skipped.line,
                size: node >= 0 ? candidates.sizeHint(of: node, url: skipped.src, in: page.document) : nil,
                content: false, reason: skipped.reason, evidence: evidence,
                credit: nil, license: nil, findings: [])
            images.append((node, explained))
        }
        // Element indices follow document order.
        images.sort { ($0.node, $0.image.line) < ($1.node, $1.image.line) }
        return PageExplanation(
            path: path, article: candidates.article, articleBasis: candidates.articleBasis,
            images: images.enumerated().map { index, entry in
                var image = entry.image
                image.number = index + 1
                return image
            })
    }
}

import CreditDocument
import CreditModel

extension ImageSelection {
    /// For each content image whose link leads to another page, by element, the teaser
    /// signals it was weighed on and kept despite; for `explain`, which reads the page's skip
    /// rules a second time to show them.
    package static func keptTeaserSignals(
        document: HTMLDocument, scope: ArticleScope, content: [Kept]
    ) -> [Int: [EvidenceSignal]] {
        guard !content.isEmpty else { return [:] }
        let rules = ImageSkipRules(document: document, scope: scope, candidates: ImageCandidate.collect(in: document))
        var signals: [Int: [EvidenceSignal]] = [:]
        for kept in content {
            let node = kept.candidate.node
            signals[node] = rules.keptTeaserSignals(node, urls: kept.candidate.urls)
        }
        return signals
    }

    /// The weight of signals that makes a linked picture a teaser.
    package static var teaserThreshold: Int { ImageSkipRules.teaserThreshold }
}

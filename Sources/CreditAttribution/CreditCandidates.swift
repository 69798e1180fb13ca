import CreditDocument
import CreditModel
import CreditScanner

/// What every strategy of ``CreditCascade`` finds for each content image of a page when run
/// on its own, not stopping at the first: the other candidates `creditlint explain` shows
/// beside the credit the cascade chose. It runs every strategy once more, so only `explain`
/// computes it; a scan keeps the winner alone.
package struct CreditCandidates {
    /// The article element as evidence names it, nil when the page has none.
    package let article: String?
    /// Why that element was taken as the article.
    package let articleBasis: String?
    /// Each content image's element, with what each strategy finds for it, in cascade order.
    private let found: [Int: [(rank: Int, text: String)]]
    /// Whether strategies whose credits readers do not see ran.
    private let acceptsHidden: Bool
    private let scope: ArticleScope
    /// The teaser signals of the content images weighed as teasers and kept, by element.
    private let teaserSignals: [Int: [EvidenceSignal]]

    /// Runs every strategy on a fresh copy of the page's search.
    package init(document: HTMLDocument, scanner: PageScanner = PageScanner()) {
        let scope = ArticleScope(document)
        self.scope = scope
        article = scope.label(in: document)
        articleBasis = scope.basis(in: document)
        acceptsHidden = scanner.options.acceptsAttributeCredits
        let content = ImageSelection(document: document, scope: scope).content
        let base = scanner.search(of: content, in: document, scope: scope)
        var found: [Int: [(rank: Int, text: String)]] = [:]
        for (rank, strategy) in CreditCascade.strategies.enumerated() {
            var alone = base
            strategy.fill(&alone)
            for (position, node) in alone.imageNodes.enumerated() {
                guard let credit = alone.found[position]?.credit else { continue }
                found[node, default: []].append((rank, credit.text))
            }
        }
        self.found = found
        teaserSignals = ImageSelection.keptTeaserSignals(document: document, scope: scope, content: content)
    }

    /// For a content image whose link leads to another page, the teaser signals it was kept
    /// despite and the weight they fall short of; nil for an image not weighed as a teaser.
    package func keptTeaserSignals(of node: Int) -> (signals: [EvidenceSignal], threshold: Int)? {
        teaserSignals[node].map { ($0, ImageSelection.teaserThreshold) }
    }

    /// Whether the element sits inside the article; nil when the page has none.
    package func holds(_ node: Int, in document: HTMLDocument) -> Bool? {
        scope.holds(node, in: document)
    }

    /// The size the image element at `node` is shown at, in words; nil when unknown.
    package func sizeHint(of node: Int, url: String?, in document: HTMLDocument) -> String? {
        document.sizeHint(of: node, url: url)
    }

    /// The candidates of the image at `node` other than the credit `winner` found, each with
    /// why it lost; strategies that find nothing are left out.
    package func candidates(for node: Int, winner: String?) -> [CreditCandidate] {
        let strategies = CreditCascade.strategies
        let winnerRank = winner.flatMap { name in strategies.firstIndex { $0.profile.name == name } }
        var candidates: [CreditCandidate] = []
        for (rank, text) in found[node] ?? [] where rank != winnerRank {
            let profile = strategies[rank].profile
            let reason: String
            if !acceptsHidden && !profile.confidence.isVisible {
                reason = "not run: credits readers do not see are not accepted"
            } else if let winner, let winnerRank, winnerRank < rank {
                reason = "a surer strategy came first: \(winner)"
            } else if let winner, winnerRank == nil {
                reason = "the configured credit element takes precedence: \(winner)"
            } else {
                reason = "found only when run alone: in the cascade, what other images' credits say kept it out"
            }
            candidates.append(CreditCandidate(strategy: profile.name, text: text, lostTo: winner, reason: reason))
        }
        return candidates
    }
}

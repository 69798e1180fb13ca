import CreditModel

/// A byline that names the story's photographer ("John Roe (photography)", "Text and photos:
/// X", a camera icon beside a name; ``BylinePhotoCredit``), given to the pictures of the story
/// still without a credit.
///
/// A byline that repeats one image's own credit (read in its box or beside it) is that
/// image's credit over again, and speaks for no other picture.
struct BylineStrategy: AttributionStrategy {
    let profile = StrategyProfile(
        name: "byline", confidence: .stated, reports: [.byline],
        evidence: "a byline that names the photographer, or a name beside a camera icon in the meta line")

    func fill(_ search: inout CreditSearch) {
        guard let byline = BylinePhotoCredit(document: search.document, scope: search.scope).find(),
            !StatementAssignment.repeats(byline.span.text, anyOf: search.ownTexts)
        else { return }
        // The byline speaks for the story's pictures, not for teasers below the article.
        let end = search.scope.root.map { search.document.subtreeEnd(of: $0) } ?? search.document.nodes.count
        for position in search.openPositions where search.imageNodes[position] < end {
            search.give(byline, to: position, by: self)
        }
    }
}

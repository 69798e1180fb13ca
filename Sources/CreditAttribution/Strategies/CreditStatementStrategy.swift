import CreditModel

/// The credits the article states away from its images, read line by line
/// (``CreditStatementFinder``) and given to the pictures they name by subject, place, order
/// or as a whole (``StatementAssignment``): a credits list, a line about the lead image, one
/// about every image, a closing "Photo: X" line after the last image.
///
/// Statements see the credits found so far: a closing line that repeats one of them covers
/// no other picture.
struct CreditStatementStrategy: AttributionStrategy {
    let profile = StrategyProfile(
        name: "credit-statements", confidence: .stated, reports: [.articleText],
        evidence: "the article's credit lines and lists (`Bildnachweis`, `Main image: X`, `All photos: X`)")

    func fill(_ search: inout CreditSearch) {
        let statements = CreditStatementFinder(
            document: search.document, scope: search.scope, images: search.images
        ).find()
        guard !statements.isEmpty else { return }
        let assignment = StatementAssignment(
            document: search.document, scope: search.scope, images: search.images, urls: search.urls)
        let given = assignment.assign(statements, open: Set(search.openPositions), own: search.foundTexts)
        for (position, credit) in given.sorted(by: { $0.key < $1.key }) {
            search.give(credit, to: position, by: self)
        }
    }
}

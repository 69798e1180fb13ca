import CreditDocument
import CreditLicenses
import CreditModel
import CreditScanner
import CreditText

/// Reads the page around a content image for the credit strategies (``CreditCascade``).
///
/// It finds the image's *box*: the ancestors that hold this image and no other content image
/// and little running text (the figure, the WordPress caption div, a gallery slide). The
/// strategies read inside the box, then the lines right before and after it; the helpers
/// here are what several of them share.
struct CreditLocator {
    let document: HTMLDocument
    let scope: ArticleScope
    /// How many content images sit below each node (by node index), to stop the box at
    /// shared containers.
    let contentImagesBelow: [Int32]

    /// Most running text a box may hold: beyond it the box is the article itself.
    static let maximumBoxParagraphText = 400
    /// Most text of any kind a box may hold (a long caption and its credit fit).
    static let maximumBoxText = 1_000
    /// Most levels the box climbs above the image.
    static let maximumBoxDepth = 6
    /// Longest text that can be a credit line next to the image.
    static let maximumAdjacentText = 400

    init(document: HTMLDocument, scope: ArticleScope, contentImages: [Int]) {
        self.document = document
        self.scope = scope
        contentImagesBelow = document.counts(below: contentImages)
    }

    var visible: VisibleText { VisibleText(document: document) }

    /// The ancestors of the image that belong to it alone, nearest first.
    func box(of image: Int) -> [Int] {
        var levels: [Int] = []
        for ancestor in document.ancestors(of: image) {
            if ancestor == scope.root { break }
            if contentImagesBelow[ancestor] > 1 { break }
            let node = document.nodes[ancestor]
            if node.name == "body" || node.name == "html" { break }
            if scope.paragraphText[ancestor] > Self.maximumBoxParagraphText && node.name != "figure" { break }
            // Pages that set their story in `div`s rather than `p`s: raw text volume tells.
            if scope.allText[ancestor] > Self.maximumBoxText { break }
            levels.append(ancestor)
            // libxml2 nests a picture's `source` elements inside each other: they are no level.
            if levels.filter({ !["source", "picture"].contains(document.nodes[$0].name) }).count >= Self.maximumBoxDepth
            {
                break
            }
        }
        return levels
    }

    /// The credit in an `alt` or `title` text. These describe the picture far more often than
    /// captions do, after the same words ("Bild: Phone card, 20 $"), so a credit there that
    /// counts or prices something needs an agency, notice, handle or licence besides.
    static func attributeSpan(_ text: String) -> CreditSpan? {
        guard let span = CreditSpanFinder.find(in: text) else { return nil }
        let evidence = CreditEvidence(span.text)
        return evidence.countsOrPrices && !evidence.hasSignal ? nil : span
    }

    // MARK: - Helpers

    /// The values ``strategy(ofCaption:)`` answers.
    static let captionStrategies: [CreditStrategy] = [.figcaption, .wpCaption, .creditElement]

    func holdsImage(_ index: Int) -> Bool {
        ["img", "amp-img", "picture"].contains(document.nodes[index].name)
            || document.descendants(of: index).contains {
                ["img", "amp-img", "picture"].contains(document.nodes[$0].name)
            }
    }

    /// The `credit.strategy` of a credit read from a caption: what kind of caption it is.
    func strategy(ofCaption caption: Int) -> CreditStrategy {
        let node = document.nodes[caption]
        if node.name == "figcaption" { return .figcaption }
        if node.classNames.contains(where: { $0.hasPrefix("wp-caption") }) { return .wpCaption }
        return .creditElement
    }

    func links(under index: Int) -> [CreditLink] {
        document.links(under: index).map { CreditLink(text: $0.text, href: $0.href, rel: $0.rel) }
    }
}

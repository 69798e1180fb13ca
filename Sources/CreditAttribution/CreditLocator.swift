import CreditDocument
import CreditLicenses
import CreditModel
import CreditScanner
import CreditText

/// Finds the credit that belongs to one content image.
///
/// It looks in the image's *box*: the ancestors that hold this image and no other content
/// image and little running text (the figure, the WordPress caption div, a gallery slide).
/// Inside the box, dedicated credit elements beat caption text; outside it only the lines
/// right before and after, a page-wide credits list, and finally `alt`/`title` count.
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

    /// The credit of the image element `image` from the page around it, or nil when there
    /// is none; the article's credit statements and `alt`/`title` are the caller's fallbacks.
    func locate(image: Int) -> LocatedCredit? {
        let box = self.box(of: image)
        let top = box.last ?? image
        let parts = BoxParts(document: document, top: top, image: image)
        if var credit = creditInBox(parts) {
            // A licence link elsewhere in the figure belongs to the credit too.
            let licenceLinks = links(under: top).filter { CreditAssembler.isLicenceLink($0) && !credit.links.contains($0) }
            credit.links += licenceLinks
            return credit
        }
        if let credit = dataAttributeCredit(image: image, box: box) { return credit }
        if let credit = looseTextCredit(parts, box: box) { return credit }
        for level in [image] + box {
            if let credit = adjacentCredit(next: level) { return credit }
        }
        return groupCredit(above: top)
    }

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
            if levels.filter({ !["source", "picture"].contains(document.nodes[$0].name) }).count >= Self.maximumBoxDepth {
                break
            }
        }
        return levels
    }

    // MARK: - Strategies

    private func dataAttributeCredit(image: Int, box: [Int]) -> LocatedCredit? {
        for index in [image] + box {
            let node = document.nodes[index]
            // The known names first, then any `data-…credit…`-style name a CMS made up.
            let named = CreditVocabulary.creditAttributes.compactMap { name in
                node.attribute(name).map { (name: name, value: $0) }
            }
            let invented = node.attributes.filter { attribute in
                // creditlint's own directives (`data-creditlint-ignore`) are never credits.
                attribute.name.hasPrefix("data-") && !attribute.name.hasPrefix("data-creditlint-")
                    && CreditVocabulary.creditAttributeStems.contains(where: { attribute.name.containsText($0) })
            }.map { (name: $0.name, value: $0.value) }
            for (name, raw) in named + invented {
                let value = raw.collapsingWhitespace()
                // JSON blobs (`data-image-meta='{"credit":""…}'`) are no credit line.
                guard !value.isEmpty, value.count <= Self.maximumAdjacentText, !value.hasPrefix("{") else { continue }
                return LocatedCredit(
                    span: CreditSpan(text: value), strategy: .dataAttribute, links: [], node: index, attribute: name)
            }
        }
        return nil
    }

    /// Last resort: a credit written into `alt` or `title`, which readers rarely see.
    func attributeCredit(image: Int) -> LocatedCredit? {
        let node = document.nodes[image]
        if let alt = node.attribute("alt"), let span = Self.attributeSpan(alt) {
            return LocatedCredit(span: CreditSpan(text: span.text), strategy: .altText, links: [], node: image, attribute: "alt")
        }
        var titles = [(image, "title")]
        if let link = document.nearestAncestor(of: image, where: { $0.name == "a" }) {
            // Lightbox scripts (Fancybox, Lightbox2, PhotoSwipe) show these only once the
            // picture is opened.
            titles += [(link, "title"), (link, "data-title"), (link, "data-caption"), (link, "data-sub-html")]
        }
        for (holder, name) in titles {
            if let title = document.nodes[holder].attribute(name), let span = Self.attributeSpan(title) {
                return LocatedCredit(
                    span: CreditSpan(text: span.text), strategy: .titleAttribute, links: [], node: holder,
                    attribute: name)
            }
        }
        return nil
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

    func holdsImage(_ index: Int) -> Bool {
        ["img", "amp-img", "picture"].contains(document.nodes[index].name)
            || document.descendants(of: index).contains { ["img", "amp-img", "picture"].contains(document.nodes[$0].name) }
    }

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

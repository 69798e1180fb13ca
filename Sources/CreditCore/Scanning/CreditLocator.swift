import CreditLicenses

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

    private func creditInBox(_ parts: BoxParts) -> LocatedCredit? {
        // A credit element inside the caption: the caption's own text is the description.
        for caption in parts.captions {
            for credit in parts.creditElements where document.isInside(credit, caption) {
                let text = visible.of(credit)
                guard !text.isEmpty else { continue }
                var rest = visible.of(caption, skipping: [credit])
                // A `figcaption.image__credit` is all credit; the caption is a sibling element.
                if rest.isEmpty, let other = parts.captions.first(where: { $0 != caption }) { rest = visible.of(other) }
                return LocatedCredit(
                    span: creditElementSpan(text, caption: rest), strategy: strategy(ofCaption: caption),
                    links: links(under: caption), node: credit)
            }
        }
        for credit in parts.creditElements where !parts.captions.contains(where: { document.isInside(credit, $0) }) {
            let text = visible.of(credit)
            guard !text.isEmpty, text.count <= Self.maximumAdjacentText else { continue }
            let caption = parts.captions.first.map { visible.of($0) }
            return LocatedCredit(
                span: creditElementSpan(text, caption: caption), strategy: .creditElement,
                links: links(under: credit), node: credit)
        }
        for caption in parts.captions {
            guard let span = CreditSpanFinder.find(in: visible.of(caption)) else { continue }
            return LocatedCredit(span: span, strategy: strategy(ofCaption: caption), links: links(under: caption), node: caption)
        }
        for caption in parts.captions {
            for tagged in parts.taggedCredits where document.isInside(tagged, caption) {
                let text = visible.of(tagged)
                guard !text.isEmpty else { continue }
                return LocatedCredit(
                    span: creditElementSpan(text, caption: visible.of(caption, skipping: [tagged])),
                    strategy: strategy(ofCaption: caption), links: links(under: caption), node: tagged)
            }
        }
        for caption in parts.captions {
            if let credit = sourceLinkCaption(caption) { return credit }
        }
        return nil
    }

    /// A caption that is nothing but a link to another site names the picture's source
    /// (a chart "from" the study it links to), so the link text is the credit.
    private func sourceLinkCaption(_ caption: Int) -> LocatedCredit? {
        let text = visible.of(caption)
        let captionLinks = links(under: caption)
        guard captionLinks.count == 1, let link = captionLinks.first, !text.isEmpty,
            link.text.collapsingWhitespace() == text,
            link.href.hasPrefix("http://") || link.href.hasPrefix("https://")
        else { return nil }
        return LocatedCredit(span: CreditSpan(text: text), strategy: strategy(ofCaption: caption), links: captionLinks, node: caption)
    }

    /// Label words that sites set in their own (often visually hidden) span right before the
    /// name, so the text reads "CreditJane Doe".
    static let gluedLabels = ["Credit", "Photo", "Image", "Foto", "Bild", "Copyright", "Source"]

    /// A dedicated credit element's whole text is the credit; only wrapping brackets and
    /// label words glued to the name go.
    func creditElementSpan(_ text: String, caption: String?) -> CreditSpan {
        var credit = text
        var stripped = true
        while stripped {
            stripped = false
            for label in Self.gluedLabels where credit.hasPrefix(label) {
                let rest = credit.dropFirst(label.count)
                if let next = rest.first, next.isUppercase {
                    credit = String(rest)
                    stripped = true
                }
            }
        }
        if let first = credit.first, let last = credit.last, (first == "(" && last == ")") || (first == "[" && last == "]") {
            credit = String(credit.dropFirst().dropLast()).trimmingWhitespace()
        }
        let caption = caption?.collapsingWhitespace()
        return CreditSpan(text: credit, caption: caption?.isEmpty == false ? caption : nil)
    }

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

    /// Text in the box that is neither caption nor credit element (`<p><img><br>Foto: X</p>`),
    /// read at the nearest level that has any.
    private func looseTextCredit(_ parts: BoxParts, box: [Int]) -> LocatedCredit? {
        let skipping = Set(parts.captions + parts.creditElements)
        for level in box {
            let text = visible.of(level, skipping: skipping)
            guard !text.isEmpty else { continue }
            guard text.count <= Self.maximumAdjacentText, let span = CreditSpanFinder.find(in: text) else { return nil }
            return LocatedCredit(span: span, strategy: .adjacentText, links: links(under: level), node: level)
        }
        return nil
    }

    /// The line right after the element, then the one right before it.
    private func adjacentCredit(next top: Int) -> LocatedCredit? {
        var neighbours = [nextSiblingSkippingScripts(of: top)]
        // A line before the image may be the credit of the image before it ("photo A,
        // credit A, photo B"): it counts only when no image precedes it directly.
        if let previous = document.previousElementSibling(of: top),
            !(document.previousElementSibling(of: previous).map(holdsImage) ?? false) {
            neighbours.append(previous)
        }
        for case let neighbour? in neighbours {
            let node = document.nodes[neighbour]
            guard !["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "script", "style"].contains(node.name),
                !holdsImage(neighbour), !Self.isArticleMeta(node)
            else { continue }
            let text = visible.of(neighbour)
            guard !text.isEmpty, text.count <= Self.maximumAdjacentText else { continue }
            // A credit element just outside the figure (`<figure>…</figure><div class="credit">`)
            // is a credit as it stands, labelled or not.
            let credits = ([neighbour] + document.descendants(of: neighbour)).filter {
                document.nodes[$0].kind == .element && BoxParts.isCreditElement(document.nodes[$0])
            }
            if let credit = credits.first, case let creditText = visible.of(credit), !creditText.isEmpty {
                let rest = credit == neighbour ? nil : visible.of(neighbour, skipping: [credit])
                return LocatedCredit(
                    span: creditElementSpan(creditText, caption: rest), strategy: .creditElement,
                    links: links(under: credit), node: credit)
            }
            guard let span = CreditSpanFinder.find(in: text) else { continue }
            return LocatedCredit(span: span, strategy: .adjacentText, links: links(under: neighbour), node: neighbour)
        }
        return nil
    }

    /// Last resort: a credit written into `alt` or `title`, which readers rarely see.
    func attributeCredit(image: Int) -> LocatedCredit? {
        let node = document.nodes[image]
        if let alt = node.attribute("alt"), let span = CreditSpanFinder.find(in: alt) {
            return LocatedCredit(span: CreditSpan(text: span.text), strategy: .altText, links: [], node: image, attribute: "alt")
        }
        var titles = [(image, "title")]
        if let link = document.nearestAncestor(of: image, where: { $0.name == "a" }) {
            // Lightbox scripts (Fancybox, Lightbox2, PhotoSwipe) show these only once the
            // picture is opened.
            titles += [(link, "title"), (link, "data-title"), (link, "data-caption"), (link, "data-sub-html")]
        }
        for (holder, name) in titles {
            if let title = document.nodes[holder].attribute(name), let span = CreditSpanFinder.find(in: title) {
                return LocatedCredit(
                    span: CreditSpan(text: span.text), strategy: .titleAttribute, links: [], node: holder,
                    attribute: name)
            }
        }
        return nil
    }

    // MARK: - Helpers

    /// Class words of the story's own furniture next to a lead image: its byline, date,
    /// tags and share bar, which name the writer rather than the photographer.
    static let articleMetaWords: Set<String> = [
        "byline", "author", "autor", "date", "time", "meta", "dateline", "tags", "share", "kicker",
        "headline", "title", "dek", "standfirst", "summary", "teaser",
    ]

    private static func isArticleMeta(_ node: HTMLNode) -> Bool {
        node.identifiers.verdicts.marksArticleMeta
    }

    /// The next sibling element, passing over the `<noscript>` copy of a lazy image.
    private func nextSiblingSkippingScripts(of index: Int) -> Int? {
        var current = document.nextElementSibling(of: index)
        while let sibling = current, ["noscript", "script", "style"].contains(document.nodes[sibling].name) {
            current = document.nextElementSibling(of: sibling)
        }
        return current
    }

    func holdsImage(_ index: Int) -> Bool {
        ["img", "amp-img", "picture"].contains(document.nodes[index].name)
            || document.descendants(of: index).contains { ["img", "amp-img", "picture"].contains(document.nodes[$0].name) }
    }

    private func strategy(ofCaption caption: Int) -> CreditStrategy {
        let node = document.nodes[caption]
        if node.name == "figcaption" { return .figcaption }
        if node.classNames.contains(where: { $0.hasPrefix("wp-caption") }) { return .wpCaption }
        return .creditElement
    }

    func links(under index: Int) -> [CreditLink] {
        document.links(under: index).map { CreditLink(text: $0.text, href: $0.href, rel: $0.rel) }
    }
}

import CreditDocument

/// The caption and credit elements inside an image's box, outermost first.
package struct BoxParts {
    /// The box's top element (the image itself when it has no box).
    let top: Int
    /// The image element.
    let image: Int
    /// `figcaption`, `.wp-caption-text` and elements whose class says caption.
    package let captions: [Int]
    /// Elements whose class or id says credit, copyright, attribution or source, and `<cite>`
    /// elements outside the caption.
    package let creditElements: [Int]
    /// `<cite>` and short `<small>` elements inside captions: likely credits, but weaker
    /// evidence than a labelled credit in the caption text.
    package let taggedCredits: [Int]

    package init(document: HTMLDocument, top: Int, image: Int) {
        self.top = top
        self.image = image
        var captions: [Int] = []
        var credits: [Int] = []
        var tagged: [Int] = []
        guard top != image else {
            self.captions = []
            creditElements = []
            taggedCredits = []
            return
        }
        for index in document.descendants(of: top) {
            let node = document.nodes[index]
            guard node.kind == .element, !document.isInside(image, index) else { continue }
            guard !["noscript", "script", "style", "img"].contains(node.name) else { continue }
            if document.nearestAncestor(of: index, where: { $0.name == "noscript" }) != nil { continue }
            if VisibleText.isHidden(node) { continue }
            if Self.isCaption(node) && !captions.contains(where: { document.isInside(index, $0) }) {
                captions.append(index)
            }
            // `<cite>`, or a short `<small>`, inside a caption names where the picture comes from.
            let inCaption = captions.contains(where: { document.isInside(index, $0) })
            let citesInCaption =
                (node.name == "cite" || node.name == "small" && document.text(of: index).count <= 80) && inCaption
            // A `<cite>` beside the caption in the picture's own box is its credit element,
            // whatever its words ("Berkeley Earth").
            if Self.isCreditElement(node) || node.name == "cite" && !inCaption {
                credits.append(index)
            } else if citesInCaption {
                tagged.append(index)
            }
        }
        // A "credit" wrapper that also holds a caption (`figcaption.image__credit` around a
        // caption span and an attribution span) is a caption; among the rest the outermost
        // credit element holds the whole credit.
        let captionClassed = Set(document.descendants(of: top).filter { Self.isCaption(document.nodes[$0]) })
        let wrappers = Set(
            credits.filter { credit in
                captionClassed.contains { $0 != credit && document.isInside($0, credit) }
            })
        let plain = credits.filter { !wrappers.contains($0) }
        self.captions = captions
        taggedCredits = tagged
        creditElements = plain.filter { credit in !plain.contains { $0 != credit && document.isInside(credit, $0) } }
    }

    package static func isCaption(_ node: HTMLNode) -> Bool {
        if node.name == "figcaption" { return true }
        // Class words, including glued ones (`imgcaption`, `bildunterschrift2`): see
        // ``IdentifierVerdicts``.
        return node.identifiers.verdicts.marksCaption
    }

    /// schema.org properties that name who owns or made the picture.
    static let creditProperties: Set<String> = [
        "copyrightholder", "copyrightnotice", "credittext", "creator",
    ]

    package static func isCreditElement(_ node: HTMLNode) -> Bool {
        guard !["img", "source", "picture", "figure", "a", "meta", "link"].contains(node.name) else { return false }
        if let itemprop = node.attribute("itemprop")?.lowercased(),
            itemprop.split(separator: " ").contains(where: { creditProperties.contains(String($0)) })
        {
            return true
        }
        // Credit words, or a person word beside a picture word: "photo-byline" or "image-author"
        // names the photographer, a bare "byline" or "author" the article's writer.
        return node.identifiers.verdicts.marksCredit
    }
}

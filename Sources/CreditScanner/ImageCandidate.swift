import CreditDocument

/// An image element found on the page, before it is judged content or decoration.
package struct ImageCandidate {
    /// The `img`, `amp-img` or `source` element.
    package let node: Int
    /// The element's tag name.
    package let element: String
    /// Its URLs, with `<picture>` sources folded in.
    package var urls: ImageURLs
    /// Whether it sits inside `<noscript>` (libxml2 parses that content as real elements).
    let inNoscript: Bool

    /// Every image element of the page in document order.
    ///
    /// `<source>` elements join the `<img>` of their `<picture>`; the `img` that AMP puts
    /// inside `amp-img` is left out because the `amp-img` already stands for it.
    static func collect(in document: HTMLDocument) -> [ImageCandidate] {
        var result: [ImageCandidate] = []
        for index in document.elements(named: ["img", "amp-img", "source"]) {
            // Fields read in place: copying every node of the page costs a retain per field.
            let name = document.nodes[index].name
            guard name == "img" || name == "amp-img" || name == "source" else { continue }
            let node = document.nodes[index]
            switch node.name {
            case "img":
                if document.nearestAncestor(of: index, where: { $0.name == "amp-img" }) != nil { continue }
                var urls = ImageURLs(of: node)
                if let picture = Self.picture(of: index, in: document) {
                    for source in document.elements(named: ["source"], under: picture) {
                        urls = urls.merging(ImageURLs(of: document.nodes[source]))
                    }
                }
                // A source-only picture beside the image is another rendition of it.
                for sibling in Self.sourceOnlyPictures(near: index, in: document) {
                    for source in document.elements(named: ["source"], under: sibling) {
                        urls = urls.merging(ImageURLs(of: document.nodes[source]))
                    }
                }
                result.append(Self(node: index, element: "img", urls: urls, inNoscript: isInNoscript(index, document)))
            case "amp-img":
                result.append(
                    Self(
                        node: index, element: "amp-img", urls: ImageURLs(of: node),
                        inNoscript: isInNoscript(index, document)))
            case "source":
                guard let picture = Self.picture(of: index, in: document) else { continue }
                // A picture with an img is reported through the img; otherwise its first
                // source stands for the image.
                guard document.elements(named: ["img"], under: picture).isEmpty,
                    document.elements(named: ["source"], under: picture).first == index
                else { continue }
                let container = document.nodes[picture].parent
                if container >= 0, !document.elements(named: ["img"], under: container).isEmpty { continue }
                var urls = ImageURLs(primary: nil, others: [])
                for source in document.elements(named: ["source"], under: picture) {
                    urls = urls.merging(ImageURLs(of: document.nodes[source]))
                }
                result.append(
                    Self(node: index, element: "source", urls: urls, inNoscript: isInNoscript(index, document)))
            default:
                continue
            }
        }
        return result
    }

    /// The `picture` element an image or source belongs to. libxml2 does not know that
    /// `source` is empty, so later siblings end up nested inside it: the picture is then
    /// found above a chain of `source` elements.
    private static func picture(of index: Int, in document: HTMLDocument) -> Int? {
        var current = document.nodes[index].parent
        while current >= 0 {
            let name = document.nodes[current].name
            if name == "picture" { return current }
            guard name == "source" else { return nil }
            current = document.nodes[current].parent
        }
        return nil
    }

    /// Pictures without an `img` in the same parent as the image's own picture (or the
    /// image itself): responsive layouts sometimes split one image into several.
    private static func sourceOnlyPictures(near image: Int, in document: HTMLDocument) -> [Int] {
        // Only pictures have picture neighbours worth a look; a bare img skips the scan of
        // a possibly huge parent.
        guard let own = picture(of: image, in: document) else { return [] }
        let container = document.nodes[own].parent
        guard container >= 0 else { return [] }
        return document.elementChildren(of: container).filter { child in
            child != own && document.nodes[child].name == "picture"
                && document.elements(named: ["img"], under: child).isEmpty
        }
    }

    private static func isInNoscript(_ index: Int, _ document: HTMLDocument) -> Bool {
        document.nearestAncestor(of: index, where: { $0.name == "noscript" }) != nil
    }
}

extension ImageURLs {
    /// These URLs with another rendition's URLs added (the first primary stays primary).
    func merging(_ other: ImageURLs) -> ImageURLs {
        var seen = Set(all)
        var others = self.others
        for url in other.all where seen.insert(url).inserted { others.append(url) }
        guard primary != nil else {
            return ImageURLs(primary: others.first, others: Array(others.dropFirst()))
        }
        return ImageURLs(primary: primary, others: others)
    }
}

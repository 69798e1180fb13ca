/// An image element found on the page, before it is judged content or decoration.
struct ImageCandidate {
    /// The `img`, `amp-img` or `source` element.
    let node: Int
    /// The element's tag name.
    let element: String
    /// Its URLs, with `<picture>` sources folded in.
    var urls: ImageURLs
    /// Whether it sits inside `<noscript>` (libxml2 parses that content as real elements).
    let inNoscript: Bool

    /// Every image element of the page in document order.
    ///
    /// `<source>` elements join the `<img>` of their `<picture>`; the `img` that AMP puts
    /// inside `amp-img` is left out because the `amp-img` already stands for it.
    static func collect(in document: HTMLDocument) -> [ImageCandidate] {
        var result: [ImageCandidate] = []
        for index in document.nodes.indices {
            let node = document.nodes[index]
            guard node.kind == .element else { continue }
            switch node.name {
            case "img":
                if document.nearestAncestor(of: index, where: { $0.name == "amp-img" }) != nil { continue }
                var urls = ImageURLs(of: node)
                let parent = node.parent
                if parent >= 0, document.nodes[parent].name == "picture" {
                    for source in document.elementChildren(of: parent) where document.nodes[source].name == "source" {
                        urls = urls.merging(ImageURLs(of: document.nodes[source]))
                    }
                }
                result.append(Self(node: index, element: "img", urls: urls, inNoscript: isInNoscript(index, document)))
            case "amp-img":
                result.append(Self(node: index, element: "amp-img", urls: ImageURLs(of: node), inNoscript: isInNoscript(index, document)))
            case "source":
                let parent = node.parent
                guard parent >= 0, document.nodes[parent].name == "picture" else { continue }
                let hasImage = document.elementChildren(of: parent).contains { document.nodes[$0].name == "img" }
                // Only the first source of a picture without an img stands for the image.
                let firstSource = document.elementChildren(of: parent).first { document.nodes[$0].name == "source" }
                guard !hasImage, firstSource == index else { continue }
                var urls = ImageURLs(primary: nil, others: [])
                for source in document.elementChildren(of: parent) where document.nodes[source].name == "source" {
                    urls = urls.merging(ImageURLs(of: document.nodes[source]))
                }
                result.append(Self(node: index, element: "source", urls: urls, inNoscript: isInNoscript(index, document)))
            default:
                continue
            }
        }
        return result
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

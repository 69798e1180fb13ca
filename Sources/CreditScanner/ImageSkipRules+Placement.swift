import CreditDocument

/// Reasons from where an image sits: outside the article, in page chrome, or in a container
/// whose class words name furniture; and what keeps a picture presented as one inside the
/// article from being judged by such words.
extension ImageSkipRules {
    /// Reasons from the image's own words and from containers that are small next to the
    /// article; a big container's words (`article-content no-ads`) describe the whole story.
    ///
    /// A picture presented as one (a figure with a caption, a thumbnail that opens its own
    /// full size) inside the article is content whatever the class words of its own box say
    /// (`img.site-logos` in a captioned figure), and the weak words of the containers above
    /// it (``presentedPictureWeakReasons``) do not count either.
    func containerReason(_ image: Int, urls: ImageURLs) -> SkipDecision? {
        let lead = scope.leadContainer(of: image, in: document) ?? declaredLeadContainer(of: image, urls: urls)
        let inArticle = lead != nil || scope.contains(image, in: document)
        let boundary = lead ?? scope.root
        let rootText = scope.root.map { scope.paragraphText[$0] } ?? 0
        let presentedBox = inArticle ? presentationBox(of: image, urls: urls) : nil
        var chain = [image]
        for ancestor in document.ancestors(of: image) {
            if inArticle, ancestor == boundary { break }
            chain.append(ancestor)
        }
        var insideBox = presentedBox != nil
        for index in chain {
            // Fields are read in place rather than copying each node of the chain.
            let name = document.nodes[index].name
            if !inArticle, let reason = Self.chromeElements[name] {
                return SkipDecision(reason, "inside <\(name)> outside the article")
            }
            if inArticle && (name == "nav" || name == "aside" || name == "footer") {
                return SkipDecision(Self.chromeElements[name] ?? name, "inside <\(name)>")
            }
            defer { if index == presentedBox { insideBox = false } }
            let small = index == image || rootText == 0 || Double(scope.paragraphText[index]) < 0.5 * Double(rootText)
            guard small, !insideBox else { continue }
            let role = document.nodes[index].attributes.first { $0.name == "role" }?.value.lowercased()
            if role == "navigation" { return SkipDecision("navigation", "role=navigation") }
            if role == "complementary" { return SkipDecision("sidebar", "role=complementary") }
            // Judged once per split (``IdentifierVerdicts``), which elements with one class share.
            let verdicts = document.nodes[index].identifiers.verdicts
            if let reason = verdicts.skipReason {
                if presentedBox != nil && Self.presentedPictureWeakReasons.contains(reason) { continue }
                let word = verdicts.skipWord.map { "class word \"\($0)\"" } ?? "class words"
                return SkipDecision(reason, "\(word) on \(SkipDecision.describe(document.nodes[index]))")
            }
        }
        guard !inArticle else { return nil }
        return SkipDecision(
            "outside-article", scope.root.map { "outside \(SkipDecision.describe(document.nodes[$0]))" })
    }

    /// Skip reasons too weak to outweigh a picture presented as one: a story's closing
    /// `footer` block or a `logo` class can hold its photos.
    static let presentedPictureWeakReasons: Set<String> = ["footer", "logo", "icon"]

    /// The element that presents the image as a picture of its own: the figure (or picture
    /// container) that gives it a caption, or the link that opens its full size; nil for
    /// an image shown bare.
    func presentationBox(of image: Int, urls: ImageURLs) -> Int? {
        let nearby = document.ancestors(of: image).prefix(4)
        for ancestor in nearby {
            let node = document.nodes[ancestor]
            if node.name == "a" {
                if Self.opensOwnFullSize(link: node, urls: urls) { return ancestor }
                continue
            }
            guard node.name == "figure" || node.identifiers.verdicts.marksPictureContainer else { continue }
            guard scope.allText[ancestor] <= Self.maximumCaptionBoxText else { return nil }
            let hasCaption = document.descendants(of: ancestor).contains { index in
                BoxParts.isCaption(document.nodes[index]) && scope.allText[index] > 0
            }
            return hasCaption ? ancestor : nil
        }
        return nil
    }

    /// Whether a link around the image opens a larger rendition of the same picture.
    static func opensOwnFullSize(link: HTMLNode, urls: ImageURLs) -> Bool {
        guard let href = link.attribute("href"), linksToImageFile(href) else { return false }
        let target = RenditionKey.of(LinkTarget.path(of: href.lowercased()))
        let sources = urls.all.map { RenditionKey.of(LinkTarget.path(of: $0.lowercased())) }
        return sources.contains {
            $0 == target || $0.lastPiece(splitAt: "/") == target.lastPiece(splitAt: "/")
        }
    }

    /// For a picture above the article that the page declares as its own (`og:image`), the
    /// container it shares with the article; nil for every other image, and for pictures in
    /// the page's header, navigation, sidebars or footer.
    private func declaredLeadContainer(of image: Int, urls: ImageURLs) -> Int? {
        guard let root = scope.root, image < root, !document.isInside(image, root), hints.isDeclaredLead(urls) else {
            return nil
        }
        var current = document.nodes[image].parent
        while current > 0 {
            if document.isInside(root, current) { return current }
            let node = document.nodes[current]
            if Self.chromeElements[node.name] != nil { return nil }
            if let role = node.attribute("role")?.lowercased(), Self.chromeRoles.contains(role) { return nil }
            current = node.parent
        }
        return nil
    }
}

import CreditDocument
import CreditLicenses
import CreditText

/// Decides whether an image is decoration or page furniture rather than article content.
///
/// Reasons are short kebab-case words (`navigation`, `avatar`, `tracking-pixel`) that end up
/// in ``SkippedImage/reason``. Class and id words are compared as whole words (see
/// ``HTMLNode/classAndIDWords``) so that `shared-story` does not read as a share button.
struct ImageSkipRules {
    let document: HTMLDocument
    let scope: ArticleScope
    /// How many image elements (outside `<noscript>`) sit below each node, by node index.
    let imagesBelow: [Int32]
    /// The page's own picture and address, from its head.
    let hints: PageImageHints
    /// The page's links to a subscription, shop or donation page, with the path segment that
    /// says so, in document order: read once, since every picture's promotion box is
    /// searched for them.
    let promotionLinks: [(link: Int, segment: String)]

    init(document: HTMLDocument, scope: ArticleScope, candidates: [ImageCandidate]) {
        self.document = document
        self.scope = scope
        imagesBelow = document.counts(below: candidates.filter { !$0.inNoscript }.map(\.node))
        hints = candidates.isEmpty ? PageImageHints() : PageImageHints(document)
        promotionLinks =
            candidates.isEmpty
            ? []
            : document.elements(named: ["a"]).compactMap { link in
                // A byte search first: most links name no such page, and parsing each is dear.
                guard let href = document.nodes[link].attribute("href"), Self.promotionSegmentMatcher.matches(href)
                else {
                    return nil
                }
                return LinkTarget(href).pathSegments.first(where: { Self.promotionPathSegments.contains(String($0)) })
                    .map { (link, String($0)) }
            }
    }

    /// The reason that belongs to the picture file itself wherever it appears: its size or
    /// its URL (an icon, a logo, a tracking pixel), or nil.
    func fileReason(for image: Int, urls: ImageURLs) -> String? {
        let node = document.nodes[image]
        if let width = Self.pixels(node.attribute("width")), let height = Self.pixels(node.attribute("height")),
            width <= 2 && height <= 2
        {
            return "tracking-pixel"
        }
        // A small rendering of a photo says nothing about the file; a small vector or GIF
        // is an icon wherever it appears.
        let lowered = (urls.primary ?? "").lowercased()
        let path = lowered.firstPiece(splitAt: "?") ?? ""
        let isIconFormat = [".svg", ".gif", ".ico"].contains(where: path.hasSuffix)
        if isIconFormat, let decision = sizeReason(node) { return decision.reason }
        return urlReason(urls, captioned: isInFigure(image)).flatMap {
            $0.reason == "no-url" || $0.reason == "embed-widget" ? nil : $0.reason
        }
    }

    /// Why the image is not content, or nil when it is.
    ///
    /// The image's own attributes and URL come first, then where it sits (caption, article,
    /// container words), then where its link leads, then its size.
    /// The decision names the check that made it (``SkipDecision/check``), for the evidence.
    func reason(for image: Int, urls: ImageURLs) -> SkipDecision? {
        let node = document.nodes[image]
        if let decision = attributeReason(node, image: image) { return decision.checked("attributes") }
        if let decision = urlReason(urls, captioned: isInFigure(image)) { return decision.checked("image-url") }
        if let decision = captionIconReason(image) { return decision.checked("caption-icon") }
        if let decision = containerReason(image, urls: urls) { return decision.checked("container") }
        if let decision = linkReason(image, urls: urls) { return decision.checked("link") }
        if let decision = promotionBoxReason(image) { return decision.checked("promotion-box") }
        if let decision = thumbnailStripReason(image) { return decision.checked("thumbnail-strip") }
        if let decision = sizeReason(node) { return decision.checked("size") }
        return nil
    }

    private func attributeReason(_ node: HTMLNode, image: Int) -> SkipDecision? {
        if node.attribute("role")?.lowercased() == "presentation" {
            return SkipDecision("presentation", "role=presentation")
        }
        if document.nearestAncestor(of: image, where: { $0.name == "template" }) != nil {
            return SkipDecision("template")
        }
        if VisibleText.isHiddenOutright(node) { return SkipDecision("hidden") }
        // Pictures inside forms and buttons are controls (captchas, submit icons). A form
        // around the whole page (ASP.NET wraps every page in one) is no control.
        if let control = document.ancestors(of: image).prefix(6).first(where: {
            document.nodes[$0].name == "form" || document.nodes[$0].name == "button"
        }) {
            if document.nodes[control].name == "button" { return SkipDecision("icon", "inside a button") }
            let wrapsArticle = scope.root.map { document.isInside($0, control) } ?? true
            if !wrapsArticle && scope.allText[control] <= Self.maximumFormText { return SkipDecision("form") }
        }
        if node.attribute("aria-hidden")?.lowercased() == "true" {
            return SkipDecision("presentation", "aria-hidden=true")
        }
        let width = Self.pixels(node.attribute("width"))
        let height = Self.pixels(node.attribute("height"))
        if let width, let height, width <= 2 && height <= 2 {
            return SkipDecision("tracking-pixel", "\(width)x\(height)")
        }
        // An empty alt marks decoration on purpose; with a small size it is a strong signal.
        if node.attribute("alt")?.trimmingWhitespace().isEmpty == true, let width, let height,
            width <= Self.decorativeSide && height <= Self.decorativeSide
        {
            return SkipDecision("decorative", "alt=\"\" at \(width)x\(height)")
        }
        // So is a banner-shaped strip: photos are rarely four times wider than high, page
        // banners and key visuals usually are. A caption makes it a picture again.
        if node.attribute("alt")?.trimmingWhitespace().isEmpty == true, let width, let height,
            width >= Self.minimumBannerRatio * height,
            presentationBox(of: image, urls: ImageURLs(primary: nil, others: [])) == nil
        {
            return SkipDecision("decorative", "alt=\"\" on a \(width)x\(height) strip, a banner")
        }
        return nil
    }

    /// Whether the image sits in a `figure` or an image container (`.infobox-image`),
    /// which present it as a picture of its own.
    private func isInFigure(_ image: Int) -> Bool {
        document.ancestors(of: image).prefix(4).contains { ancestor in
            let node = document.nodes[ancestor]
            return node.name == "figure" || node.identifiers.verdicts.marksPictureContainer
        }
    }

    /// Reasons from the image's URL. File-name words (`logo`, `badge`) count only outside
    /// figures: a story about a new logo shows it in a figure.
    private func urlReason(_ urls: ImageURLs, captioned: Bool) -> SkipDecision? {
        guard let primary = urls.primary?.lowercased() else { return SkipDecision("no-url") }
        if let group = Self.urlHintMatcher.firstGroup(in: primary) {
            let fragment = Self.urlHints[group].fragments.first { primary.containsText($0) } ?? ""
            return SkipDecision(Self.urlHints[group].reason, "image URL has \"\(fragment)\"")
        }
        let path = primary.firstPiece(splitAt: "?") ?? primary
        let fileName = path.lastPiece(splitAt: "/") ?? path
        let words = HTMLNode.splitIdentifierWords(fileName)
        // Spinners and preload images stand in for the pictures of a gallery while it loads,
        // in a figure or not.
        if [".gif", ".svg", ".png"].contains(where: path.hasSuffix),
            let word = words.first(where: Self.loadingIndicatorWords.contains)
        {
            return SkipDecision("icon", "a loading indicator (file name word \"\(word)\")")
        }
        guard !captioned else { return nil }
        if let group = Self.fileNameHintMatcher.firstGroup(in: fileName) {
            let fragment = Self.fileNameHints[group].fragments.first { fileName.containsText($0) } ?? ""
            return SkipDecision(Self.fileNameHints[group].reason, "file name has \"\(fragment)\"")
        }
        for (reason, vocabulary) in Self.fileNameWords {
            if let word = words.first(where: vocabulary.contains) {
                return SkipDecision(reason, "file name word \"\(word)\"")
            }
        }
        return nil
    }

    /// An icon set inside the caption or credit line of another picture (a camera glyph
    /// before the photographer's name): it belongs to that picture's credit.
    private func captionIconReason(_ image: Int) -> SkipDecision? {
        guard
            let caption = document.ancestors(of: image).prefix(3).first(where: {
                BoxParts.isCaption(document.nodes[$0]) || BoxParts.isCreditElement(document.nodes[$0])
            })
        else { return nil }
        let box = document.nodes[caption].parent
        guard box > 0, box != scope.root, scope.allText[box] <= Self.maximumCaptionBoxText else { return nil }
        // Nodes are in document order: the box's children before the caption come between.
        let before = (box + 1)..<caption
        guard
            before.contains(where: {
                document.nodes[$0].kind == .element && Self.isPictureElement(document.nodes[$0].name)
            })
        else { return nil }
        return SkipDecision("icon", "inside the caption of another picture")
    }

    private static func isPictureElement(_ name: String) -> Bool {
        name == "img" || name == "picture" || name == "amp-img"
    }

    /// Whether the image is one of many linked thumbnails without alt text or captions
    /// (a carousel leading to a gallery page): a gallery whose slides carry captions or
    /// alt text is content, a bare strip of links is navigation.
    private func thumbnailStripReason(_ image: Int) -> SkipDecision? {
        let node = document.nodes[image]
        let nearby = document.ancestors(of: image).prefix(6)
        guard let link = nearby.prefix(3).first(where: { document.nodes[$0].name == "a" }) else { return nil }
        guard (node.attribute("alt") ?? "").trimmingWhitespace().isEmpty else { return nil }
        // A gallery whose thumbnails open the full picture (a lightbox) shows its pictures
        // right here; a strip leads away to a gallery page.
        if Self.linksToImageFile(document.nodes[link].attribute("href")) { return nil }
        for ancestor in nearby where ancestor != scope.root {
            let count = Int(imagesBelow[ancestor])
            guard count >= Self.minimumStripImages else { continue }
            // Raw text volume (precomputed) rather than rendering a possibly huge container.
            guard scope.allText[ancestor] < 20 * count else { return nil }
            return SkipDecision("thumbnail-strip", "one of \(count) linked thumbnails without alt text or captions")
        }
        return nil
    }

    static let urlHintMatcher = FragmentMatcher(urlHints.map(\.fragments))
    static let fileNameHintMatcher = FragmentMatcher(fileNameHints.map(\.fragments))
    static let promotionLinkMatcher = FragmentMatcher([promotionLinkHints])
    static let authorLinkMatcher = FragmentMatcher([authorLinkHints])

    /// Whether a link target is a picture file (`.jpg`, `.png` …).
    static func linksToImageFile(_ href: String?) -> Bool {
        guard let href = href?.lowercased() else { return false }
        let path = href.firstPiece(splitAt: "?") ?? href
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].contains(where: path.hasSuffix)
    }

    /// Reasons from the size the image is shown at: an icon (a side of 48 pixels or less)
    /// or a rule between sections (a thin strip many times wider than high).
    private func sizeReason(_ node: HTMLNode) -> SkipDecision? {
        let width = Self.pixels(node.attribute("width"))
        let height = Self.pixels(node.attribute("height"))
        // A 48-pixel-wide or 10-pixel-high picture is an icon, a rating star or a bullet,
        // whatever its other side.
        if let side = [width, height].compactMap({ $0 }).min(), side <= 48 {
            return SkipDecision("icon", ImageSizeHints(width: width, height: height, source: "attributes").text)
        }
        if let size = ImageSizeHints.of(node, url: nil), let wide = size.width, let high = size.height,
            high <= Self.maximumDividerHeight, wide >= Self.minimumDividerRatio * high
        {
            return SkipDecision("decorative", "\(size.text): a divider between sections")
        }
        return nil
    }

    /// A `width`/`height` attribute as a number (`"1"`, `"1px"`), nil for percentages.
    static func pixels(_ value: String?) -> Int? {
        guard let value = value?.trimmingWhitespace(), !value.hasSuffix("%") else { return nil }
        // `0` means "scale to fit" on some CMSs, not an invisible picture.
        guard let number = Int(value.prefix(while: \.isNumber)), number > 0 else { return nil }
        return number
    }
}

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

    init(document: HTMLDocument, scope: ArticleScope, candidates: [ImageCandidate]) {
        self.document = document
        self.scope = scope
        imagesBelow = document.counts(below: candidates.filter { !$0.inNoscript }.map(\.node))
    }

    /// The reason that belongs to the picture file itself wherever it appears: its size or
    /// its URL (an icon, a logo, a tracking pixel), or nil.
    func fileReason(for image: Int, urls: ImageURLs) -> String? {
        let node = document.nodes[image]
        if let width = Self.pixels(node.attribute("width")), let height = Self.pixels(node.attribute("height")),
            width <= 2 && height <= 2 {
            return "tracking-pixel"
        }
        // A small rendering of a photo says nothing about the file; a small vector or GIF
        // is an icon wherever it appears.
        let lowered = (urls.primary ?? "").lowercased()
        let path = Self.firstPiece(of: lowered, splitAt: "?") ?? ""
        let isIconFormat = [".svg", ".gif", ".ico"].contains(where: path.hasSuffix)
        if isIconFormat, let reason = sizeReason(node) { return reason }
        return urlReason(urls, captioned: isInFigure(image)).flatMap {
            $0 == "no-url" || $0 == "embed-widget" ? nil : $0
        }
    }

    /// The reason to skip the image, or nil when it is content.
    func reason(for image: Int, urls: ImageURLs) -> String? {
        let node = document.nodes[image]
        if let reason = attributeReason(node, image: image) { return reason }
        if let reason = urlReason(urls, captioned: isInFigure(image)) { return reason }
        if let reason = containerReason(image) { return reason }
        if let reason = linkReason(image) { return reason }
        if isInThumbnailStrip(image) { return "thumbnail-strip" }
        if let reason = sizeReason(node) { return reason }
        return nil
    }

    private func attributeReason(_ node: HTMLNode, image: Int) -> String? {
        if node.attribute("role")?.lowercased() == "presentation" { return "presentation" }
        if document.nearestAncestor(of: image, where: { $0.name == "template" }) != nil { return "template" }
        if VisibleText.isHiddenOutright(node) { return "hidden" }
        // Pictures inside forms and buttons are controls (captchas, submit icons). A form
        // around the whole page (ASP.NET wraps every page in one) is no control.
        if let control = document.ancestors(of: image).prefix(6).first(where: { document.nodes[$0].name == "form" || document.nodes[$0].name == "button" }) {
            if document.nodes[control].name == "button" { return "icon" }
            let wrapsArticle = scope.root.map { document.isInside($0, control) } ?? true
            if !wrapsArticle && scope.allText[control] <= Self.maximumFormText { return "form" }
        }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return "presentation" }
        let width = Self.pixels(node.attribute("width")), height = Self.pixels(node.attribute("height"))
        if let width, let height, width <= 2 && height <= 2 { return "tracking-pixel" }
        // An empty alt marks decoration on purpose; with a small size it is a strong signal.
        if node.attribute("alt")?.trimmingWhitespace().isEmpty == true, let width, let height,
            width <= Self.decorativeSide && height <= Self.decorativeSide {
            return "decorative"
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
    private func urlReason(_ urls: ImageURLs, captioned: Bool) -> String? {
        guard let primary = urls.primary?.lowercased() else { return "no-url" }
        if let group = Self.urlHintMatcher.firstGroup(in: primary) { return Self.urlHints[group].reason }
        guard !captioned else { return nil }
        let path = Self.firstPiece(of: primary, splitAt: "?") ?? primary
        let fileName = Self.lastPiece(of: path, splitAt: "/") ?? path
        if let group = Self.fileNameHintMatcher.firstGroup(in: fileName) { return Self.fileNameHints[group].reason }
        let words = Set(HTMLNode.splitIdentifierWords(fileName))
        for (reason, vocabulary) in Self.fileNameWords where !words.isDisjoint(with: vocabulary) {
            return reason
        }
        return nil
    }

    /// Reasons from the link around the image: a donation or ad link, or a teaser card
    /// whose link also holds a headline (content images link to their full size, if at all).
    private func linkReason(_ image: Int) -> String? {
        let nearby = document.ancestors(of: image).prefix(4)
        if nearby.contains(where: { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(document.nodes[$0].name) }) {
            return "heading-graphic"
        }
        guard let link = nearby.first(where: { document.nodes[$0].name == "a" }),
            let href = document.nodes[link].attribute("href")?.lowercased()
        else { return nil }
        if Self.promotionLinkMatcher.matches(href) { return "advertisement" }
        // Licence deeds have `/by/` in their path too ("licenses/by/2.0").
        if Self.authorLinkMatcher.matches(href) && !href.containsText("creativecommons.org") { return "avatar" }
        let linksToImage = Self.linksToImageFile(href)
        let linkNode = document.nodes[link]
        let opensViewer = linkNode.identifiers.verdicts.marksViewer
            || linkNode.attribute("rel").map { $0.lowercased().containsText("lightbox") } == true
        guard !linksToImage && !opensViewer else { return nil }
        // Caption and credit text inside the link belongs to the picture, not to a headline.
        let captions = document.descendants(of: link).filter {
            BoxParts.isCaption(document.nodes[$0]) || BoxParts.isCreditElement(document.nodes[$0])
        }
        let linkText = VisibleText(document: document).of(link, skipping: Set(captions))
        // A link holding the picture's credit ("Photo by Jane Doe on Unsplash") is no teaser.
        if linkText.count >= 25 && CreditSpanFinder.find(in: linkText) == nil { return "related-posts" }
        return nil
    }

    /// Whether the image is one of many linked thumbnails without alt text or captions
    /// (a carousel leading to a gallery page): a gallery whose slides carry captions or
    /// alt text is content, a bare strip of links is navigation.
    private func isInThumbnailStrip(_ image: Int) -> Bool {
        let node = document.nodes[image]
        guard (node.attribute("alt") ?? "").trimmingWhitespace().isEmpty else { return false }
        let nearby = document.ancestors(of: image).prefix(6)
        guard let link = nearby.prefix(3).first(where: { document.nodes[$0].name == "a" }) else { return false }
        // A gallery whose thumbnails open the full picture (a lightbox) shows its pictures
        // right here; a strip leads away to a gallery page.
        if Self.linksToImageFile(document.nodes[link].attribute("href")) { return false }
        for ancestor in nearby where ancestor != scope.root {
            let count = Int(imagesBelow[ancestor])
            guard count >= Self.minimumStripImages else { continue }
            // Raw text volume (precomputed) rather than rendering a possibly huge container.
            return scope.allText[ancestor] < 20 * count
        }
        return false
    }

    static let urlHintMatcher = FragmentMatcher(urlHints.map(\.fragments))
    static let fileNameHintMatcher = FragmentMatcher(fileNameHints.map(\.fragments))
    static let promotionLinkMatcher = FragmentMatcher([promotionLinkHints])
    static let authorLinkMatcher = FragmentMatcher([authorLinkHints])

    /// What `text.split(separator:).first` gives (the first non-empty piece), found by
    /// bytes in ASCII text without splitting the rest; nil when there is no piece.
    static func firstPiece(of text: String, splitAt separator: Character) -> String? {
        guard text.isASCIIOnly, let byte = separator.asciiValue else {
            return text.split(separator: separator).first.map(String.init)
        }
        let bytes = text.utf8
        guard let start = bytes.firstIndex(where: { $0 != byte }) else { return nil }
        let end = bytes[start...].firstIndex(of: byte) ?? bytes.endIndex
        return String(text[start..<end])
    }

    /// What `text.split(separator:).last` gives (the last non-empty piece), found by bytes in
    /// ASCII text; nil when there is no piece.
    static func lastPiece(of text: String, splitAt separator: Character) -> String? {
        guard text.isASCIIOnly, let byte = separator.asciiValue else {
            return text.split(separator: separator).last.map(String.init)
        }
        let bytes = text.utf8
        guard let last = bytes.lastIndex(where: { $0 != byte }) else { return nil }
        let end = bytes.index(after: last)
        let start = bytes[..<end].lastIndex(of: byte).map { bytes.index(after: $0) } ?? bytes.startIndex
        return String(text[start..<end])
    }

    /// Whether a link target is a picture file (`.jpg`, `.png` …).
    static func linksToImageFile(_ href: String?) -> Bool {
        guard let href = href?.lowercased() else { return false }
        let path = firstPiece(of: href, splitAt: "?") ?? href
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].contains(where: path.hasSuffix)
    }

    private func sizeReason(_ node: HTMLNode) -> String? {
        let width = Self.pixels(node.attribute("width")), height = Self.pixels(node.attribute("height"))
        // A 48-pixel-wide or 10-pixel-high picture is an icon, a rating star or a bullet,
        // whatever its other side.
        if let side = [width, height].compactMap({ $0 }).min(), side <= 48 { return "icon" }
        return nil
    }

    /// Reasons from the image's own words and from containers that are small next to the
    /// article; a big container's words (`article-content no-ads`) describe the whole story.
    private func containerReason(_ image: Int) -> String? {
        let lead = scope.leadContainer(of: image, in: document)
        let inArticle = lead != nil || scope.contains(image, in: document)
        let boundary = lead ?? scope.root
        let rootText = scope.root.map { scope.paragraphText[$0] } ?? 0
        var chain = [image]
        for ancestor in document.ancestors(of: image) {
            if inArticle, ancestor == boundary { break }
            chain.append(ancestor)
        }
        for index in chain {
            // Fields are read in place rather than copying each node of the chain.
            let name = document.nodes[index].name
            if !inArticle, let reason = Self.chromeElements[name] { return reason }
            if inArticle && (name == "nav" || name == "aside" || name == "footer") {
                return Self.chromeElements[name]
            }
            let small = index == image || rootText == 0 || Double(scope.paragraphText[index]) < 0.5 * Double(rootText)
            guard small else { continue }
            let role = document.nodes[index].attributes.first { $0.name == "role" }?.value.lowercased()
            if role == "navigation" { return "navigation" }
            if role == "complementary" { return "sidebar" }
            // Judged once per split (``IdentifierVerdicts``), which elements with one class share.
            if let reason = document.nodes[index].identifiers.verdicts.skipReason { return reason }
        }
        return inArticle ? nil : "outside-article"
    }

    /// What a container's class and id words say about the images in it.
    struct WordVerdict {
        /// The skip reason, or nil when the words name none (or mark content).
        var reason: String?
    }

    /// The reason a container's class and id words give to skip the images in it.
    static func wordReason(_ identifierWords: [String]) -> WordVerdict {
        guard !identifierWords.isEmpty else { return WordVerdict() }
        var words = splittingCompounds(Set(identifierWords))
        guard !words.isEmpty else { return WordVerdict() }
        // WordPress wraps every gallery photo in `.gallery-icon`, and CMSs wrap pictures
        // in `.image-widget`: next to a picture word these are no decoration.
        if !words.isDisjoint(with: pictureContainerWords) { words.subtract(["icon", "widget", "widgets"]) }
        // A container marked as the lead picture is content whatever else its classes
        // say (`block-image-ads hero-image`).
        if !words.isDisjoint(with: contentWords) { return WordVerdict() }
        // The first reason in list order whose vocabulary holds one of the words.
        guard let first = words.compactMap({ containerReasonIndex[$0] }).min() else { return WordVerdict() }
        return WordVerdict(reason: containerWords[first].reason)
    }

    /// The words plus the skip words hidden in glued compounds (`relatedposts` → `related`,
    /// `adslot` is listed already): only a known skip word followed by a known container
    /// noun counts, so `sharedstory` stays a story.
    static func splittingCompounds(_ words: Set<String>) -> Set<String> {
        var result = words
        for word in words where word.utf8.count > 6 {
            for noun in compoundNouns where word.utf8.count > noun.utf8.count + 3 && word.hasSuffix(noun) {
                let stem = String(word.utf8.dropLast(noun.utf8.count)) ?? ""
                if compoundStems.contains(stem) { result.insert(stem) }
            }
        }
        return result
    }

    /// For each container word, the first entry of ``containerWords`` that lists it: one
    /// lookup per word instead of a set test per reason.
    static let containerReasonIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, entry) in containerWords.enumerated() {
            for word in entry.words where index[word] == nil { index[word] = position }
        }
        return index
    }()

    /// The skip words long enough to be told apart inside a compound (four letters or more).
    static let compoundStems: Set<String> = Set(containerWords.flatMap { $0.words.filter { $0.count >= 4 } })

    /// A `width`/`height` attribute as a number (`"1"`, `"1px"`), nil for percentages.
    static func pixels(_ value: String?) -> Int? {
        guard let value = value?.trimmingWhitespace(), !value.hasSuffix("%") else { return nil }
        // `0` means "scale to fit" on some CMSs, not an invisible picture.
        guard let number = Int(value.prefix(while: \.isNumber)), number > 0 else { return nil }
        return number
    }
}

import CreditDocument
import CreditLicenses
import CreditModel
import CreditText

/// Reasons from the link around an image. Content pictures link to their own full size if
/// anywhere; a picture that leads elsewhere is weighed by where it leads (an ad server, a
/// shop or subscription page, a social network profile) and by what surrounds the link (a
/// headline linking to the same page, a row of cards of the same shape, a small size).
extension ImageSkipRules {
    /// The reason the link around the image gives, or nil.
    func linkReason(_ image: Int, urls: ImageURLs) -> SkipDecision? {
        let nearby = document.ancestors(of: image).prefix(4)
        if let heading = nearby.first(where: { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(document.nodes[$0].name) })
        {
            return SkipDecision.surroundings("heading-graphic", "inside <\(document.nodes[heading].name)>")
        }
        guard let link = nearby.first(where: { document.nodes[$0].name == "a" }),
            let href = document.nodes[link].attribute("href")?.lowercased()
        else { return nil }
        let target = LinkTarget(href)
        if Self.promotionLinkMatcher.matches(href) {
            return SkipDecision.surroundings(
                "advertisement", "links to an ad server or a donation page (\(Self.shortTarget(href)))")
        }
        // Licence deeds have `/by/` in their path too ("licenses/by/2.0").
        if Self.authorLinkMatcher.matches(href) && !href.containsText("creativecommons.org") {
            return SkipDecision.surroundings("avatar", "links to an author page")
        }
        if let network = socialNetwork(of: target) {
            return SkipDecision.surroundings("share-button", "links to a profile or share page on \(network)")
        }
        if let segment = target.pathSegments.first(where: { Self.promotionPathSegments.contains(String($0)) }) {
            return SkipDecision.surroundings("advertisement", "links to a \(segment) page")
        }
        let node = document.nodes[image]
        let size = ImageSizeHints.of(node, url: urls.primary)
        if case .page = target, let size, size.source == "attributes", let width = size.width, let height = size.height,
            Self.standardAdSizes.contains(where: { $0 == (width, height) })
        {
            return SkipDecision.surroundings(
                "advertisement", "\(size.text), a standard ad size, linked to \(Self.shortTarget(href))")
        }
        if case .page = target, let word = bannerWord(image: image, link: link) {
            return SkipDecision.surroundings("advertisement", "a linked banner (\(word))")
        }
        let linkNode = document.nodes[link]
        let opensViewer =
            linkNode.identifiers.verdicts.marksViewer
            || linkNode.attribute("rel").map { $0.lowercased().containsText("lightbox") } == true
        guard case .page = target, !opensViewer else { return nil }
        return teaserReason(image: image, link: link, href: href, size: size, urls: urls)
    }

    /// A picture leading to another page, weighed as a teaser card: a headline in or beside
    /// the link that leads to the same page is enough alone; otherwise two of a link hidden
    /// from screen readers (the headline link repeats it), a row of cards of the same shape
    /// and a small size make a teaser. The page's own declared picture counts against.
    private func teaserReason(image: Int, link: Int, href: String, size: ImageSizeHints?, urls: ImageURLs)
        -> SkipDecision?
    {
        let signals = teaserSignals(image: image, link: link, href: href, size: size, urls: urls)
        guard signals.reduce(0, { $0 + $1.weight }) >= Self.teaserThreshold else { return nil }
        let evidence = (["links to another page"] + signals.filter { $0.weight > 0 }.map(\.detail))
        var decision = SkipDecision.surroundings("related-posts", evidence.joined(separator: "; "))
        decision.signals = signals
        decision.threshold = Self.teaserThreshold
        return decision
    }

    /// For a content image that links to another page, the teaser signals it was weighed on
    /// and kept despite (they fall short of ``teaserThreshold``); nil for an image that was
    /// not weighed as a teaser. For `explain`: it repeats what ``linkReason(_:urls:)`` read.
    func keptTeaserSignals(_ image: Int, urls: ImageURLs) -> [EvidenceSignal]? {
        guard let link = document.ancestors(of: image).prefix(4).first(where: { document.nodes[$0].name == "a" }),
            let href = document.nodes[link].attribute("href")?.lowercased()
        else { return nil }
        let linkNode = document.nodes[link]
        let opensViewer =
            linkNode.identifiers.verdicts.marksViewer
            || linkNode.attribute("rel").map { $0.lowercased().containsText("lightbox") } == true
        guard case .page = LinkTarget(href), !opensViewer else { return nil }
        let size = ImageSizeHints.of(document.nodes[image], url: urls.primary)
        return teaserSignals(image: image, link: link, href: href, size: size, urls: urls)
    }

    /// The teaser signals that fire for a picture whose link leads to another page.
    private func teaserSignals(image: Int, link: Int, href: String, size: ImageSizeHints?, urls: ImageURLs)
        -> [EvidenceSignal]
    {
        var signals: [EvidenceSignal] = []
        // Caption and credit text inside the link belongs to the picture, not to a headline.
        let captions = document.descendants(of: link).filter {
            BoxParts.isCaption(document.nodes[$0]) || BoxParts.isCreditElement(document.nodes[$0])
        }
        let linkText = VisibleText(document: document).of(link, skipping: Set(captions))
        // A link holding the picture's credit ("Photo by Jane Doe on Unsplash") is no teaser.
        if linkText.count >= 25 && CreditSpanFinder.find(in: linkText) == nil {
            signals.append(EvidenceSignal(name: "headline-in-link", weight: 2, detail: "with a headline"))
        } else if headlineBeside(link: link, href: href) {
            signals.append(
                EvidenceSignal(name: "headline-beside", weight: 2, detail: "a headline beside it links there too"))
        }
        let linkNode = document.nodes[link]
        if linkNode.attribute("aria-hidden")?.lowercased() == "true" || linkNode.attribute("tabindex") == "-1" {
            signals.append(
                EvidenceSignal(
                    name: "hidden-link", weight: 1, detail: "the picture's link is hidden from screen readers"))
        }
        if let word = cardWord(around: link) {
            signals.append(EvidenceSignal(name: "card-word", weight: 1, detail: word))
        }
        if let cards = repeatedCards(around: link), cards >= Self.minimumRepeatedCards {
            signals.append(
                EvidenceSignal(name: "repeated-cards", weight: 1, detail: "one of \(cards) cards of the same shape"))
        }
        if isSectionPage(target: LinkTarget(href)) {
            signals.append(EvidenceSignal(name: "section-page", weight: 1, detail: "a section page of the site"))
        }
        if let size, let width = size.width, width <= Self.teaserWidth {
            signals.append(EvidenceSignal(name: "small-size", weight: 1, detail: "\(size.text) (\(size.source))"))
        }
        if hints.isDeclaredLead(urls) {
            signals.append(
                EvidenceSignal(name: "declared-lead", weight: -2, detail: "the page declares it its own picture"))
        }
        return signals
    }

    /// The weight of signals that makes a linked picture a teaser.
    static let teaserThreshold = 2

    /// Whether a link leads to a section of the same site (`/sport/`, `/c/awards/`) rather
    /// than to a story: one or two short path segments without digits or dots, the last
    /// without a slug's hyphens.
    private func isSectionPage(target: LinkTarget) -> Bool {
        guard case .page(let host, _) = target else { return false }
        if let host, host != hints.host { return false }
        let segments = target.pathSegments
        guard (1...2).contains(segments.count), let last = segments.last, !last.contains("-") else { return false }
        return segments.allSatisfy { segment in
            segment.utf8.count <= 24 && !segment.contains(where: \.isNumber) && !segment.contains(".")
        }
    }

    /// A picture in a small promotion box: beside it a button-like link, or a box whose
    /// class calls it a banner, leads to a subscription, shop or donation page.
    func promotionBoxReason(_ image: Int) -> SkipDecision? {
        guard !promotionLinks.isEmpty else { return nil }
        var box = image
        for _ in 0..<Self.cardLevels + 1 {
            let parent = document.nodes[box].parent
            guard parent > 0, parent != scope.root, scope.allText[parent] <= Self.maximumCardText else { return nil }
            box = parent
            let boxIsBanner = !document.nodes[box].identifiers.words.isDisjoint(with: Self.bannerWords)
            for (link, segment) in promotionLinks where document.isInside(link, box) {
                let linkNode = document.nodes[link]
                let isButton =
                    linkNode.attribute("role")?.lowercased() == "button"
                    || !linkNode.identifiers.words.isDisjoint(with: Self.buttonWords)
                if isButton || boxIsBanner {
                    return SkipDecision.surroundings(
                        "advertisement",
                        "in \(SkipDecision.describe(document.nodes[box])) with a link to a \(segment) page")
                }
            }
        }
        return nil
    }

    /// Whether another link near the picture's own, to the same page, holds a headline: the
    /// title of a teaser card, whose picture and title link to the story separately.
    private func headlineBeside(link: Int, href: String) -> Bool {
        let target = Self.comparableHref(href)
        guard !target.isEmpty else { return false }
        var card = link
        // The links of the card one level down were compared already: each level reads only
        // the part of its subtree outside that card.
        var compared = (link + 1)..<(link + 1)
        for _ in 0..<Self.cardLevels {
            let parent = document.nodes[card].parent
            guard parent > 0, parent != scope.root, scope.allText[parent] <= Self.maximumCardText else { return false }
            card = parent
            for other in (card + 1)..<document.subtreeEnd(of: card) where other != link && !compared.contains(other) {
                guard document.nodes[other].kind == .element, document.nodes[other].name == "a",
                    let otherHref = document.nodes[other].attribute("href"),
                    Self.href(otherHref, leadsTo: target)
                else { continue }
                let text = VisibleText(document: document).of(other)
                if text.count >= Self.minimumHeadline { return true }
            }
            compared = (card + 1)..<document.subtreeEnd(of: card)
        }
        return false
    }

    /// How many siblings share the shape of the card around a link (same tag and class),
    /// counting the card itself; nil when no card within a few levels repeats.
    private func repeatedCards(around link: Int) -> Int? {
        var card = link
        for _ in 0..<Self.cardLevels {
            let parent = document.nodes[card].parent
            guard parent > 0 else { return nil }
            let node = document.nodes[card]
            let shape = node.attribute("class") ?? ""
            let same = document.elementChildren(of: parent).filter {
                document.nodes[$0].name == node.name && (document.nodes[$0].attribute("class") ?? "") == shape
                    && Int(imagesBelow[$0]) > 0
            }.count
            if same >= Self.minimumRepeatedCards && (!shape.isEmpty || node.name != "p") { return same }
            guard parent != scope.root else { return nil }
            card = parent
        }
        return nil
    }

    /// A class word of the link or the few containers above it that names a card or a
    /// teaser (`card-image-link`, `teaser__media`): one piece of evidence, never enough
    /// alone, since some sites call their lead picture a teaser.
    private func cardWord(around link: Int) -> String? {
        var current = link
        for _ in 0...Self.cardLevels {
            guard current > 0, current != scope.root else { return nil }
            let node = document.nodes[current]
            if let word = node.identifiers.words.first(where: Self.cardWords.contains) {
                return "class word \"\(word)\" on \(SkipDecision.describe(node))"
            }
            current = node.parent
        }
        return nil
    }

    /// The word `banner` (or a translation) in the alt text or class of the image, its link
    /// or the link's parent: a promotion shown as a picture.
    private func bannerWord(image: Int, link: Int) -> String? {
        let alt = HTMLNode.splitIdentifierWords(document.nodes[image].attribute("alt") ?? "")
        if let word = alt.first(where: Self.bannerWords.contains) { return "alt \"\(word)\"" }
        for index in [image, link, document.nodes[link].parent] where index > 0 {
            if let word = document.nodes[index].identifiers.words.first(where: Self.bannerWords.contains) {
                return "class word \"\(word)\" on \(SkipDecision.describe(document.nodes[index]))"
            }
        }
        return nil
    }

    /// The social network a link leads to when it is a profile or a share page rather than
    /// one post (`twitter.com/example`, `facebook.com/sharer.php`), else nil.
    private func socialNetwork(of target: LinkTarget) -> String? {
        guard case .page(let host?, _) = target else { return nil }
        guard let network = Self.socialHosts.first(where: { host == $0 || host.hasSuffix("." + $0) }) else {
            return nil
        }
        let segments = target.pathSegments
        if segments.count <= 1 { return network }
        return segments.contains(where: { segment in Self.shareWords.contains { segment.containsText($0) } })
            ? network : nil
    }

    /// An `href` reduced to what two links to the same page share: no scheme or host, no
    /// fragment, no trailing slash. A slice of `href`, cut on its bytes: it is taken of every
    /// link near every linked picture.
    static func comparableHref(_ href: String) -> Substring {
        let slash = UInt8(ascii: "/")
        var value = Substring(href.trimmingWhitespace())
        if let hash = value.utf8.firstIndex(of: UInt8(ascii: "#")) { value = value[..<hash] }
        if let authority = LinkTarget.afterScheme(value) {
            value = authority[(authority.utf8.firstIndex(of: slash) ?? authority.endIndex)...]
        }
        while value.utf8.last == slash { value = value[..<value.utf8.index(before: value.endIndex)] }
        return value
    }

    /// Whether `href` reduces to `target`, a ``comparableHref(_:)`` of a lower-cased `href`,
    /// ignoring case: ASCII capitals are folded on the bytes, without a lower-cased copy.
    static func href(_ href: String, leadsTo target: Substring) -> Bool {
        guard href.isASCIIOnly else { return comparableHref(href.lowercased()) == target }
        return comparableHref(href).utf8.elementsEqual(target.utf8) { $0.asciiLowercased == $1 }
    }

    /// The host of a link, or its start, for evidence.
    static func shortTarget(_ href: String) -> String {
        LinkTarget.host(of: href) ?? String(href.prefix(40))
    }
}

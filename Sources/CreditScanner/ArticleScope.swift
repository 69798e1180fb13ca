import CreditDocument
import CreditLicenses

/// The part of a page that holds the article: the element whose images are content.
///
/// Pages wrap the article in many ways, so several kinds of candidates compete: semantic
/// `article` and `[itemprop=articleBody]` elements, CMS content containers, then `main`.
/// The winner must hold a fair share of the page's story text (paragraphs outside links,
/// comment threads and dialogs, as content extractors such as Readability weigh link density),
/// which keeps a short teaser `article` card, a strip of linked excerpts or a long comment
/// thread from beating the real story.
package struct ArticleScope {
    /// The chosen article element, or nil when the page has no recognisable article.
    package let root: Int?
    /// The paragraph text length below every node, for judging how big a container is.
    package let paragraphText: [Int]
    /// All text length below every node (menus and captions included).
    package let allText: [Int]
    /// The running text below every node that reads as story rather than as links: paragraph
    /// text outside links, and long runs of text set straight into a `div` or `td` (pages that
    /// break lines with `<br>` rather than paragraphs). The article is chosen by this, so that
    /// a strip of linked teaser excerpts does not outweigh the story beside it.
    let storyText: [Int]

    /// A candidate's kind: lower ranks win when the text shares are comparable.
    enum Tier: Int, Comparable {
        case semantic = 0
        case container = 1
        case main = 2
        static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Picks the article of a page.
    package init(_ document: HTMLDocument) {
        let measured = Self.measureText(document)
        paragraphText = measured.paragraphs
        allText = measured.all
        // A page with next to no story text by that measure but many paragraphs sets its text
        // where the measure does not look (the whole site inside `<noscript>`, everything
        // after an unclosed `<a>` inside that link): its paragraphs are then the measure.
        let weighedLinks = measured.story[0] * Self.linkedPageRatio >= measured.paragraphs[0]
        storyText = weighedLinks ? measured.story : measured.paragraphs
        let storyText = self.storyText
        var candidates: [(index: Int, tier: Tier)] = []
        var headlines: [Int] = []
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            if let tier = Self.tier(of: index, in: document) { candidates.append((index, tier)) }
            let name = document.nodes[index].name
            if name.utf8.count == 2 && name == "h1" { headlines.append(index) }
        }
        let pageText = storyText[0]
        let most = candidates.map { storyText[$0.index] }.max() ?? 0
        // Marked-up candidates that miss most of the story (teaser cards, a comment form)
        // lose to the smallest element that holds most of the page's story text.
        guard most > 0, Double(most) >= Self.minimumShare * Double(pageText) else {
            root =
                Self.textContainer(storyText, document)
                ?? Self.blockAfterHeadline(headlines, storyText, document)
                ?? candidates.first(where: { $0.tier == .semantic })?.index
            return
        }
        let eligible = candidates.filter { Double(storyText[$0.index]) >= 0.5 * Double(most) }
        guard let best = eligible.min(by: { ($0.tier, -storyText[$0.index]) < ($1.tier, -storyText[$1.index]) })
        else {
            root = nil
            return
        }
        // Among equals, the outermost wins: it also holds the lead image in the article's
        // header, which the inner text container leaves out.
        let outer = eligible.filter { $0.tier == best.tier && document.isInside(best.index, $0.index) }
        root = outer.map(\.index).min() ?? best.index
    }

    /// How many times more paragraph text than story text a page may have before its story
    /// text is taken for an artefact of where the page sets its text.
    static let linkedPageRatio = 20

    /// Least share of the page's story text the chosen article must hold.
    static let minimumShare = 0.25

    /// The deepest element holding most (70 %) of the page's story text: the article of
    /// pages without semantic markup (old table layouts).
    private static func textContainer(_ storyText: [Int], _ document: HTMLDocument) -> Int? {
        let pageText = storyText[0]
        guard pageText > 0 else { return nil }
        var current = 0
        while true {
            let children = document.elementChildren(of: current)
            guard let next = children.first(where: { Double(storyText[$0]) >= 0.7 * Double(pageText) }) else { break }
            current = next
        }
        let name = document.nodes[current].name
        return current == 0 || name == "html" || name == "body" ? nil : current
    }

    /// The first sizeable text block right after a headline (`h1`), or after a container of
    /// it: the story of a page whose text is spread over several blocks (the story, a shop
    /// listing, a hidden notice) that no single container holds most of, follows its title.
    private static func blockAfterHeadline(_ headlines: [Int], _ storyText: [Int], _ document: HTMLDocument) -> Int? {
        let least = minimumShare * Double(storyText[0])
        guard least > 0 else { return nil }
        for headline in headlines {
            var current = headline
            for _ in 0..<3 {
                let following = document.followingSiblings(of: current).lazy.filter {
                    document.nodes[$0].kind == .element
                }
                if let block = following.prefix(3).first(where: { Double(storyText[$0]) >= least }) { return block }
                current = document.nodes[current].parent
                guard current > 0, document.nodes[current].name != "body" else { break }
            }
        }
        return nil
    }

    /// The candidate kind of an element, read field by field from the array: copying each
    /// node of the page out of it retains all its storage (about 1% of a scan).
    static func tier(of index: Int, in document: HTMLDocument) -> Tier? {
        let name = document.nodes[index].name
        // Lengths first: this runs on every element, and most names fail on length alone.
        let length = name.utf8.count
        // WordPress puts `single-post` on `body`: the whole page is no article.
        if length == 4 && (name == "body" || name == "html") { return nil }
        if length == 7 && name == "article" { return .semantic }
        // The first `itemprop` and `role`, in one pass that compares names by length first.
        var itemprop: String?
        var role: String?
        for attribute in document.nodes[index].attributes {
            switch attribute.name.utf8.count {
            case 8 where itemprop == nil && attribute.name == "itemprop": itemprop = attribute.value
            case 4 where role == nil && attribute.name == "role": role = attribute.value
            default: break
            }
        }
        if let itemprop = itemprop?.lowercased(), itemprop.containsText("articlebody") { return .semantic }
        if (length == 4 && name == "main") || role?.lowercased() == "main" { return .main }
        // Most elements have no class or id: their node holds no split at all.
        return document.nodes[index].identifierSlot.words?.verdicts.marksArticleContainer == true ? .container : nil
    }

    /// For a lead or hero image shown just above the article text but outside the chosen
    /// element, the nearby container both share; nil for every other image.
    ///
    /// Only images before the article, in a container at most three levels above it that
    /// is not much bigger than the article, and marked as media (`figure`, `.hero`,
    /// `.featured-image`) count, so page banners and sidebars stay out.
    func leadContainer(of image: Int, in document: HTMLDocument) -> Int? {
        guard let root, image < root, !document.isInside(image, root) else { return nil }
        guard let shared = document.ancestors(of: root).prefix(3).first(where: { document.isInside(image, $0) })
        else { return nil }
        let sharedNode = document.nodes[shared]
        guard sharedNode.name != "body", sharedNode.name != "html" else { return nil }
        guard Double(paragraphText[shared]) <= 1.5 * Double(paragraphText[root]) + 200 else { return nil }
        var current = image
        while current != shared && current >= 0 {
            let node = document.nodes[current]
            if node.name == "figure" || node.name == "picture" && current != image { return shared }
            if current != image, node.identifiers.verdicts.marksLead { return shared }
            if ["nav", "aside", "footer", "form"].contains(node.name) { return nil }
            current = node.parent
        }
        return nil
    }

    /// Whether a node lies inside the article (everything does when no article was found).
    func contains(_ index: Int, in document: HTMLDocument) -> Bool {
        guard let root else { return true }
        return document.isInside(index, root)
    }
}

import CreditDocument
import CreditLicenses
import CreditScanner

/// Gives the article's credit statements (``ArticleCredits``) to the content images that
/// have no credit of their own, the most specific evidence first:
/// 1. a list entry that names a picture's subject ("Melencolia I: …") to that picture;
/// 2. a statement about the lead picture or a place ("Main image: …", "Bild – unten: …")
///    to the picture there;
/// 3. a list's other entries by order when there is one per picture left, else the one
///    entry or the whole list to each picture left;
/// 4. a statement about every picture ("All photos: …"), then a closing "Photo: …" line,
///    to each picture left.
/// A picture that has a credit of its own keeps it, and a statement that only repeats one
/// picture's own credit covers no other.
struct StatementAssignment {
    let document: HTMLDocument
    let scope: ArticleScope
    /// The content images in document order, with their boxes, and their primary URLs.
    let boxes: [ImageBox]
    let urls: [String?]
    /// The content images' elements.
    let images: [Int]

    init(document: HTMLDocument, scope: ArticleScope, images: [ImageBox], urls: [String?]) {
        self.document = document
        self.scope = scope
        boxes = images
        self.urls = urls
        self.images = images.map(\.image)
    }

    /// Most article text that may stand before the lead picture, and the share of the whole
    /// article text it may be when that is more: the headline, standfirst and byline.
    static let leadTextAllowance = 400
    static let leadTextShare = 0.15

    /// The credit each statement gives, by the position of its image among the images: only
    /// to the images at the `open` positions. `own` are the texts of the credits images have.
    func assign(_ credits: ArticleCredits, open: Set<Int>, own: [String]) -> [Int: LocatedCredit] {
        var open = open
        var given: [Int: LocatedCredit] = [:]
        var used = Set<EntryID>()
        func give(_ credit: LocatedCredit, to image: Int) {
            given[image] = credit
            open.remove(image)
        }
        // 1. Entries naming a picture's subject.
        let titleWords = open.isEmpty ? [:] : titleWordsOfOpenImages(open)
        for (listIndex, list) in credits.lists.enumerated() {
            for (entryIndex, entry) in list.entries.enumerated() {
                guard case .titled(let head) = entry.scope else { continue }
                let words = ImageTitleWords.words(of: head.joined(separator: " "))
                guard let image = bestMatch(words, among: open, titleWords: titleWords) else { continue }
                give(entry.credit, to: image)
                used.insert(EntryID(list: listIndex, entry: entryIndex))
            }
        }
        // 2. The lead picture and pictures by their place.
        let placed = credits.lines + credits.lists.flatMap(\.entries)
        for statement in placed {
            guard let image = target(of: statement.scope), open.contains(image) else { continue }
            give(statement.credit, to: image)
        }
        // 3. The lists' other entries.
        for (listIndex, list) in credits.lists.enumerated() where !open.isEmpty {
            let rest = list.entries.indices.filter { index in
                !used.contains(EntryID(list: listIndex, entry: index)) && !Self.isPlaced(list.entries[index].scope)
            }
            guard !rest.isEmpty else { continue }
            let pictures = open.sorted().filter { isCovered($0, by: list.entries[0]) }
            if rest.count == pictures.count && rest.count > 1 {
                for (image, entry) in zip(pictures, rest) { give(list.entries[entry].credit, to: image) }
            } else {
                let credit = rest.count == 1 && list.entries.count > 1 ? list.entries[rest[0]].credit : list.whole
                for image in pictures { give(credit, to: image) }
            }
        }
        // 4. Statements about every picture, then closing lines that repeat no picture's own credit.
        let every = credits.lines.filter { $0.scope == .every }
        let closing = credits.lines.filter { $0.scope == .plain && !Self.repeats($0.credit.span.text, anyOf: own) }
        for statement in every + closing {
            for image in open.sorted() where isCovered(image, by: statement) { give(statement.credit, to: image) }
        }
        return given
    }

    /// An entry of one of the page's lists.
    private struct EntryID: Hashable {
        var list: Int
        var entry: Int
    }

    /// Whether the image stands where the statement may cover it.
    /// A statement about the article's pictures covers its lead picture too when that
    /// stands above the article's text container (a hero image in the page header).
    private func isCovered(_ image: Int, by statement: CreditStatement) -> Bool {
        guard let covered = statement.covered else { return true }
        if document.isInside(images[image], covered) { return true }
        return covered == scope.root && images[image] < covered && image == leadImage()
    }

    /// Whether a statement's text is one picture's own credit over again ("Photo by X" in
    /// the header, the lead picture's caption credit "Photo by X, public domain").
    static func repeats(_ text: String, anyOf credits: [String]) -> Bool {
        let statement = normalised(text)
        guard !statement.isEmpty else { return false }
        return credits.contains { credit in
            let own = normalised(credit)
            return !own.isEmpty && (own.containsText(statement) || statement.containsText(own))
        }
    }

    private static func normalised(_ text: String) -> String {
        StatementScope.words(of: text).joined(separator: " ")
    }

    private static func isPlaced(_ scope: StatementScope) -> Bool {
        switch scope {
        case .lead, .position: true
        case .every, .titled, .plain: false
        }
    }

    // MARK: - Targets

    /// The image a lead or place statement speaks of, by its index among the images.
    private func target(of scope: StatementScope) -> Int? {
        let shown = articleImages
        let count = shown.count
        switch scope {
        case .lead:
            return leadImage()
        case .position(.first):
            return shown.first
        case .position(.last):
            return shown.last
        case .position(.middle):
            return count >= 3 && count % 2 == 1 ? shown[count / 2] : nil
        case .position(.ordinal(let number)):
            return number >= 1 && number <= count ? shown[number - 1] : nil
        case .every, .titled, .plain:
            return nil
        }
    }

    /// The indices of the images that stand in the article or above it (a lead picture over
    /// the headline), in order: the places a statement names are counted among them, not
    /// among advertisements below the story.
    private var articleImages: [Int] {
        guard let root = scope.root else { return Array(images.indices) }
        let end = document.subtreeEnd(of: root)
        return images.indices.filter { images[$0] < end }
    }

    /// The first image when little of the article's text stands before it: a lead picture
    /// that is a CSS background leaves the first inline picture no lead.
    private func leadImage() -> Int? {
        guard let first = images.first else { return nil }
        let root = scope.root ?? 0
        let allowance = max(Double(Self.leadTextAllowance), Self.leadTextShare * Double(scope.allText[root]))
        return Double(textBefore(first, within: root)) <= allowance ? 0 : nil
    }

    /// How much of the article's text comes before `node`: none when it stands above the
    /// article, all of it when it stands below.
    private func textBefore(_ node: Int, within root: Int) -> Int {
        if node < root { return 0 }
        if node >= document.subtreeEnd(of: root) { return scope.allText[root] }
        var total = 0
        var current = node
        while current != root, current > 0 {
            for sibling in document.precedingSiblings(of: current) {
                // Text beside elements is counted in no element's total.
                let node = document.nodes[sibling]
                total += node.kind == .text ? node.text.trimmingWhitespace().count : scope.allText[sibling]
            }
            current = document.nodes[current].parent
        }
        return total
    }

    // MARK: - Titles

    private func titleWordsOfOpenImages(_ open: Set<Int>) -> [Int: Set<String>] {
        var words: [Int: Set<String>] = [:]
        for index in open {
            let image = images[index]
            let captions = boxes[index].parts.captions.map { document.text(of: $0) }
            words[index] = ImageTitleWords.of(image: image, url: urls[index], captions: captions, in: document)
        }
        return words
    }

    /// The one open image whose words the head matches best, if one does.
    private func bestMatch(_ head: [String], among open: Set<Int>, titleWords: [Int: Set<String>]) -> Int? {
        guard !head.isEmpty else { return nil }
        let scores = open.map { (image: $0, score: ImageTitleWords.score(head, against: titleWords[$0] ?? [])) }
        guard let best = scores.max(by: { $0.score < $1.score }), best.score > 0,
            scores.filter({ $0.score == best.score }).count == 1
        else { return nil }
        return best.image
    }
}

import CreditDocument
import CreditLicenses
import CreditScanner
import CreditText
import Foundation

/// Collects the credits an article states away from its pictures, once per page.
///
/// The article is read line by line (``TextLines``): a `<br>` or a nested block starts a
/// new line, so "Image: A<br>Main image: B" is two statements. A line counts when it is
/// short and its head says which pictures it covers (``StatementScope``):
/// - every picture: "All photos: …", "Text and photos: …", "Photos by …";
/// - the lead picture: "Main image: …", "Featured image credit: …", "Titelbild: …";
/// - one picture by its place: "Bild – oben: …", "Bottom photo: …";
/// - a plain "Photo: …" line after the last picture, away from every picture: the
///   article's closing credit ("[사진=MBC, SBS]").
/// A line that starts with a credits-list label ("Bildnachweis:", "Image credits") opens a
/// list whose entries are the lines after it.
///
/// A plain line in or next to a picture's own box is that picture's credit (the strategies
/// ``BoxTextStrategy`` and ``AdjacentLineStrategy`` read it), never a statement about the others; a plural one ("Fotos: …" above a gallery)
/// speaks of more pictures than the one beside it.
struct CreditStatementFinder {
    let document: HTMLDocument
    let scope: ArticleScope
    /// The content images, in document order.
    let images: [Int]
    /// Elements that belong to one content image: the image, its box and the short elements
    /// right before and after each of them.
    let imageBound: Set<Int>

    /// Longest line read as a statement.
    static let maximumLineLength = 300

    init(document: HTMLDocument, scope: ArticleScope, images: [ImageBox]) {
        self.document = document
        self.scope = scope
        self.images = images.map(\.image)
        var bound: Set<Int> = []
        for image in images {
            for level in [image.image] + image.levels {
                bound.insert(level)
                // Only a short neighbour is the picture's credit line; a long one is the text.
                for case let neighbour? in [
                    document.nextElementSibling(of: level), document.previousElementSibling(of: level),
                ]
                where scope.allText[neighbour] <= CreditLocator.maximumAdjacentText {
                    bound.insert(neighbour)
                }
            }
        }
        imageBound = bound
    }

    /// The article's statements and lists.
    func find() -> ArticleCredits {
        var credits = ArticleCredits()
        let lines = TextLines(document: document)
        // A list that takes the lines of the element after its label ends here.
        var consumedUntil = 0
        for block in candidateBlocks() where block >= consumedUntil {
            let blockLines = lines.of(block, descending: false)
            var position = 0
            while position < blockLines.count {
                let line = blockLines[position]
                position += 1
                guard line.text.count <= Self.maximumLineLength, StatementStems.matches(line.text) else { continue }
                let text = Self.unwrapped(line.text)
                if let (label, rest) = Self.listLabel(text) {
                    var body = Array(blockLines[position...])
                    position = blockLines.count
                    // A heading alone ("Photo credits") names the list in the element after it.
                    if rest.isEmpty && body.isEmpty, let next = document.nextElementSibling(of: block) {
                        body = lines.of(next, descending: true)
                        consumedUntil = document.subtreeEnd(of: next)
                    }
                    if let list = list(label: line, named: label, rest: rest, body: body) { credits.lists.append(list) }
                    continue
                }
                if let statement = statement(line, text: text) { credits.lines.append(statement) }
            }
        }
        return credits
    }

    // MARK: - Lines

    /// The statement a line makes on its own, if it makes one.
    private func statement(_ line: TextLine, text: String) -> CreditStatement? {
        // "By Ana Ruiz (text) and Ben Cole (photography)" names the story's photographer; in
        // "Max Roe (photo) takes over …" the role marks who is pictured, so it must end the line.
        if text.count <= BylinePhotoCredit.maximumLength, let span = BylinePhotoCredit.photographerBeforeRole(in: text),
            text.trimmingCharacters(in: CharacterSet(charactersIn: " .")).hasSuffix(span),
            !isBylineCredit(line, text: text)
        {
            return CreditStatement(
                credit: credit(span, lines: [line]), scope: .every, start: line.start, covered: scope.root)
        }
        guard let (head, rest) = StatementScope.split(text), !rest.isEmpty else { return nil }
        let scope = StatementScope(head: head, inList: false)
        // "Words: A Photos: B", "Text: A · Fotos: B": the photographer named after the writer
        // took the story's pictures.
        if scope != .every, StatementScope.namesWriter(head), let segment = StatementScope.pictureRoleSegment(in: rest),
            let (_, credited) = StatementScope.split(segment), namesSomeone(credited), !isBylineCredit(line, text: text)
        {
            return CreditStatement(
                credit: credit(segment, lines: [line]), scope: .every, start: line.start, covered: self.scope.root)
        }
        let bound = isImageBound(line)
        var covered = self.scope.root
        switch scope {
        case .every:
            // A plural label ("Fotos: X" above a gallery or under the lead picture) speaks of
            // more pictures than the one beside it. In the byline it is the byline's credit.
            guard !isBylineCredit(line, text: text) else { return nil }
        case .lead, .position:
            break
        case .plain:
            guard !bound, let closed = closedPictures(line), StatementScope.namesPictureOrCredit(head),
                CreditSpanFinder.find(in: text) != nil
            else { return nil }
            // It closes the article's pictures (the lead above the text included): the part it
            // ends holds every one of them, so the credit line ending one item of a list of
            // pictures is that item's. On a page without a recognisable article it closes the
            // pictures of the element around it.
            if let root = self.scope.root {
                guard images.allSatisfy({ !document.isInside($0, root) || document.isInside($0, closed) }) else {
                    return nil
                }
                covered = root
            } else {
                covered = closed
            }
        case .titled:
            return nil
        }
        guard namesSomeone(rest) else { return nil }
        return CreditStatement(credit: credit(text, lines: [line]), scope: scope, start: line.start, covered: covered)
    }

    /// The nearest element around the line that holds pictures, when the line comes after
    /// the last of them (it closes them); nil otherwise. An advertisement further down the
    /// page, outside that element, is no picture the line follows.
    private func closedPictures(_ line: TextLine) -> Int? {
        var container = line.block
        while container > 0 {
            if let last = images.last(where: { document.isInside($0, container) }) {
                return line.start > last ? container : nil
            }
            container = document.nodes[container].parent
        }
        return nil
    }

    /// Whether the line sits in a content image's box or right next to it.
    func isImageBound(_ line: TextLine) -> Bool {
        let root = scope.root ?? 0
        var current = line.holder
        while current > 0 {
            if imageBound.contains(current) { return true }
            if current == root { return false }
            current = document.nodes[current].parent
        }
        return false
    }

    /// Whether the text after a head reads as a credit. A credit names someone: "Fotos:
    /// 476.764" is a counter.
    private func namesSomeone(_ credit: String) -> Bool {
        credit.contains(where: \.isLetter) && CreditEvidence(credit).accepts(label: .strong)
    }

    /// Whether the line is part of the story's byline and the byline strategy reads its
    /// photographer (``BylinePhotoCredit``).
    private func isBylineCredit(_ line: TextLine, text: String) -> Bool {
        var current = line.holder
        while current > 0 {
            if document.nodes[current].identifiers.verdicts.marksByline {
                return BylinePhotoCredit.photographer(in: text) != nil
            }
            current = document.nodes[current].parent
        }
        return false
    }

    // MARK: - Helpers

    /// The block elements that hold a text naming a picture or a credit, in document order:
    /// only their lines are read.
    private func candidateBlocks() -> [Int] {
        var blocks: Set<Int> = []
        for area in readAreas() {
            for index in document.descendants(of: area) where document.nodes[index].kind == .text {
                let text = document.nodes[index].text
                let parent = document.nodes[index].parent
                guard text.utf8.count <= Self.maximumListLength * 4, parent > 0, !document.nodes[parent].isOpaque,
                    StatementStems.matches(text)
                else { continue }
                var current = parent
                while current > 0, !(document.nodes[current].isBlock && document.nodes[current].name != "img") {
                    current = document.nodes[current].parent
                }
                if current > 0, !isPageFurniture(current) { blocks.insert(current) }
            }
        }
        return blocks.sorted()
    }

    /// Most elements after the article read for a statement, and most text each may hold:
    /// a credit line set just below the story's container, not the comments or the footer.
    static let followingAreas = 2
    static let maximumFollowingText = 600

    /// The article, and the short elements right after it; the whole page when it has no
    /// recognisable article.
    private func readAreas() -> [Int] {
        guard let root = scope.root else { return [0] }
        var areas = [root]
        var current = root
        while areas.count <= Self.followingAreas, let next = document.nextElementSibling(of: current) {
            current = next
            guard scope.allText[next] <= Self.maximumFollowingText else { break }
            areas.append(next)
        }
        return areas
    }

    /// Whether the element sits in the page's navigation, footer or sidebar, outside the
    /// article: a site-wide "Photos: …" note there is no statement about the story.
    private func isPageFurniture(_ index: Int) -> Bool {
        if let root = scope.root, document.isInside(index, root) { return false }
        return ([index] + document.ancestors(of: index)).contains { ancestor in
            ["nav", "footer", "aside", "header"].contains(document.nodes[ancestor].name)
        }
    }

    /// The line without the brackets around it: "(All photos: Atlas staff)", "[사진=MBC]".
    static func unwrapped(_ text: String) -> String {
        guard let first = text.first, let last = text.last, text.count > 2,
            (first == "(" && last == ")") || (first == "[" && last == "]")
        else { return text }
        return String(text.dropFirst().dropLast()).trimmingWhitespace()
    }

    /// A statement's text as a credit, with the links inside its lines.
    func credit(_ text: String, lines: [TextLine]) -> LocatedCredit {
        let links = lines.flatMap(\.links).map { index in
            let node = document.nodes[index]
            return CreditLink(
                text: document.text(of: index), href: node.attribute("href") ?? "", rel: node.attribute("rel"))
        }
        return LocatedCredit(span: CreditSpan(text: text), strategy: .articleText, links: links, node: lines[0].holder)
    }
}

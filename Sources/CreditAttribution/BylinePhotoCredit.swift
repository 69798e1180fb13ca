import CreditDocument
import CreditScanner
import CreditText
import Foundation

/// The photographer named in the article's byline ("By Jane Doe (text) and John Roe
/// (photography)", "Text and photos: Ana Lopez", "Fotos: Max Muster"), which credits the
/// article's pictures that have no credit of their own.
///
/// Only a byline that names a photographic role counts: a plain "By Jane Doe" names the
/// writer, and taking it as the photo credit would hide a missing one. A camera icon beside
/// a short text (`<i class="fa-camera"></i> Jane Doe` in the article's meta line) names the
/// role as a label would.
struct BylinePhotoCredit {
    let document: HTMLDocument
    let scope: ArticleScope

    /// Words of a gallery's button or title, which a camera icon also marks.
    static let galleryWords: Set<String> = [
        "gallery", "galleries", "galerie", "galería", "galleria", "galeria", "slideshow", "slides",
        "diashow", "bildergalerie", "fotostrecke", "bilderstrecke", "album", "fotogalerie", "fotogalería",
    ]

    /// Longest byline looked at: longer text is a paragraph, not a byline.
    static let maximumLength = 240
    /// Longest text beside a camera icon: a name or two, never a sentence.
    static let maximumIconCreditLength = 80

    /// "Name (photography)" and the other ways of putting the role after the name.
    private static let roleAfterName = try! NSRegularExpression(
        pattern:
            #"(?:^|[,;&]|\band\b|\bund\b|\bby\b|\bvon\b)\s*([^,;&()]{2,60}?)\s*\((?:photography|photographs|photos?|pictures|images|fotos?|fotografie|fotografías?|bilder|zdjęcia|photographer|fotograf)\)"#,
        options: [.caseInsensitive])
    /// "Photos: Name", "Photography by Name", "Text and photos: Name".
    private static let roleBeforeName = try! NSRegularExpression(
        pattern:
            #"(?:^|[|,;.]\s*|\b(?:text|words)\s+(?:and|&|und)\s+)(?:photos?|photography|photographs|pictures|images|fotos?|fotografie|bilder|zdjęcia)\s*(?::|\bby\b|\bvon\b)\s*([^,;|()]{2,60})"#,
        options: [.caseInsensitive])

    /// The byline credit, if a byline names a photographer.
    func find() -> LocatedCredit? {
        let visible = VisibleText(document: document)
        for index in document.descendants(of: 0) {
            // Read in place: this runs over every element of the page.
            guard document.nodes[index].kind == .element, let identifiers = document.nodes[index].identifierSlot.words,
                !identifiers.words.isEmpty
            else {
                continue
            }
            if identifiers.verdicts.marksPhotoIcon, let credit = iconCredit(icon: index, visible: visible) {
                return credit
            }
            let name = document.nodes[index].name
            guard name != "script", name != "style", isByline(index), scope.allText[index] <= Self.maximumLength
            else { continue }
            let text = visible.of(index)
            guard !text.isEmpty, text.count <= Self.maximumLength, let span = Self.photographer(in: text) else {
                continue
            }
            return LocatedCredit(
                span: CreditSpan(text: span), strategy: .byline, links: [], node: index)
        }
        return nil
    }

    /// The text beside a camera icon, when the icon shows no text of its own and the element
    /// around it holds a short text and no picture, in the article's meta area rather than
    /// in a figure (where it is that picture's credit).
    private func iconCredit(icon: Int, visible: VisibleText) -> LocatedCredit? {
        let holder = document.nodes[icon].parent
        guard holder > 0, visible.of(icon).isEmpty, isInStory(holder) else { return nil }
        guard scope.allText[holder] <= Self.maximumIconCreditLength * 2,
            document.elements(named: ["img", "picture", "figure"], under: holder).isEmpty,
            document.nearestAncestor(of: holder, where: { $0.name == "figure" || $0.name == "figcaption" }) == nil
        else { return nil }
        let text = visible.of(holder)
        guard !text.isEmpty, text.count <= Self.maximumIconCreditLength, text.contains(where: \.isLetter) else {
            return nil
        }
        // "View photos", "12 Bilder", "Gallery": the icon labels a gallery, and a credit names
        // a source.
        guard
            !StatementScope.words(of: text).contains(where: {
                StatementVocabulary.isPictureWord($0) || Self.galleryWords.contains($0)
            })
        else { return nil }
        return LocatedCredit(span: CreditSpan(text: text), strategy: .byline, links: [], node: holder)
    }

    /// Whether the element is the story's byline: byline-like class words, in the story.
    private func isByline(_ index: Int) -> Bool {
        guard document.nodes[index].identifiers.verdicts.marksByline else { return false }
        return isInStory(index)
    }

    /// Whether the element belongs to the story: it is in the article, or outside every
    /// navigation, footer, sidebar and list of the page (the headline block often sits
    /// outside the body).
    private func isInStory(_ index: Int) -> Bool {
        if let root = scope.root, document.isInside(index, root) { return true }
        return !document.ancestors(of: index).contains { ancestor in
            ["nav", "footer", "aside", "li"].contains(document.nodes[ancestor].name)
        }
    }

    /// The part of the byline that names the photographer, as written.
    static func photographer(in text: String) -> String? {
        if let span = photographerBeforeRole(in: text) { return span }
        let range = NSRange(text.startIndex..., in: text)
        if let match = Self.roleBeforeName.firstMatch(in: text, range: range), let whole = Range(match.range, in: text)
        {
            let span = text[whole].trimmingCharacters(in: CharacterSet(charactersIn: " |,;."))
            return span.isEmpty ? nil : span
        }
        return nil
    }

    /// "John Roe (photography)": a name with the photographic role after it, which names the
    /// story's photographer wherever it stands.
    static func photographerBeforeRole(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = roleAfterName.firstMatch(in: text, range: range),
            let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text)
        else { return nil }
        let span = text[name.lowerBound..<whole.upperBound].trimmingCharacters(in: .whitespaces)
        return span.isEmpty ? nil : span
    }
}

import CreditHTML
import CreditLicenses
import CreditTestSupport
import Foundation
import Testing

@testable import CreditDocument

/// The verdicts judged once per class/id split (``IdentifierVerdicts``) against the tests
/// they replaced, written out again here over each element's words, for every element of a
/// page of hand-picked class names, of the example site and of the dev corpus.
@Suite("Class-word verdicts agree with the word tests they replaced")
struct IdentifierVerdictTests {
    static func documents(in folder: URL) throws -> [HTMLDocument] {
        try TestFiles.pages(under: folder).map { HTMLParser.parse(try Data(contentsOf: $0)) }
    }

    static let handPicked = """
        <div class="sr-only visually-hidden screen-reader-text offScreen assistive-text"></div>
        <div class="wp-caption-text"><span class="wp-element-caption imgcaption bildunterschrift2"></span></div>
        <p class="photo-byline image-author credit-line photoCredit copyright"></p><p class="byline author meta"></p><i class="fa fa-camera-retro"></i>
        <div class="infobox-image gallery-icon lightbox fancybox hero-image featured lead-media"></div>
        <div class="related-posts sidebar-widget adslot share-buttons nav-menu footer-logo"></div>
        <div class="hs-cta-img foto_player comment-forum relatedposts"></div>
        <div class="entry-content story-body articleText main-content" id="Main_Content"></div><i class="x"></i>
        """

    @Test func verdictsMatchTheWordTestsOnHandPickedClassesAndTheExamples() throws {
        let examples = try Self.documents(in: TestFiles.examples)
        #expect(examples.count >= 5, "the example site is missing")
        let checked = Self.check([HTMLParser.parse(Data(Self.handPicked.utf8))] + examples)
        #expect(checked > 50)
    }

    @Test(.needsDevCorpus) func verdictsMatchTheWordTestsOnTheDevCorpus() throws {
        let checked = Self.check(try Self.documents(in: TestFiles.devCorpusPages))
        #expect(checked > 10_000)
    }

    /// Checks every element's verdicts and returns how many elements it checked.
    static func check(_ documents: [HTMLDocument]) -> Int {
        var checked = 0
        for document in documents {
            for node in document.nodes where node.kind == .element {
                let words = node.identifierWords
                let tokens = node.classAndIDTokens
                let verdicts = node.identifiers.verdicts
                let caption =
                    tokens.contains { $0.hasPrefix("wp-caption-text") || $0 == "wp-element-caption" }
                    || !Set(words).isDisjoint(with: ClassVocabulary.captionWords)
                    || words.contains { word in ClassVocabulary.captionStems.contains { word.lowercased().contains($0) }
                    }
                let credit =
                    !Set(words).isDisjoint(with: ClassVocabulary.creditElementWords)
                    || words.contains { word in ClassVocabulary.creditStems.contains { word.lowercased().contains($0) }
                    }
                    || (!Set(words).isDisjoint(with: ClassVocabulary.personWords)
                        && !Set(words).isDisjoint(with: ClassVocabulary.pictureWords))
                #expect(verdicts.marksCaption == caption, "\(words)")
                #expect(verdicts.marksCredit == credit, "\(words)")
                #expect(
                    verdicts.marksArticleMeta
                        == (!Set(words).isDisjoint(with: ClassVocabulary.articleMetaWords)
                            && Set(words).isDisjoint(with: ClassVocabulary.pictureWords)))
                #expect(verdicts.marksByline == !Set(words).isDisjoint(with: ClassVocabulary.bylineWords))
                #expect(verdicts.marksPhotoIcon == !Set(words).isDisjoint(with: ClassVocabulary.photoIconWords))
                #expect(
                    verdicts.marksPictureContainer == !Set(words).isDisjoint(
                        with: ClassVocabulary.pictureContainerWords))
                #expect(verdicts.marksViewer == !Set(words).isDisjoint(with: ClassVocabulary.viewerWords))
                #expect(verdicts.marksLead == !Set(words).isDisjoint(with: ClassVocabulary.leadWords))
                #expect(verdicts.skipReason == ClassVocabulary.wordReason(words).reason)
                #expect(verdicts.skipWord == ClassVocabulary.wordReason(words).word)
                let screenReader =
                    (Set(words).isSuperset(of: ["sr", "only"])) || words.contains("visually")
                    || words.contains("visuallyhidden") || words.contains("offscreen")
                    || Set(words).isSuperset(of: ["off", "screen"])
                    || Set(words).isSuperset(of: ["screen", "reader"]) || words.contains("screenreader")
                    || words.contains("assistive")
                #expect(verdicts.marksScreenReaderText == screenReader, "\(words)")
                let container =
                    tokens.contains { ClassVocabulary.contentTokens.contains($0) }
                    || (!Set(words).isDisjoint(with: ClassVocabulary.articleWords)
                        && !Set(words).isDisjoint(with: ClassVocabulary.bodyWords))
                #expect(verdicts.marksArticleContainer == container, "\(tokens) \(words)")
                checked += 1
            }
        }
        return checked
    }
}

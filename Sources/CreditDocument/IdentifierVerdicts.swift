import CreditLicenses

/// What the scanner's class and id vocabularies say of one split (``IdentifierWords``),
/// judged once when the split is made.
///
/// Elements with the same `class` share one split, within a page and across the pages of a
/// run, so each verdict is reached once per distinct `class`/`id` pair instead of at every
/// element the scanner looks at (every element of the page, for the article scope and the
/// byline). Each field is the class-word half of one test; the tests keep their other
/// halves (tag names, attributes) themselves.
package struct IdentifierVerdicts: Sendable {
    /// A CMS body container (`ArticleScope`).
    package var marksArticleContainer = false
    /// A caption by its classes (`BoxParts.isCaption(_:)`).
    package var marksCaption = false
    /// A credit element by its classes (`BoxParts.isCreditElement(_:)`).
    package var marksCredit = false
    /// Article metadata (byline, date, share bar) rather than a picture's credit.
    package var marksArticleMeta = false
    /// A byline container (`BylinePhotoCredit`).
    package var marksByline = false
    /// A camera icon, which marks the text beside it as a photo credit (`BylinePhotoCredit`).
    package var marksPhotoIcon = false
    /// Text for screen readers only (``VisibleText/isHidden(_:)``).
    var marksScreenReaderText = false
    /// A picture container such as `.infobox-image` (`ImageSkipRules`).
    package var marksPictureContainer = false
    /// A link that opens a lightbox viewer (`ImageSkipRules`).
    package var marksViewer = false
    /// A lead or hero picture container (`ArticleScope.leadContainer(of:in:)`).
    package var marksLead = false
    /// The reason these words give to skip the images in a container, if any.
    package var skipReason: String?
    /// The word that gave ``skipReason``, for the evidence reports show.
    package var skipWord: String?

    init() {}

    init(tokens: [String], words: [String]) {
        guard !tokens.isEmpty || !words.isEmpty else { return }
        // Which vocabularies the words belong to, one lookup per word rather than one hash
        // of every word per vocabulary.
        var found = Vocabulary()
        for word in words { found.formUnion(Self.vocabularies[word] ?? []) }
        marksArticleContainer =
            tokens.contains(where: ClassVocabulary.isContentToken) || found.isSuperset(of: [.articleWord, .bodyWord])
        // Glued words (`imgcaption`, `photocredit`) hold a stem; no stem is shorter than six
        // bytes, so shorter words need no search.
        let stemLength = Self.shortestStem
        marksCaption =
            tokens.contains { $0.hasPrefix("wp-caption-text") || $0 == "wp-element-caption" }
            || found.contains(.caption)
            || words.contains { word in
                word.utf8.count >= stemLength && ClassVocabulary.captionStems.contains(where: { word.containsText($0) })
            }
        marksCredit =
            found.contains(.credit)
            || words.contains { word in
                word.utf8.count >= stemLength && ClassVocabulary.creditStems.contains(where: { word.containsText($0) })
            }
            || found.isSuperset(of: [.person, .picture])
        marksArticleMeta = found.contains(.articleMeta) && !found.contains(.picture)
        marksByline = found.contains(.byline)
        marksPhotoIcon = found.contains(.photoIcon)
        marksScreenReaderText = Self.marksScreenReaderText(found)
        marksPictureContainer = found.contains(.pictureContainer)
        marksViewer = found.contains(.viewer)
        marksLead = found.contains(.lead)
        // Only a container word, or a glued one (longer than six bytes, see
        // `ClassVocabulary.splittingCompounds`), can give a reason.
        if found.contains(.skipWord) || words.contains(where: { $0.utf8.count > 6 }) {
            let verdict = ClassVocabulary.wordReason(words)
            skipReason = verdict.reason
            skipWord = verdict.word
        }
    }

    /// The length of the shortest caption or credit stem.
    static let shortestStem = (ClassVocabulary.captionStems + ClassVocabulary.creditStems).map(\.utf8.count).min() ?? 0

    /// The vocabularies a class word can belong to.
    struct Vocabulary: OptionSet, Sendable {
        let rawValue: UInt32
        static let caption = Vocabulary(rawValue: 1 << 0)
        static let credit = Vocabulary(rawValue: 1 << 1)
        static let person = Vocabulary(rawValue: 1 << 2)
        static let picture = Vocabulary(rawValue: 1 << 3)
        static let articleMeta = Vocabulary(rawValue: 1 << 4)
        static let byline = Vocabulary(rawValue: 1 << 5)
        static let pictureContainer = Vocabulary(rawValue: 1 << 6)
        static let viewer = Vocabulary(rawValue: 1 << 7)
        static let lead = Vocabulary(rawValue: 1 << 8)
        /// A word that names a reason to skip the images of a container.
        static let skipWord = Vocabulary(rawValue: 1 << 9)
        /// ``ClassVocabulary/articleWords`` and ``ClassVocabulary/bodyWords``.
        static let articleWord = Vocabulary(rawValue: 1 << 10)
        static let bodyWord = Vocabulary(rawValue: 1 << 11)
        /// The words of screen-reader-only classes: `visually` stands for every word that
        /// marks such text alone (`visuallyhidden`, `offscreen`, `screenreader`, `assistive`).
        static let sr = Vocabulary(rawValue: 1 << 12)
        static let only = Vocabulary(rawValue: 1 << 13)
        static let visually = Vocabulary(rawValue: 1 << 14)
        static let off = Vocabulary(rawValue: 1 << 15)
        static let screen = Vocabulary(rawValue: 1 << 16)
        static let reader = Vocabulary(rawValue: 1 << 17)
        static let photoIcon = Vocabulary(rawValue: 1 << 18)
    }

    /// Every word of the vocabularies above, with the vocabularies that list it.
    static let vocabularies: [String: Vocabulary] = {
        var table: [String: Vocabulary] = [:]
        let sets: [(Set<String>, Vocabulary)] = [
            (ClassVocabulary.captionWords, .caption), (ClassVocabulary.creditElementWords, .credit),
            (ClassVocabulary.personWords, .person), (ClassVocabulary.pictureWords, .picture),
            (ClassVocabulary.articleMetaWords, .articleMeta), (ClassVocabulary.bylineWords, .byline),
            (ClassVocabulary.photoIconWords, .photoIcon),
            (ClassVocabulary.pictureContainerWords, .pictureContainer), (ClassVocabulary.viewerWords, .viewer),
            (ClassVocabulary.leadWords, .lead), (Set(ClassVocabulary.containerReasonIndex.keys), .skipWord),
            (ClassVocabulary.articleWords, .articleWord), (ClassVocabulary.bodyWords, .bodyWord),
            (["sr"], .sr), (["only"], .only),
            (["visually", "visuallyhidden", "offscreen", "screenreader", "assistive"], .visually),
            (["off"], .off), (["screen"], .screen), (["reader"], .reader),
        ]
        for (words, vocabulary) in sets {
            for word in words { table[word, default: []].insert(vocabulary) }
        }
        return table
    }()

    /// `sr-only`, `visually-hidden`, `off-screen`, `screen-reader-text` and the like.
    static func marksScreenReaderText(_ found: Vocabulary) -> Bool {
        found.isSuperset(of: [.sr, .only]) || found.contains(.visually) || found.isSuperset(of: [.off, .screen])
            || found.isSuperset(of: [.screen, .reader])
    }
}

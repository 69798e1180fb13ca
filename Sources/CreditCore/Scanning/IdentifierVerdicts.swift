/// What the scanner's class and id vocabularies say of one split (``IdentifierWords``),
/// judged once when the split is made.
///
/// Elements with the same `class` share one split, within a page and across the pages of a
/// run, so each verdict is reached once per distinct `class`/`id` pair instead of at every
/// element the scanner looks at (every element of the page, for the article scope and the
/// byline). Each field is the class-word half of one test; the tests keep their other
/// halves (tag names, attributes) themselves.
struct IdentifierVerdicts: Sendable {
    /// A CMS body container (``ArticleScope``).
    var marksArticleContainer = false
    /// A caption by its classes (``BoxParts/isCaption(_:)``).
    var marksCaption = false
    /// A credit element by its classes (``BoxParts/isCreditElement(_:)``).
    var marksCredit = false
    /// Article metadata (byline, date, share bar) rather than a picture's credit.
    var marksArticleMeta = false
    /// A byline container (``BylinePhotoCredit``).
    var marksByline = false
    /// Text for screen readers only (``VisibleText/isHidden(_:)``).
    var marksScreenReaderText = false
    /// A picture container such as `.infobox-image` (``ImageSkipRules``).
    var marksPictureContainer = false
    /// A link that opens a lightbox viewer (``ImageSkipRules``).
    var marksViewer = false
    /// A lead or hero picture container (``ArticleScope/leadContainer(of:in:)``).
    var marksLead = false
    /// The reason these words give to skip the images in a container, if any.
    var skipReason: String?

    init() {}

    init(tokens: [String], words: [String]) {
        guard !tokens.isEmpty || !words.isEmpty else { return }
        marksArticleContainer = ArticleScope.marksContainer(tokens: tokens, words: words)
        marksCaption =
            tokens.contains { $0.hasPrefix("wp-caption-text") || $0 == "wp-element-caption" }
            || !words.isDisjoint(with: CreditVocabulary.captionWords)
            || words.contains { word in CreditVocabulary.captionStems.contains(where: { word.containsText($0) }) }
        marksCredit =
            !words.isDisjoint(with: CreditVocabulary.creditElementWords)
            || words.contains { word in CreditVocabulary.creditStems.contains(where: { word.containsText($0) }) }
            || (!words.isDisjoint(with: BoxParts.personWords) && !words.isDisjoint(with: BoxParts.pictureWords))
        marksArticleMeta = !words.isDisjoint(with: CreditLocator.articleMetaWords) && words.isDisjoint(with: BoxParts.pictureWords)
        marksByline = !words.isDisjoint(with: BylinePhotoCredit.bylineWords)
        marksScreenReaderText = Self.marksScreenReaderText(words)
        marksPictureContainer = !words.isDisjoint(with: ImageSkipRules.pictureContainerWords)
        marksViewer = !words.isDisjoint(with: ImageSkipRules.viewerWords)
        marksLead = !words.isDisjoint(with: ArticleScope.leadWords)
        skipReason = ImageSkipRules.wordReason(words).reason
    }

    /// `sr-only`, `visually-hidden`, `off-screen`, `screen-reader-text` and the like.
    static func marksScreenReaderText(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        if words.contains("sr") && words.contains("only") { return true }
        if words.contains("visually") || words.contains("visuallyhidden") { return true }
        if words.contains("offscreen") || (words.contains("off") && words.contains("screen")) { return true }
        if words.contains("screen") && words.contains("reader") { return true }
        return words.contains("screenreader") || words.contains("assistive")
    }
}

/// The class and id words that the scanner reads elements by: captions, credits, the article,
/// bylines, picture containers and viewers.
///
/// They sit with the tree, not with the scanner parts that apply them, because
/// ``IdentifierVerdicts`` judges every `class`/`id` split against all of them once, when the
/// split is made, and keeps the verdicts in the node; the scanner then reads the verdicts.
/// A new class-word test adds its vocabulary here and its verdict there.
package enum ClassVocabulary {
    /// Class/id words of caption elements, which may or may not contain a credit.
    static let captionWords: Set<String> = [
        "caption", "captions", "figcaption", "legend", "cutline", "bildunterschrift", "subline",
        "desc", "description", "imagetext", "caption-text", "subtitle", "unterschrift", "legende",
    ]

    /// Parts of glued class words that still say caption (`imgcaption`, `bildunterschrift`).
    static let captionStems = ["caption", "bildunterschrift", "legende"]

    /// Class/id words of elements that hold a credit and nothing else.
    static let creditElementWords: Set<String> = [
        "credit", "credits", "copyright", "attribution", "photographer", "fotograf", "bildnachweis",
        "bildquelle", "quelle", "license", "licence", "lizenz", "rights", "photocredit",
        "imagecredit", "mediacredit", "courtesy", "copyrights", "source",
    ]

    /// Parts of glued class words that still say credit (`imgcredit`, `fotocopyright`).
    static let creditStems = ["credit", "copyright", "attribution", "bildnachweis", "bildquelle", "fotonachweis"]

    /// Class words naming a person, which mean a credit only next to a picture word.
    static let personWords: Set<String> = ["byline", "author", "autor", "owner", "by", "photographer"]

    /// Class words naming the picture.
    package static let pictureWords: Set<String> = ["photo", "image", "media", "picture", "img", "foto", "bild", "pic"]

    /// Class/id words that, paired with a content word, mark a CMS body container.
    static let articleWords: Set<String> = ["article", "post", "story", "entry", "blog", "news", "node"]

    /// The second half of such a pair (`entry-content`, `story-body`, `articleText`).
    static let bodyWords: Set<String> = ["body", "content", "text", "inner", "main"]

    /// Whole ids and classes that mark the content container on their own.
    static let contentTokens: Set<String> = [
        "content", "main-content", "maincontent", "primary-content", "page-content", "entry",
        "single-post", "articlebody", "article", "story",
    ]

    // The content tokens as a switch: this asks about every distinct class name, and comparing
    // a few short strings is cheaper than hashing each. A test keeps the switch and the set in
    // step; the article and body words are looked up with the other class-word vocabularies
    // (``IdentifierVerdicts``).
    static func isContentToken(_ token: String) -> Bool {
        switch token {
        case "content", "main-content", "maincontent", "primary-content", "page-content", "entry",
            "single-post", "articlebody", "article", "story":
            true
        default: false
        }
    }

    /// Class/id words of containers that hold a lead picture above the article text.
    static let leadWords: Set<String> = [
        "hero", "lead", "lede", "featured", "feature", "splash", "cover", "opener", "media",
        "image", "photo", "picture", "gallery", "slider", "slideshow", "carousel", "thumbnail",
        "visual", "figure", "attachment", "top", "header", "headline", "intro", "teaser",
    ]

    /// Class words of the story's own furniture next to a lead image: its byline, date,
    /// tags and share bar, which name the writer rather than the photographer.
    static let articleMetaWords: Set<String> = [
        "byline", "author", "autor", "date", "time", "meta", "dateline", "tags", "share", "kicker",
        "headline", "title", "dek", "standfirst", "summary", "teaser",
    ]

    /// Class and id words of byline elements.
    static let bylineWords: Set<String> = [
        "byline", "bylines", "author", "authors", "autor", "autoren", "contributors", "credits", "meta",
    ]

    /// Class words of icons that mark the text beside them as the photographer's.
    static let photoIconWords: Set<String> = ["camera"]

    /// Container words that say "this holds a picture", which cancel `icon` and `widget`.
    static let pictureContainerWords: Set<String> = [
        "gallery", "image", "images", "photo", "photos", "picture", "media", "figure", "slideshow", "img",
    ]

    /// Class words of links that open the picture itself in a viewer.
    static let viewerWords: Set<String> = [
        "lightbox", "fancybox", "photoswipe", "zoom", "gallery", "modal", "enlarge", "colorbox",
    ]
}

/// The class and id words that mark a container whose images are not content (navigation,
/// comments, related posts, advertisements …), and the reason they give.
extension ClassVocabulary {
    /// Class/id words of containers whose images are not content, with the reason.
    /// Checked on the image and on its ancestors that are small next to the article.
    static let containerWords: [(reason: String, words: Set<String>)] = [
        ("navigation", ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination"]),
        ("comments", ["comment", "comments", "disqus", "respond", "replies", "forum"]),
        (
            "related-posts",
            [
                "related", "recommended", "recommendations", "recommend", "outbrain", "taboola",
                "readmore", "popular", "trending", "teasers", "promoted", "promo", "more",
                "upnext", "nextarticle", "suggested", "also", "ribbon", "spotlight", "outbrain",
            ]
        ),
        (
            "advertisement",
            [
                "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adsense",
                "sponsor", "sponsored", "sponsors", "dfp", "gpt", "commercial", "native", "adbanner",
                "donation", "donate", "steady", "newsletter", "subscribe", "subscription", "cta", "calltoaction",
            ]
        ),
        ("share-button", ["share", "sharing", "addthis", "sharethis", "sharebar", "shariff"]),
        (
            "avatar",
            [
                "avatar", "gravatar", "author", "authors", "byline", "profile", "headshot", "mugshot",
                "bio", "contributor", "userpic", "autor", "autorin", "autore", "auteur",
            ]
        ),
        ("logo", ["logo", "logos", "brand", "branding", "masthead"]),
        (
            "icon",
            [
                "icon", "icons", "emoji", "smiley", "sprite", "badge", "rating", "ratings", "stars",
                "star", "spinner",
            ]
        ),
        ("sidebar", ["sidebar", "rail", "sidebars", "widget", "widgets"]),
        ("video-poster", ["player", "jwplayer", "brightcove", "youtube", "vimeo", "videojs", "vjs"]),
        ("footer", ["footer"]),
    ]

    /// The nouns glued after a skip word in class names (`relatedposts`, `sharebuttons`,
    /// `sidebarwidget`, `newsletterbox`).
    static let compoundNouns: Set<String> = [
        "post", "posts", "article", "articles", "story", "stories", "item", "items", "link", "links",
        "box", "block", "list", "widget", "section", "area", "bar", "button", "buttons", "container",
        "wrapper", "wrap", "module", "slot", "unit", "banner", "content", "teaser", "teasers", "card",
        "cards", "grid", "feed",
    ]

    /// Class/id words that mark the lead picture and outweigh any skip word beside them.
    static let contentWords: Set<String> = ["hero", "featured", "lede", "wp-post-image"]

    /// Container words naming still pictures, which make a `player` a slideshow.
    static let stillPictureWords: Set<String> = [
        "photo", "photos", "foto", "fotos", "picture", "pictures", "image", "images", "gallery", "slideshow", "bild",
        "bilder",
    ]

    /// What a container's class and id words say about the images in it.
    struct WordVerdict {
        /// The skip reason, or nil when the words name none (or mark content).
        var reason: String?
        /// The word that gave the reason.
        var word: String?
    }

    /// The reason a container's class and id words give to skip the images in it.
    static func wordReason(_ identifierWords: [String]) -> WordVerdict {
        guard !identifierWords.isEmpty else { return WordVerdict() }
        var words = splittingCompounds(Set(identifierWords))
        guard !words.isEmpty else { return WordVerdict() }
        // WordPress wraps every gallery photo in `.gallery-icon`, and CMSs wrap pictures
        // in `.image-widget`: next to a picture word these are no decoration.
        if !words.isDisjoint(with: pictureContainerWords) { words.subtract(["icon", "widget", "widgets"]) }
        // A photo player (`foto_player`, `photo-player`) is a slideshow of still pictures.
        if !words.isDisjoint(with: stillPictureWords) { words.remove("player") }
        // A container marked as the lead picture is content whatever else its classes
        // say (`block-image-ads hero-image`).
        if !words.isDisjoint(with: contentWords) { return WordVerdict() }
        // The first reason in list order whose vocabulary holds one of the words.
        guard let first = words.compactMap({ containerReasonIndex[$0] }).min() else { return WordVerdict() }
        let word = words.filter { containerReasonIndex[$0] == first }.min()
        return WordVerdict(reason: containerWords[first].reason, word: word)
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
}

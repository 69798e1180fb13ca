import CreditText

/// The words, URL fragments and sizes that mark decoration; kept apart from the rules that
/// apply them so the tables are easy to read and extend. The class words of containers whose
/// images are not content are judged with the tree's other class words (``ClassVocabulary``).
extension ImageSkipRules {
    /// Substrings of whole URLs that serve tracking pixels, widgets, emoji or ad images.
    static let urlHints: [(reason: String, fragments: [String])] = [
        (
            "tracking-pixel",
            [
                "pixel.gif", "pixel.png", "/pixel?", "/pixel/", "pixel.php", "pixel.wp.com", "beacon",
                "/b/ss/", "doubleclick.net", "facebook.com/tr", "scorecardresearch", "quantserve",
                "google-analytics.com", "googletagmanager.com", "stats.wp.com", "/track/", "/tracking/",
                "counter.php", "spacer.gif", "hit.xiti", "xiti.com", "chartbeat", "/collect?",
                "bat.bing.com", "adnxs.com", "/1x1.", "_1x1.", "-1x1.",
            ]
        ),
        (
            "embed-widget",
            [
                "maps.googleapis.com", "/maps/api/staticmap", "staticmap?", "youtube.com/embed",
                "youtube-nocookie.com", "ytimg.com", "player.vimeo.com", "platform.twitter.com",
            ]
        ),
        ("icon", ["/emoji/", "/emojis/", "/smilies/", "/icons/"]),
        ("avatar", ["gravatar.com", "/avatar", "avatars", "/authors/", "/author/", "profile_images"]),
        // Ad servers' image scripts (Revive and OpenX deliver from `/www/delivery/`) and
        // call-to-action images of marketing tools.
        ("advertisement", ["/ads/", "/ad/", "adserver", "/banners/", "/promo/", "/www/delivery/", "avw.php", "/cta/"]),
    ]

    /// Substrings of the file name alone: a CDN folder named `logos` or `buttons` says
    /// nothing about the picture inside it.
    static let fileNameHints: [(reason: String, fragments: [String])] = [
        ("logo", ["logo"]),
        ("icon", ["sprite", "button", "badge", "emoji", "smiley", "favicon", "playicon"]),
        ("avatar", ["avatar", "gravatar"]),
        ("advertisement", ["donate", "donation", "spende", "paypal", "flattr", "patreon"]),
    ]

    /// Whole words of the file name (`share-icon.png`), since `silicon-valley.jpg` must not
    /// read as an icon.
    static let fileNameWords: [(reason: String, words: Set<String>)] = [
        ("icon", ["icon", "icons", "btn", "pictogram", "bullet"])
    ]

    /// Elements whose images belong to page chrome when they sit outside the article.
    static let chromeElements: [String: String] = [
        "nav": "navigation", "header": "header", "footer": "footer", "aside": "sidebar",
    ]

    /// Fewest images that make a row of bare linked thumbnails a strip rather than a gallery.
    static let minimumStripImages = 6

    /// Most text a form holding pictures may have to count as a control (a search box, a
    /// newsletter sign-up), not a page wrapper.
    static let maximumFormText = 1_000

    /// Largest side of an `alt=""` picture that is taken as decoration.
    static let decorativeSide = 120

    /// Link targets of donation buttons, ad servers and affiliate click counters.
    static let promotionLinkHints = [
        "steadyhq.com", "patreon.com", "paypal.", "flattr", "ko-fi.com", "buymeacoffee", "liberapay",
        "bitcoin:", "/donate", "/spenden", "doubleclick.net", "googleadservices", "amazon-adsystem",
        "adclick", "/adserver", "/www/delivery/", "/click.php", "/click.asp", "/clickthrough", "a_aid=",
        "cta-redirect",
    ]

    /// Path segments of the pages a house ad leads to: subscribing, shopping, donating.
    static let promotionPathSegments: Set<String> = [
        "subscribe", "subscription", "subscriptions", "abo", "abos", "abonnement", "abonnieren", "shop",
        "store", "product", "products", "newsletter", "newsletters", "donate", "donation", "donations",
        "spenden", "membership", "checkout", "cart",
    ]

    /// ``promotionPathSegments`` as fragments of a link, in any ASCII case.
    static let promotionSegmentMatcher = FragmentMatcher([Array(promotionPathSegments)], foldingASCIICase: true)

    /// Social networks whose profile and share pages icons link to.
    static let socialHosts = [
        "twitter.com", "x.com", "facebook.com", "instagram.com", "linkedin.com", "pinterest.com", "xing.com",
        "vk.com", "t.me", "telegram.me", "wa.me", "whatsapp.com", "tiktok.com", "threads.net", "bsky.app",
    ]

    /// Path words of share pages on those networks (`sharer.php`, `intent/tweet`, `pin/create`).
    static let shareWords = ["share", "intent", "create", "send"]

    /// The IAB's standard ad sizes that no photo layout uses (leaderboards, skyscrapers,
    /// banners, buttons): a linked picture of exactly such a size is an advertisement.
    static let standardAdSizes: [(Int, Int)] = [
        (728, 90), (468, 60), (160, 600), (120, 600), (300, 600), (970, 90), (970, 250), (320, 50),
        (234, 60), (120, 240), (125, 125), (88, 31), (300, 50), (320, 100),
    ]

    /// Class words of teaser cards, weighed as one sign of a teaser.
    static let cardWords: Set<String> = [
        "card", "cards", "teaser", "teasers", "tile", "tiles", "thumb", "thumbnail", "recirculation", "listing",
    ]

    /// Words that call a linked picture a banner.
    static let bannerWords: Set<String> = ["banner", "banners", "werbebanner", "bannière"]

    /// File-name words of the spinners and preload images galleries show while loading.
    static let loadingIndicatorWords: Set<String> = [
        "preload", "preloader", "loader", "loading", "spinner", "throbber",
    ]

    /// Class words of links styled as buttons.
    static let buttonWords: Set<String> = ["button", "btn", "cta"]

    /// Landmark roles of page chrome.
    static let chromeRoles: Set<String> = ["banner", "navigation", "complementary", "contentinfo"]

    /// Widest picture taken as a card's thumbnail when weighing a teaser.
    static let teaserWidth = 300
    /// Fewest siblings of one shape that make a row of cards.
    static let minimumRepeatedCards = 3
    /// Levels above a picture's link searched for its card.
    static let cardLevels = 3
    /// Most text a teaser card holds (picture, headline, excerpt, byline).
    static let maximumCardText = 600
    /// Shortest text of a link that is a headline.
    static let minimumHeadline = 15
    /// Most text of the box around a caption, or of a figure, judged as one picture's box.
    static let maximumCaptionBoxText = 2_000
    /// How many times wider than high an `alt=""` picture must be to be taken as a banner.
    static let minimumBannerRatio = 4
    /// Highest strip taken as a divider, and how many times wider than high it must be.
    static let maximumDividerHeight = 40
    static let minimumDividerRatio = 10

    /// Paths of author pages: a picture linking there is the writer's photo.
    static let authorLinkHints = [
        "/author/", "/authors/", "/by/", "/autor/", "/autoren/", "/autores/", "/auteur/",
        "/journalist/", "/journalists/", "/contributor/", "/contributors/", "/writers/",
    ]
}

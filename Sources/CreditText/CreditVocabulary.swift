import CreditLicenses

/// The words that tell a credit from a description: labels, agencies and the small words
/// credits are allowed to contain. Kept as static tables so they are easy to extend.
package enum CreditVocabulary {
    /// How much a label alone proves that a credit follows (shared with the credit parser).
    package typealias LabelStrength = CreditLabels.Strength

    /// Labels that need a colon after them (`Foto:`, `Bildquelle :`), lower-case.
    static var colonLabels: [(label: String, strength: LabelStrength)] { CreditLabels.colonLabels }

    /// Labels that stand without a colon (`Photo by`, `Courtesy of`, `©`), lower-case.
    static var phraseLabels: [(label: String, strength: LabelStrength)] { CreditLabels.phraseLabels }

    /// News agencies, stock libraries and image platforms, compared case-insensitively as
    /// whole words. Naming one of these is strong evidence that a text is a credit.
    static let agencies: [String] = [
        "reuters", "associated press", "getty images", "getty", "gettyimages", "imago",
        "shutterstock", "istock", "istockphoto", "alamy", "unsplash", "pixabay", "pexels", "flickr",
        "wikimedia commons", "wikimedia", "wikipedia", "picture alliance", "picture-alliance",
        "keystone", "xinhua", "press association", "pa images", "pa wire", "sipa", "zuma",
        "rex features", "shutterstock.com", "istock.com", "depositphotos", "adobe stock", "adobestock",
        "fotolia", "envato", "thinkstock", "corbis", "bloomberg", "dreamstime", "123rf", "freepik",
        "stocksy", "westend61", "mauritius images", "icon sportswire", "icon smi", "imagn",
        "newscom", "backgrid", "eyevine", "polaris", "laif", "ullstein", "action press",
        "agência brasil", "agencia brasil", "andina", "europa press", "sputnik", "anadolu",
        "kyodo", "yonhap", "ap photo", "afp photo", "epa-efe", "handout", "nasa", "noaa",
        "library of congress", "public domain", "creative commons", "ap images", "keystone-sda",
        "lehtikuva", "ritzau", "scanpix", "nurphoto", "sopa images", "lightrocket", "abaca",
        "bestimage", "dukas", "apa-images", "dpa-zentralbild", "ddp images", "action images",
        "camera press", "mirrorpix", "bridgeman", "akg-images", "science photo library",
        "superstock", "agefotostock", "masterfile", "robertharding", "photodisc", "rawpixel",
        "stocksnap", "canva", "vecteezy", "imaginechina", "jiji", "newspix", "notimex", "télam",
        "europa press", "associated press", "agence france-presse", "deutsche presse-agentur",
        "yonhap", "연합뉴스", "共同通信", "新华社",
    ]

    /// Short agency names that are ordinary words in lower case (`ap`, `pa`), so they count
    /// only when written exactly like this.
    static let acronymAgencies: Set<String> = [
        "AP", "AFP", "EPA", "dpa", "DPA", "PA", "EFE", "ANP", "AAP", "ABr", "ANSA", "APA", "KNA",
        "SDA", "TASS", "ČTK", "CTK", "UPI", "ESA", "NASA", "DDP", "ddp", "KEYSTONE", "BELGA", "IANS",
        "PTI", "ZUMA", "SIPA", "REX", "ESO", "JPL", "USGS", "TT", "NTB", "PAP", "MTI", "HINA", "ZB",
        "epd", "EPD", "ANI", "CFP", "WENN", "AA", "KEYSTONE-SDA", "ANSA", "EFE", "NOAA",
    ]

    /// ``acronymAgencies`` upper-cased, for a word that stands alone at the end of a caption.
    static let uppercasedAcronymAgencies = Set(acronymAgencies.map { $0.uppercased() })

    /// Words a credit may contain in lower case without reading like a sentence.
    static let creditFunctionWords: Set<String> = [
        "via", "by", "for", "and", "on", "of", "from", "the", "de", "da", "do", "del", "di", "von",
        "van", "der", "den", "und", "y", "e", "et", "a", "an", "in", "at", "with", "photo", "photos",
        "foto", "fotos", "image", "images", "bild", "courtesy", "license", "licence", "licensed",
        "lizenz", "under", "own", "work", "cc", "public", "domain", "composite", "montage",
        "adapted", "edited", "cropped", "modified", "all", "rights", "reserved", "permission",
        "archive", "archiv", "file", "handout", "photographer", "privat", "private", "staff",
        "contributor", "contributors", "press", "collection", "pictures", "picture", "source", "credit", "els",
        "to", "for", "illustration", "screenshot", "provided", "u", "photography", "wire", "stock",
        "commons", "creative", "zu", "mit", "le", "la", "les", "des", "du", "el", "los", "las",
    ]

    /// Words that say which pictures a label covers ("All photos:", "Main image:", "AI
    /// illustration by"), lower-case: part of the credit when they open it.
    static let labelQualifiers: Set<String> = [
        "all", "main", "top", "lead", "featured", "feature", "header", "cover", "hero", "ai",
        "alle", "sämtliche", "toutes", "tous", "todas", "todos", "tutte", "tutti",
    ]

    /// Phrases that are a whole credit by themselves, the picture having come from the people
    /// shown or their organisation (a handout, a reader's or a press photo), lower-case.
    static let handoutPhrases: [String] = [
        "submitted photo", "submitted image", "contributed photo", "contributed image", "courtesy photo",
        "handout photo", "photo handout", "supplied photo", "photo supplied", "image supplied", "supplied",
        "pool photo", "reader photo", "family photo", "press photo", "press image", "publicity photo",
        "courtesy", "photo courtesy", "courtesy image", "provided photo", "photo provided", "image provided",
        "cortesía", "cortesia", "foto cedida", "imagen cedida", "divulgação", "foto divulgação",
        "pressefoto", "pressebild", "privatfoto", "handout", "foto privat", "privat",
        "mit freundlicher genehmigung", "eigen foto", "aangeleverd", "foto aangeleverd",
        "ufficio stampa", "foto ufficio stampa", "droits réservés", "tous droits réservés",
    ]

    /// Words that open a credits list: a label naming credits of several pictures, whose
    /// entries follow ("Bildnachweis: …", "Image credits" above a list). A plain plural
    /// ("Photos: …") is a statement about every picture instead (`StatementScope`).
    package static let creditsListLabels: [String] = [
        "photo credits", "photos credits", "image credits", "picture credits", "illustration credits",
        "bildnachweis", "bildnachweise", "bildquellen", "bildquellennachweis", "fotonachweis",
        "fotonachweise", "abbildungsnachweis", "abbildungsnachweise", "crédits photo", "crédits photos",
        "crédits des photos", "crédits images", "créditos", "créditos fotográficos", "crediti fotografici",
        "crediti foto", "credits:", "image sources", "picture sources", "photo sources",
        "fotocredits", "beeldverantwoording", "źródła zdjęć",
    ]

    /// `data-*` attributes that carry a credit for the image.
    package static let creditAttributes: [String] = [
        "data-credit", "data-photo-credit", "data-image-credit", "data-photocredit",
        "data-attribution", "data-copyright", "data-photographer", "data-image-copyright",
        "data-credits", "data-author", "data-caption-credit", "data-media-credit",
    ]

    /// Parts of invented `data-*` attribute names that still say credit (`data-img-credit`).
    package static let creditAttributeStems = ["credit", "copyright", "attribution", "photographer"]

    /// Classes of text that is only there for screen readers (`Image copyright` on BBC-like
    /// pages); the visible credit is what the reader sees.
    static let visuallyHiddenWords: Set<String> = [
        "sr", "visually", "offscreen", "screenreader", "hidden", "hide", "invisible", "assistive",
    ]
}

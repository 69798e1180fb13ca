import Foundation

/// The vocabulary of credit lines as patterns, compiled once.
///
/// These are grammar, not catalogue data: label words, "own work", modification words and the
/// connective phrases around licences, in the languages creditlint meets most.
enum CreditPatterns {
    /// A leading label: "Photo:", "Foto von", "Image by", "Crédit photo :", "Źródło:", "写真：".
    ///
    /// Built from ``CreditLabels/colonLabels`` plus the plural and "by" forms, so every label the
    /// scanner accepts is also stripped here. Longer labels come first so that "photo credit"
    /// is not cut after "photo".
    static let label: CreditPattern = {
        let grammar = [
            #"(?:photo|image|picture|graphic|illustration)\s+credits?"#, #"crédits?(?:\s+photo)?"#,
            #"photograph(?:y|s)?"#, #"fotos?(?:grafie)?"#, #"bild(?:er)?"#, "abbildung", "sources", "bron", "kuva",
            "pictures", "images", "illustrations", "graphics",
            // Numbered labels of a credits list: "Bild 2:", "Abb. 3:", "Photo 4 -".
            #"(?:bild|foto|photo|image|picture|abb\.?|abbildung|fig\.?|figure)\s*\d{1,3}"#,
        ]
        let vocabulary = CreditLabels.colonLabels.map(\.label)
            .sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }
        let alternation = (grammar + vocabulary).joined(separator: "|")
        // Whatever the label, a separator or a "by" word must follow it.
        return CreditPattern(
            #"^\s*(?:"# + alternation + #")\s*(?:[:：|–—-]\s*|\s+(?:by|von|de|par|di|door|por)\s+)"#,
            hints: [":", "：", "|", "–", "—", "-", "by", "von", "de", "par", "di", "door", "por"])
    }()
    /// An abbreviated label that ends in a dot instead of a colon: "Fot. Jan Kowalski / PAP".
    static let abbreviatedLabel = CreditPattern(#"^\s*(?:fot|phot|abb|ill|il|repr)\.\s+"#, hints: ["."])
    /// A bare leading "by"/"von": "By SUHEJLO …".
    static let leadingBy = CreditPattern(
        #"^\s*(?:by|von|par|por|di|door)\s+"#, hints: ["by", "von", "par", "por", "di", "door"])
    /// A copyright sign or word at the start: "©", "(c)", "Copyright", "Copyright ©".
    static let copyright = CreditPattern(
        #"^\s*(?:copyright\s*)?(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"#,
        hints: ["©", "(c)", "copyright"])
    /// "Courtesy of X", "Courtesy X", "Mit freundlicher Genehmigung von X".
    static let courtesy = CreditPattern(
        #"\b(?:courtesy(?:\s+of)?|mit\s+freundlicher\s+genehmigung(?:\s+(?:von|der|des))?|avec\s+l'aimable\s+autorisation\s+de)\s+"#,
        hints: ["courtesy", "genehmigung", "autorisation"])
    /// "own work" in several languages, optionally in brackets.
    static let ownWork = CreditPattern(
        #"[\(\[]?\s*\b(?:own\s+work|eigenes\s+werk|travail\s+personnel|trabajo\s+propio|opera\s+propria|praca\s+własna|eigen\s+werk|obra\s+própria|vlastní\s+dílo)\b\s*[\)\]]?"#,
        hints: ["work", "werk", "travail", "trabajo", "opera", "praca", "obra", "dílo"])
    /// Modification notices, with an optional "from …"/"by …" tail up to the next separator.
    static let modification = CreditPattern(
        #"\b(?:(?:digitally\s+)?(?:cropped|adapted|modified|edited|retouched|altered|colou?ri[sz]ed|restored|remixed)|"#
            + #"zugeschnitten|bearbeitet|verändert|beschnitten|recadrée?|modifiée?|recortad[ao]|modificad[ao]|przycięte)"#
            + #"(?:\s+(?:from|by|von|de|par|after)\s+([^,;()\[\]]+))?"#)
    /// Phrases that connect a work to its licence: "is licensed under", "lizenziert unter", "License:".
    static let licenseConnective = CreditPattern(
        #"\b(?:(?:is\s+|are\s+)?(?:licen[cs]ed|used)\s+under(?:\s+(?:a|the))?|lizenziert\s+unter|unter\s+der\s+lizenz|sous\s+licence|bajo\s+licencia|"#
            + #"(?:licen[cs]e|lizenz|licencia|licencja)\s*:|under(?:\s+(?:a|the))?(?=\s*$))"#,
        hints: ["licen", "lizen", "under", "unter", "sous", "bajo"])
    /// A quoted title: "Title", “Title”, „Title“, «Title», ‘Title’.
    static let quotedTitle = CreditPattern(
        #"["“„«‘‚]([^"“”„«»‘’‚]{2,120})["”“»’‘]"#, hints: ["\"", "“", "„", "«", "‘", "‚"])
    /// "X via Y".
    static let via = CreditPattern(#"^(.*?)\s*,?\s*\bvia\s+(.+)$"#, hints: ["via"])
    /// "Jane Doe for The New York Times" (the sides' capitals are checked by the caller).
    static let forPublication = CreditPattern(#"^(.+?)\s+for\s+(.+)$"#, hints: [" for "])
    /// "X, from the city archive" / "X, aus dem Stadtarchiv" at the end.
    static let fromSource = CreditPattern(
        #"^(.+?),\s*(?:from|aus)\s+(?:the\s+|dem\s+|der\s+)?(.+)$"#, hints: ["from", "aus"])
    /// "X on Unsplash" / "X auf Flickr" at the end.
    static let onPlatform = CreditPattern(
        #"^(.*?)\s+(?:on|auf|sur|en)\s+([^,;/]+?)\s*$"#, hints: [" on ", " auf ", " sur ", " en "])
    /// "Title, By Author" / "Title by Author".
    static let titleBy = CreditPattern(
        #"^(.+?)(?:,\s*|\s+)(?:by|von|par|por|di|door)\s+(.+)$"#, hints: ["by", "von", "par", "por", "di", "door"])
    /// A role in brackets after the name, as bylines write it: "John Roe (photography)".
    static let roleMarker = CreditPattern(
        #"\s*\((?:photography|photographs|photos?|pictures|images|fotos?|fotografie|fotografías?|bilder|zdjęcia|photographer|fotograf)\)"#,
        hints: ["(p", "(i", "(f", "(b", "(z"])
    /// The AP's archive marker: ", File".
    static let fileMarker = CreditPattern(#",\s*file\s*$"#, hints: ["file"])
    /// Brackets left empty once licences and URLs are cut out, including nested ones.
    static let emptyBrackets = CreditPattern(#"\(\s*[,;]?\s*\)|\[\s*[,;]?\s*\]|\{\s*\}"#, hints: ["(", "[", "{"])
    /// The word between two licences offered as alternatives, once both are cut out and
    /// stand as `cutMark` ("[GFDL or CC-BY-SA-3.0]"); brackets of URLs between them too.
    static let alternativeJoiner = CreditPattern(
        #"\x{1E}[\s()\[\]\x{1E}]*(?:,|\b(?:"# + LicenseAlternatives.words.sorted().joined(separator: "|")
            + #")\b)[\s()\[\]]*(?=\x{1E})"#, hints: [cutMark])
    /// What stands for a licence cut out of a credit until the alternatives between are gone.
    static let cutMark = "\u{1E}"
    /// Separators left doubled once a licence is cut out of a list: ", ," → ",".
    static let repeatedSeparators = CreditPattern(#"\s*([,;])(?:\s*[,;])+"#, hints: [",", ";"])
    /// A label word left on its own ("Image" once "adapted from X" is cut out).
    static let bareLabel = CreditPattern(
        #"^\s*(?:photo|image|picture|foto|bild|illustration|graphic|grafik|credit)s?\s*$"#,
        hints: ["photo", "image", "picture", "foto", "bild", "illustration", "graphic", "grafik", "credit"])
    /// URLs, shared with the licence scanner so both cut the same spans.
    static let url = CreditPattern(regex: LicenseTextScanner.urlPattern)
    /// Separators between author and source: "/", "|", " - ".
    static let partSeparator = CreditPattern(#"\s*(?:/|\||\s[-–—]\s)\s*"#, hints: ["/", "|", "-", "–", "—"])
}

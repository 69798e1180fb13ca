/// The general words that say which pictures an article's credit statement speaks of: all
/// of them ("All photos: …"), the lead picture ("Main image: …", "Titelbild: …"), one by
/// its place on the page ("Bild – unten: …"), in the languages the scanner reads.
enum StatementVocabulary {
    /// Words for a picture, singular and plural, lower-case.
    static let pictureWords: Set<String> = [
        "photo", "photos", "foto", "fotos", "bild", "bilder", "image", "images", "picture", "pictures",
        "pic", "pics", "photograph", "photographs", "photography", "fotografie", "fotografien", "fotografía",
        "fotografías", "fotografia", "fotografias", "imagen", "imágenes", "imagem", "imagens", "immagine",
        "immagini", "illustration", "illustrations", "grafik", "grafiken", "graphic", "graphics",
        "infographic", "zdjęcie", "zdjęcia", "фото", "фотографии", "снимок", "사진", "写真", "图片", "照片",
        "beeld", "afbeelding", "afbeeldingen", "kuva", "kuvat", "bilde", "billede", "billeder",
        "abbildung", "abbildungen", "chart", "charts", "graph", "diagram",
        "diagrams", "map", "maps", "karte", "karten", "gráfico", "grafico", "mapa", "infografik",
        "infografía", "infographics", "screenshot", "screenshots",
    ]

    /// The plural ones among them, and the names of the craft ("Photography: …"): a
    /// statement labelled with one speaks of several pictures.
    static let pluralPictureWords: Set<String> = [
        "photos", "fotos", "bilder", "images", "pictures", "pics", "photographs", "photography",
        "fotografie", "fotografien", "fotografías", "fotografias", "imágenes", "imagens", "immagini",
        "illustrations", "grafiken", "graphics", "zdjęcia", "фотографии", "afbeeldingen", "kuvat",
        "billeder", "abbildungen", "charts", "diagrams", "maps", "karten", "infographics",
        "screenshots",
    ]

    /// Words that label a credit without naming what it covers.
    static let creditWords: Set<String> = [
        "credit", "credits", "crédit", "crédits", "crédito", "créditos", "credito", "crediti",
        "courtesy", "copyright", "nachweis", "bildnachweis", "bildnachweise", "fotonachweis",
        "bildquelle", "bildquellen", "fotoquelle", "source", "sources", "quelle", "fuente", "fonte",
        "by", "von", "de", "di", "par", "por", "door", "of",
    ]

    /// Words that point at the article itself: "Photos in this story: …", "Fotos in diesem
    /// Beitrag: …" speak of its pictures as a plain "Photos: …" does.
    static let articleReferenceWords: Set<String> = [
        "in", "on", "this", "these", "the", "article", "story", "post", "page", "piece", "report",
        "dieser", "diesem", "diesen", "artikel", "beitrag", "im", "cet", "cette", "ce", "dans",
        "este", "esta", "estos", "artículo", "nota", "questo", "articolo", "nell", "dit", "deze",
    ]

    /// "All", "every" in the languages above: "All photos: …", "Alle Fotos: …".
    static let allWords: Set<String> = [
        "all", "every", "alle", "allen", "sämtliche", "todas", "todos", "toutes", "tous", "tutte",
        "tutti", "wszystkie", "alla", "kaikki", "все",
    ]

    /// The writer's share named beside the photographer's ("Text and photos: …").
    static let textWords: Set<String> = ["text", "texte", "texto", "testo", "tekst", "words", "story", "reportage"]

    /// Compounds that name the lead picture on their own.
    static let leadCompounds: Set<String> = [
        "titelbild", "titelfoto", "beitragsbild", "aufmacherbild", "aufmacherfoto", "aufmacher",
        "headerbild", "teaserbild", "hauptbild", "hoofdfoto", "hoofdafbeelding", "headerfoto",
    ]

    /// Words that, beside a picture word, name the lead picture ("main image", "featured
    /// photo", "foto principal", "immagine in evidenza"). "Top" is a place (``positionWords``):
    /// the first picture, wherever it stands.
    static let leadWords: Set<String> = [
        "main", "lead", "leading", "featured", "feature", "header", "hero", "cover", "title",
        "banner", "opening", "principal", "principale", "destacada", "destacado", "portada",
        "copertina", "evidenza", "une", "capa", "uitgelichte", "haupt",
    ]

    /// Words for a place on the page, and the picture each points to.
    static let positionWords: [String: StatementScope.Position] = [
        "top": .first, "oben": .first, "haut": .first, "arriba": .first, "alto": .first, "boven": .first,
        "first": .first, "erstes": .first, "erste": .first, "premier": .first, "première": .first,
        "primera": .first, "primero": .first, "prima": .first, "primo": .first, "eerste": .first,
        "middle": .middle, "centre": .middle, "center": .middle, "mitte": .middle, "milieu": .middle,
        "centro": .middle, "medio": .middle, "midden": .middle,
        "bottom": .last, "unten": .last, "bas": .last, "abajo": .last, "basso": .last, "onder": .last,
        "last": .last, "letztes": .last, "letzte": .last, "dernier": .last, "dernière": .last,
        "última": .last, "último": .last, "ultima": .last, "ultimo": .last, "laatste": .last,
        "second": .ordinal(2), "zweites": .ordinal(2), "zweite": .ordinal(2), "seconde": .ordinal(2),
        "segunda": .ordinal(2), "segundo": .ordinal(2), "seconda": .ordinal(2), "secondo": .ordinal(2),
        "tweede": .ordinal(2), "third": .ordinal(3), "drittes": .ordinal(3), "dritte": .ordinal(3),
        "troisième": .ordinal(3), "tercera": .ordinal(3), "tercero": .ordinal(3), "terza": .ordinal(3),
        "terzo": .ordinal(3), "derde": .ordinal(3),
    ]

    /// Whether a word is a picture word, alone or closing a compound ("Titelbild", "Pressefoto").
    static func isPictureWord(_ word: String) -> Bool {
        if pictureWords.contains(word) { return true }
        return word.count > 6 && compoundTails.contains { word.hasSuffix($0) }
    }

    /// Picture words that close compounds in the languages that glue words.
    private static let compoundTails = ["bild", "bilder", "foto", "fotos", "beeld", "kuva", "billede"]
}

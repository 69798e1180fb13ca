/// The label words that introduce a credit ("Foto:", "Photo by", "Źródło:"), in one place for
/// both the scanner, which uses them to recognise a credit, and the parser, which strips them
/// before reading the author; a label known to one but not the other would end up in names.
public enum CreditLabels {
    /// How much a label alone proves that a credit follows.
    public enum Strength: Int, Comparable, Sendable {
        /// A bare "By": article bylines start the same way, so an agency, licence or
        /// copyright notice must follow.
        case conditional = -1
        /// "Image:" and "Source:" also start descriptions, so the rest must look like a name.
        case weak = 0
        /// "Photo:", "Credit:", "©" hardly ever start anything but a credit.
        case strong = 1

        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Labels that need a colon after them (`Foto:`, `Bildquelle :`), lower-case.
    public static let colonLabels: [(label: String, strength: Strength)] = [
        ("photo credit", .strong), ("photo credits", .strong), ("image credit", .strong),
        ("image credits", .strong), ("picture credit", .strong), ("crédit photo", .strong),
        ("crédits photo", .strong), ("photo", .strong), ("photos", .strong), ("foto", .strong),
        ("fotos", .strong), ("fotografía", .strong), ("fotografia", .strong), ("fotografie", .strong),
        ("photograph", .strong), ("photography", .strong), ("photographer", .strong),
        ("fotograf", .strong), ("fotografin", .strong), ("bild", .strong), ("bilder", .strong),
        ("credit", .strong), ("credits", .strong), ("crédit", .strong), ("crédits", .strong),
        ("crédito", .strong), ("créditos", .strong), ("bildquelle", .strong), ("bildquellen", .strong),
        ("bildnachweis", .strong), ("fotonachweis", .strong), ("fotoquelle", .strong),
        ("copyright", .strong), ("źródło", .strong), ("zdroj", .strong), ("foto zdroj", .strong),
        ("写真", .strong), ("撮影", .strong), ("出典", .strong), ("fuente", .strong), ("fonte", .strong),
        ("screenshot", .strong), ("screengrab", .strong), ("bildschirmfoto", .strong),
        ("fot", .strong), ("fotó", .strong), ("fotoğraf", .strong), ("фото", .strong),
        ("фотография", .strong), ("snímek", .strong), ("beeld", .strong), ("φωτογραφία", .strong),
        ("摄影", .strong), ("图片来源", .strong), ("사진", .strong), ("提供", .strong),
        ("imagen", .weak), ("imagem", .weak), ("immagine", .weak), ("kaynak", .weak),
        ("forrás", .weak), ("источник", .weak), ("джерело", .weak), ("출처", .weak), ("图片", .weak),
        ("karte", .weak), ("map", .weak), ("chart", .weak), ("infographic", .weak),
        ("collage", .weak), ("composite", .strong), ("titelbild", .strong), ("titelfoto", .strong),
        ("aufmacherbild", .strong), ("beitragsbild", .strong), ("headerbild", .strong), ("text and photos", .strong),
        ("text & photos", .strong),
        ("text und fotos", .strong), ("text & fotos", .strong), ("words and pictures", .strong), ("montage", .weak),
        ("zeichnung", .weak), ("rendering", .weak),
        ("quelle", .weak), ("source", .weak), ("sources", .weak), ("image", .weak), ("images", .weak),
        ("picture", .weak), ("pic", .weak), ("illustration", .weak), ("grafik", .weak),
        ("graphic", .weak), ("grafika", .weak), ("video", .weak), ("autor", .weak),
        ("urheber", .strong), ("urheberin", .strong), ("urheberrecht", .strong),
        ("kuva", .strong), ("zdjęcie", .strong), ("ảnh", .strong), ("снимка", .strong), ("фотограф", .strong),
        ("fotografo", .strong), ("fotógrafo", .strong), ("fotografa", .strong), ("fotógrafa", .strong),
        ("照片", .strong), ("credito", .strong), ("crediti", .strong), ("billede", .weak), ("bilde", .weak),
        ("bron", .weak), ("kilde", .weak), ("källa", .weak), ("lähde", .weak), ("sumber", .weak),
        ("ilustración", .weak), ("ilustração", .weak), ("illustrazione", .weak),
    ]

    /// Labels that stand without a colon (`Photo by`, `Courtesy of`, `©`), lower-case.
    /// Longer ones first so `photo courtesy of` wins over `courtesy of`.
    public static let phraseLabels: [(label: String, strength: Strength)] = [
        ("photo courtesy of", .strong), ("image courtesy of", .strong), ("courtesy of", .strong),
        ("photo courtesy", .strong), ("courtesy", .strong), ("photo by", .strong),
        ("photos by", .strong), ("photograph by", .strong), ("photography by", .strong),
        ("image by", .strong), ("picture by", .strong), ("illustration by", .strong),
        ("photo composite by", .strong), ("photo illustration by", .strong), ("composite by", .strong),
        ("montage by", .strong),
        ("adapted from", .strong), ("reproduced from", .strong), ("reprinted from", .strong),
        ("foto von", .strong), ("bild von", .strong), ("foto de", .strong), ("foto di", .strong),
        ("photo de", .strong), ("©", .strong), ("(c)", .strong), ("copyright", .strong),
        ("fot.", .strong), ("사진=", .strong), ("자료=", .strong), ("℗", .weak),
        // Handouts: the giver of the picture, in the words of several languages.
        ("photo provided by", .strong), ("image provided by", .strong), ("photo submitted by", .strong),
        ("photo supplied by", .strong), ("image supplied by", .strong), ("photo contributed by", .strong),
        ("cortesía de", .strong), ("cortesia de", .strong), ("cortesía del", .strong), ("cortesia do", .strong),
        ("cortesia da", .strong), ("cortesía", .strong), ("cortesia", .strong), ("foto cedida por", .strong),
        ("imagen cedida por", .strong),
        ("mit freundlicher genehmigung", .strong), ("mit frdl. gen.", .strong),
        ("per gentile concessione", .strong), ("avec l'aimable autorisation", .strong),
        ("avec l’aimable autorisation", .strong),
        ("provided by", .weak), ("supplied by", .weak), ("submitted by", .weak), ("cedida por", .weak),
        ("met dank aan", .weak), ("fotografía de", .strong),
        // "Фото из открытых источников" (photo from open sources), "Фото з архіву".
        ("фото из", .strong), ("фото з", .strong),
        // "Taken by Jane Roe in May 2010": how photographers sign pictures they upload.
        ("taken by", .weak),
    ]
}

/// The rows the vocabulary is built from: `cc-vocabulary.tsv`, typed by hand, and
/// `cc-translations.tsv`, Creative Commons' own translations of the licence names.
extension LicenseVocabulary {
    /// One term: a phrase, what it means, how much context it needs, and its language
    /// (`any` for abbreviations).
    struct Row {
        let language: String
        let meaning: String
        let strength: Strength
        let phrase: String
    }

    /// The rows of `cc-vocabulary.tsv`.
    static func handTypedRows() -> [Row] {
        LicenseData.table("cc-vocabulary.tsv").records.compactMap { record in
            guard let phrase = record["phrase"], !phrase.isEmpty, let meaning = record["meaning"] else { return nil }
            let strength: Strength =
                switch record["strength"] {
                case "standalone": .standalone
                case "strong": .strong
                default: .weak
                }
            return Row(language: record["language"] ?? "any", meaning: meaning, strength: strength, phrase: phrase)
        }
    }

    /// `cc-translations.tsv` sorted by what each name becomes.
    struct Translations {
        /// Unit and element names, anchors, generic markers and the like.
        var terms: [Row] = []
        /// Country names of the ports → port code.
        var countries: [(name: String, code: String)] = []
        /// Names of non-CC terms ("public domain") → id.
        var aliases: [(phrase: String, id: String)] = []

        /// Reads the embedded file. A translated unit name is `strong` like the English one:
        /// it needs an anchor, a version or a second element before it names a licence; the
        /// names of the public-domain tools stand alone, as in English.
        static func load() -> Translations {
            var result = Translations()
            let table = LicenseData.table("cc-translations.tsv")
            // Cells by position: a dictionary per row of the 3,900 would cost more than the rest
            // of the loading.
            guard let languageColumn = table.columns.firstIndex(of: "language"),
                let meaningColumn = table.columns.firstIndex(of: "meaning"),
                let phraseColumn = table.columns.firstIndex(of: "phrase")
            else { return result }
            for row in table.rows {
                let (language, meaning, phrase) = (row[languageColumn], row[meaningColumn], row[phraseColumn])
                guard !phrase.isEmpty else { continue }
                if meaning.hasPrefix("port:") {
                    result.countries.append((phrase, String(meaning.dropFirst("port:".count))))
                } else if meaning == "public-domain" {
                    result.aliases.append((phrase, LicenseRefinement.publicDomainID))
                } else {
                    let strength: Strength =
                        switch meaning {
                        case "mark", "pdd": .standalone
                        case "noise": .weak
                        default: .strong
                        }
                    result.terms.append(Row(language: language, meaning: meaning, strength: strength, phrase: phrase))
                }
            }
            return result
        }
    }
}

/// The phrase vocabulary for recognising licence names in text, built once from the data files
/// (`cc-vocabulary.tsv`, `jurisdictions.tsv`, `language-ports.tsv`, `other-licenses.tsv`) and the
/// English country names found in the catalogue titles.
struct LicenseVocabulary: Sendable {
    /// How much context a CC term needs before it counts as naming a licence.
    enum Strength: Int, Sendable, Comparable {
        /// Abbreviations ("by", "sa"): only after a Creative Commons anchor, or they'd fire on prose.
        case weak
        /// Full element names ("Attribution"): need an anchor, a version or a second element.
        case strong
        /// Names that stand alone ("CC0", "Public Domain Mark").
        case standalone

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What a matched phrase means.
    enum Entry: Sendable {
        /// A CC vocabulary term: an element (`by`, `zero` …), `anchor`, `generic`, `noise` or `pdd`.
        case cc(meaning: String, strength: Strength, languages: Set<String>)
        /// A country or region name → port code.
        case jurisdiction(code: String)
        /// A phrase naming a non-CC term.
        case alias(id: String)
    }

    /// Built lazily and thread-safely by Swift's `static let` semantics.
    static let shared = LicenseVocabulary()

    /// All phrases.
    let trie: PhraseTrie<Entry>
    /// Folded whole-text aliases ("pd", "no restrictions") → id.
    let exactAliases: [String: String]
    /// Language → port codes to prefer when a licence is named in that language.
    let languagePorts: [String: [String]]
    /// Folded words that make a following bare "Creative Commons" a licence statement
    /// ("used under Creative Commons"): the `under` rows of `cc-vocabulary.tsv`.
    let statementPrefixes: Set<String>

    init() {
        var trie = PhraseTrie<Entry>()
        // Merge duplicate (phrase, meaning) rows: languages are united, strength is the max,
        // so "attribution" is both English and French and "sampling" both weak and strong.
        var merged: [String: (tokens: [TextToken], meaning: String, strength: Strength, languages: Set<String>)] = [:]
        var order: [String] = []
        var prefixes: Set<String> = []
        let translations = Translations.load()
        for row in Self.handTypedRows() + translations.terms {
            let (language, meaning, strength, phrase) = (row.language, row.meaning, row.strength, row.phrase)
            if meaning == "under" {
                prefixes.insert(TextFolding.key(phrase))
                continue
            }
            let tokens = TextFolding.tokenize(phrase)
            let key = TextFolding.key(of: tokens) + "|" + meaning
            if var existing = merged[key] {
                existing.strength = max(existing.strength, strength)
                if language != "any" { existing.languages.insert(language) }
                merged[key] = existing
            } else {
                merged[key] = (tokens, meaning, strength, language == "any" ? [] : [language])
                order.append(key)
            }
        }
        for key in order {
            guard let entry = merged[key] else { continue }
            trie.insert(
                tokens: entry.tokens,
                payload: .cc(meaning: entry.meaning, strength: entry.strength, languages: entry.languages))
        }

        let store = LicenseStore.shared
        for (name, code) in store.englishJurisdictionNames {
            trie.insert(name, payload: .jurisdiction(code: code))
        }
        for row in LicenseData.table("jurisdictions.tsv").records {
            guard let name = row["name"], let code = row["code"], !name.isEmpty else { continue }
            trie.insert(name, payload: .jurisdiction(code: code.lowercased()))
        }
        for (name, code) in translations.countries {
            trie.insert(name, payload: .jurisdiction(code: code))
        }
        for (phrase, id) in translations.aliases {
            trie.insert(phrase, payload: .alias(id: id))
        }

        var exact: [String: String] = [:]
        for term in store.otherTerms {
            // The id itself ("LicenseRef-Unsplash") is the least ambiguous name of all.
            for alias in term.aliases + [term.definition.id] {
                trie.insert(alias, payload: .alias(id: term.definition.id))
            }
            for alias in term.exactAliases {
                exact[TextFolding.key(alias)] = term.definition.id
            }
        }

        var ports: [String: [String]] = [:]
        for row in LicenseData.table("language-ports.tsv").records {
            guard let language = row["language"] else { continue }
            ports[language] = (row["jurisdictions"] ?? "").split(separator: " ").map { String($0) }
        }

        self.trie = trie
        self.exactAliases = exact
        self.languagePorts = ports
        self.statementPrefixes = prefixes
    }
}

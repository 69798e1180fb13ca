/// Identifies licences from URLs and text.
public enum LicenseIdentifier {
    /// Identifies a licence from a URL or a text, whichever the input is.
    public static func identify(_ input: String) -> LicenseIdentification {
        looksLikeURL(input) ? identify(url: input) : identify(text: input)
    }

    /// Identifies a licence from a URL. Unknown and invalid URLs are `.none`.
    public static func identify(url: String) -> LicenseIdentification {
        LicenseURLMatcher.identify(url)
    }

    /// Identifies a licence from a text that names exactly one licence.
    ///
    /// Several different licences joined by "or" become an SPDX `OR` expression; otherwise the
    /// first name wins (URLs count too, after any name in words). A family without a version
    /// is `.ambiguous`.
    public static func identify(text: String) -> LicenseIdentification {
        let vocabulary = LicenseVocabulary.shared
        let wholeKey = String(String.UnicodeScalarView(TextFolding.key(text)))
        if let id = vocabulary.exactAliases[wholeKey], let definition = LicenseCatalog.license(id: id) {
            return .identified(definition)
        }
        let found = mentions(in: text)
        var identified: [LicenseDefinition] = []
        // Words before URLs: when a link's text and target disagree, the words are what the
        // credit claims (the linter compares the two elsewhere).
        let byEvidence = found.filter { $0.evidence == "text" } + found.filter { $0.evidence != "text" }
        for mention in byEvidence {
            if case .identified(let definition) = mention.identification,
                !identified.contains(where: { $0.id == definition.id })
            {
                identified.append(definition)
            }
        }
        if identified.count > 1 && mentionsAlternative(text) {
            // Keep reading order for the expression.
            let ordered = found.compactMap { mention -> LicenseDefinition? in
                if case .identified(let definition) = mention.identification { return definition }
                return nil
            }
            var unique: [LicenseDefinition] = []
            for definition in ordered where !unique.contains(where: { $0.id == definition.id }) {
                unique.append(definition)
            }
            return .identified(LicenseExpression.combine(unique))
        }
        if let first = identified.first { return .identified(first) }
        return found.first?.identification ?? .none
    }

    /// Finds every licence named in a longer text (a credit line), in order.
    ///
    /// A licence written in words and linked or quoted as a URL is reported twice, once with
    /// evidence `text` and once with `url`, so callers can tell a named licence from a linked
    /// one; `licenses(in:)` gives the distinct answers.
    public static func mentions(in text: String) -> [LicenseMention] {
        LicenseTextScanner.mentions(in: text)
    }

    /// The distinct identifications named in a text, in order of first mention.
    public static func licenses(in text: String) -> [LicenseIdentification] {
        var result: [LicenseIdentification] = []
        for mention in mentions(in: text) where !result.contains(mention.identification) {
            result.append(mention.identification)
        }
        return result
    }

    /// Whether the input is a URL rather than words: a scheme, `//`, `www.`, or one word with a
    /// slash after a dotted host ("creativecommons.org/licenses/by/1.0/").
    static func looksLikeURL(_ input: String) -> Bool {
        let trimmed = input.trimmingWhitespace().lowercased()
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") || trimmed.hasPrefix("//")
            || trimmed.hasPrefix("www.")
        {
            return true
        }
        guard !trimmed.contains(where: { $0.isWhitespace }), let slash = trimmed.firstIndex(of: "/") else {
            return false
        }
        return trimmed[..<slash].contains(".")
    }

    /// Whether the text offers alternatives ("… or GFDL", "… oder …").
    static func mentionsAlternative(_ text: String) -> Bool {
        let words: Set<String> = ["or", "oder", "ou", "o", "of", "lub", "vagy", "tai", "или"]
        return TextFolding.tokenize(text).contains { words.contains($0.text) }
    }
}

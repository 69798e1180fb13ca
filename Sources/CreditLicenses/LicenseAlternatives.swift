/// Licences offered as alternatives in one credit: "CC BY-SA 4.0 or GFDL",
/// "[GFDL, CC-BY-SA-3.0 or CC-BY-SA-2.5]", "CC BY 4.0 oder CC0".
enum LicenseAlternatives {
    /// "or" in the languages credits are written in. Words only: a slash or a comma alone
    /// also separates a licence from the next credit.
    static let words: Set<String> = [
        "or", "oder", "ou", "o", "of", "lub", "vagy", "tai", "или", "eller", "nebo", "ali",
    ]

    /// The distinct licences of the first run of names joined by "or" (commas may join the
    /// earlier members of a list whose last link is "or"), in reading order; fewer than two
    /// when the text offers no alternatives.
    ///
    /// Only what lies *between* two names is read, so "of" in "Photo of the harbour, CC BY
    /// 2.0" never makes the licence an offer.
    static func offers(_ names: [LicenseMention], in text: String) -> [LicenseDefinition] {
        guard names.count > 1 else { return [] }
        var ranges: [Range<String.Index>] = []
        var cursor = text.startIndex
        for name in names {
            guard let range = text[cursor...].firstRange(ofText: name.matchedText) else { return [] }
            ranges.append(range)
            cursor = range.upperBound
        }
        var members: [LicenseDefinition] = []
        var sawOr = false
        for (index, name) in names.enumerated() {
            guard case .identified(let definition) = name.identification else { break }
            if index > 0 {
                guard let joiner = joiner(text[ranges[index - 1].upperBound..<ranges[index].lowerBound]) else { break }
                sawOr = sawOr || joiner
            }
            if !members.contains(where: { $0.id == definition.id }) { members.append(definition) }
        }
        return sawOr ? members : []
    }

    /// What joins two names: true for "or", false for a bare comma, nil for anything else.
    /// URLs written after a name ("CC-BY-SA-3.0 (https://…) or GFDL") are skipped.
    private static func joiner(_ gap: Substring) -> Bool? {
        var words = String(gap)
        for match in LicenseTextScanner.urlMatches(in: words).reversed() {
            words.removeSubrange(match)
        }
        let tokens = TextFolding.tokenize(words)
        if tokens.isEmpty { return gap.contains(",") ? false : nil }
        guard tokens.count == 1, Self.words.contains(tokens[0].text) else { return nil }
        return true
    }
}

import CreditLicenses

/// Credits that name no one: "Submitted photo", "Cortesía", "Divulgação" closing a caption.
extension CreditSpanFinder {
    /// The handout phrases, longest first, so that "photo supplied" wins over "supplied".
    static let handoutPhrasesLongestFirst = CreditVocabulary.handoutPhrases.sorted { $0.count > $1.count }

    /// The handout phrase that ends the text, when it stands as a credit of its own: the
    /// whole text, after a sentence end or separator, or capitalised right after the
    /// caption's last word ("Jane Roe  Submitted photo", where two elements' texts meet).
    static func handoutTailSpan(_ characters: [Character]) -> CreditSpan? {
        var end = characters.count
        if end > 0 && characters[end - 1] == "." { end -= 1 }
        let lower = String(characters[..<end]).lowercased()
        // Lower-casing keeps the length of these phrases' scripts, so offsets carry over.
        guard lower.count == end else { return nil }
        for phrase in handoutPhrasesLongestFirst where lower.hasSuffix(phrase) {
            let start = end - phrase.count
            let rest = String(characters[..<start]).trimmingWhitespace()
            if start > 0 {
                guard !CreditEvidence.isWordCharacter(characters[start - 1]) else { continue }
                let standsAlone = rest.last.map { ".!?|/–—·•-:;)".contains($0) } ?? true
                guard standsAlone || characters[start].isUppercase else { continue }
            }
            return CreditSpan(text: String(characters[start..<end]), caption: caption(rest, ""))
        }
        return nil
    }

    /// Whether the whole text is a handout phrase.
    static func isHandoutPhrase(_ text: String) -> Bool {
        CreditVocabulary.handoutPhrases.contains(text.lowercased())
    }
}

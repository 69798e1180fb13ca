import CreditDocument

/// Credits that end a caption with an agency: "Jane Doe/Reuters", "… in Palma. Efe".
extension CreditSpanFinder {
    /// Words that may join the names before an agency ("Jane Doe for Reuters", "X via AP").
    static let joiningWords: Set<String> = ["via", "for", "by", "and", "&", "/", "von", "de", "of", "the", "y", "und"]

    /// A run of capitalised names that ends with an agency at the end of the text.
    static func agencyTailSpan(_ characters: [Character]) -> CreditSpan? {
        let words = String(characters).split(separator: " ").map(String.init)
        let bareAcronym = endsWithBareAcronym(words)
        guard let agencyWord = bareAcronym ? words.count - 1 : words.lastIndex(where: CreditEvidence.namesAgency) else {
            return nil
        }
        // The credit must close the text: an agency mid-sentence ("talks to AP reporters")
        // is part of the story. Only names may follow it ("Getty Images", "AP Photo, File").
        guard words.count - agencyWord <= 3 else { return nil }
        let trailing = words[(agencyWord + 1)...]
        guard trailing.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        var start = agencyWord
        while start > 0 && agencyWord - start < 5 {
            let previous = words[start - 1]
            let isName = previous.first.map { $0.isUppercase || $0 == "@" } ?? false
            let endsSentence = previous.count > 2 && [".", "!", "?", ":", ";"].contains(previous.last)
            guard (isName || joiningWords.contains(previous.lowercased())) && !endsSentence else { break }
            start -= 1
        }
        while start < agencyWord && joiningWords.contains(words[start].lowercased()) { start += 1 }
        // "… received a handout": a lower-case agency word running on from the sentence
        // before it is one of its words.
        if start == agencyWord, start > 0, words[start].first?.isLowercase == true,
            let previous = words[start - 1].last, previous.isLetter
        {
            return nil
        }
        let span = words[start...].joined(separator: " ")
        guard bareAcronym || CreditEvidence(span).accepts(label: nil) else { return nil }
        return CreditSpan(text: trimmingSeparators(span), caption: caption(words[..<start].joined(separator: " "), ""))
    }

    /// Whether a caption ends with an agency acronym in any case ("… in Palma. Efe",
    /// "… | efe", "Jane Doe/Afp", "Foto Ansa") that stands on its own: after a sentence end,
    /// a separator, a slash or a picture word. A text of that one word is left alone: an
    /// `alt` of "Zuma" names a person.
    private static func endsWithBareAcronym(_ words: [String]) -> Bool {
        guard words.count > 1, let last = words.last else { return false }
        let parts = last.split(separator: "/", omittingEmptySubsequences: false)
        guard let acronym = parts.last, CreditEvidence.isAcronymAgencyInAnyCase(acronym) else { return false }
        if parts.count > 1 { return true }
        let previous = words[words.count - 2]
        return previous.last.map { ".!?|/–—·•".contains($0) } ?? false
            || ClassVocabulary.pictureWords.contains(previous.lowercased())
    }
}

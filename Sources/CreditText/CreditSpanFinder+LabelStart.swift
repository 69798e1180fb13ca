import CreditLicenses

extension CreditSpanFinder {
    /// The first characters of every label, as such and as strings (what ``matchLength``
    /// compares a lower-cased character with); nil if a label were empty and matched anywhere.
    static let labelFirsts: (exact: Set<Character>, lowered: Set<String>)? = {
        let labels = (CreditVocabulary.colonLabels + CreditVocabulary.phraseLabels).map { $0.label } + ["By "]
        let firsts = labels.compactMap(\.first)
        guard firsts.count == labels.count else { return nil }
        return (Set(firsts), Set(firsts.map { String($0) }))
    }()

    /// Whether the lower-cased character is a label's first character; a one-byte ASCII
    /// character is looked up in a table instead of being lower-cased into a new string.
    static func startsLabelLowered(_ character: Character, _ lowered: Set<String>) -> Bool {
        if character.utf8.count == 1, let byte = character.utf8.first {
            return asciiLoweredStartsLabel[Int(byte)]
        }
        return lowered.contains(character.lowercased())
    }

    static let asciiLoweredStartsLabel: [Bool] =
        (0..<128).map { byte in
            labelFirsts?.lowered.contains(Character(Unicode.Scalar(UInt8(byte))).lowercased()) ?? true
        } + Array(repeating: true, count: 128)

    /// The labels, by first character, as indices into their list in list order: a position
    /// tries only the labels its character can start (see ``labelCandidates(_:_:)``).
    static let colonLabelsByFirst = indexByFirst(colonLabelCharacters)
    static let phraseLabelsByFirst = indexByFirst(phraseLabelCharacters)
    static let colonLabelStrengths = CreditVocabulary.colonLabels.map(\.strength)
    static let phraseLabelStrengths = CreditVocabulary.phraseLabels.map(\.strength)
    /// Whether a phrase label starts or ends with a non-letter, and so needs no space after it.
    static let phraseLabelIsSymbol = CreditVocabulary.phraseLabels.map { entry in
        !(entry.label.first?.isLetter ?? false) || !(entry.label.last?.isLetter ?? false)
    }

    private static func indexByFirst(_ labels: [[Character]]) -> [Character: [Int]] {
        var index: [Character: [Int]] = [:]
        for (position, label) in labels.enumerated() {
            index[label.first ?? " ", default: []].append(position)
        }
        return index
    }

    /// The labels whose first character ``matchLength(_:_:at:)`` would match with `character`
    /// (the same one, or its lower-case form), in list order, so that the first label found
    /// is the one the full list would find first.
    static func labelCandidates(_ table: [Character: [Int]], _ character: Character) -> [Int] {
        let exact = table[character] ?? []
        let lowered: Character?
        if character.utf8.count == 1, let byte = character.utf8.first {
            lowered = Character(Unicode.Scalar(byte.asciiLowercased))
        } else {
            let string = character.lowercased()
            lowered = string.count == 1 ? string.first : nil
        }
        guard let lowered, lowered != character, let folded = table[lowered], !folded.isEmpty else { return exact }
        return exact.isEmpty ? folded : (exact + folded).sorted()
    }

    /// Every label's characters, split once rather than at each position of each text.
    static let colonLabelCharacters: [[Character]] = CreditVocabulary.colonLabels.map { Array($0.label) }
    static let phraseLabelCharacters: [[Character]] = CreditVocabulary.phraseLabels.map { Array($0.label) }

    /// The index after `word` when it occurs at `index`, case-insensitively: what
    /// `matchLength(_:_:at:)` does for a label string, with a one-byte ASCII character
    /// lower-cased by arithmetic instead of into a new string.
    static func matchLength(_ characters: [Character], _ word: [Character], at index: Int) -> Int? {
        var position = index
        for expected in word {
            guard position < characters.count else { return nil }
            let actual = characters[position]
            if actual != expected {
                if actual.utf8.count == 1, let byte = actual.utf8.first {
                    let lower = byte.asciiLowercased
                    guard expected.utf8.count == 1, expected.utf8.first == lower else { return nil }
                } else {
                    guard actual.lowercased() == String(expected) else { return nil }
                }
            }
            position += 1
        }
        return position
    }

    /// The start of a qualifier word right before the label at `index` ("All photos:"), when
    /// it opens the text, a sentence or a separated segment.
    static func qualifierStart(_ characters: [Character], before index: Int) -> Int? {
        guard index >= 2, characters[index - 1] == " " else { return nil }
        var start = index - 1
        while start > 0 && characters[start - 1].isLetter { start -= 1 }
        guard start < index - 1,
            CreditVocabulary.labelQualifiers.contains(String(characters[start..<(index - 1)]).lowercased())
        else { return nil }
        guard start == 0 || start >= 2 && characters[start - 1] == " " && ".!?|/–—·•:;".contains(characters[start - 2])
        else {
            return nil
        }
        return start
    }

    /// The start of the sentence around "copyright" used as a plain noun, in lower case after
    /// a lower-case word and before lower-case words ("… and read more about its copyright
    /// licenses"): the sentence names no holder, so the sentence as a whole is the statement
    /// about the picture's rights.
    static func statementStart(_ characters: [Character], label index: Int, content: String) -> Int? {
        guard index >= 2, characters[index].isLowercase, matchLength(characters, statementWord, at: index) != nil,
            characters[index - 1] == " ",
            characters[index - 2].isLetter && characters[index - 2].isLowercase,
            content.first(where: \.isLetter)?.isLowercase == true
        else { return nil }
        var start = index
        while start > 0 {
            if start >= 2 && characters[start - 1] == " " && ".!?|".contains(characters[start - 2]) { break }
            start -= 1
        }
        return start
    }

    private static let statementWord = Array("copyright")
}

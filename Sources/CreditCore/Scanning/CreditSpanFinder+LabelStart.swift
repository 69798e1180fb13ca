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

    static let asciiLoweredStartsLabel: [Bool] = (0..<128).map { byte in
        labelFirsts?.lowered.contains(Character(Unicode.Scalar(UInt8(byte))).lowercased()) ?? true
    } + Array(repeating: true, count: 128)

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
}

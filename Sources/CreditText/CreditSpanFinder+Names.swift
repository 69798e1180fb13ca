import CreditLicenses
import Foundation

/// Credits that are bare names: "Jane Doe/Organisation", or a name after a separator.
extension CreditSpanFinder {
    /// Whether a separated last segment is a bare name ("Caption text / Jane Doe"): one to
    /// four capitalised words after a caption of at least three words, no sentence in it.
    static func isNameAfterCaption(_ segment: String, before: String) -> Bool {
        before.split(separator: " ").count >= 3 && isCapitalisedName(segment)
    }

    /// Whether a text is one to four capitalised words (joining words allowed) and no sentence.
    package static func isCapitalisedName(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        // Initials ("S. Warren") may carry a dot; a sentence ends with one or has a comma.
        guard !segment.contains(where: { ["!", "?", ":", ","].contains($0) }), !segment.hasSuffix(".") else {
            return false
        }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            // Han and kana have no capitals: a word that holds them ("Intelの新型…") is no
            // capitalised name, whatever Latin letter opens it.
            guard !word.unicodeScalars.contains(where: isCaselessScript) else { return false }
            return first.isUppercase || joiningWords.contains(word.lowercased())
        } && words.first?.first?.isUppercase == true
    }

    /// Han, kana and Hangul: scripts without capital letters.
    static func isCaselessScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x1100...0x11FF:
            true
        default: false
        }
    }

    /// Whether a text is a "Name/Organisation" credit ("Jane Doe/The Daily Example"): two to
    /// eight capitalised words (joining words and initials allowed) with a slash between two
    /// names, the way newspapers credit staff and agency photographers.
    package static func isSlashedNameCredit(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...8).contains(words.count) else { return false }
        // The slash must follow a person's full name (two words at least), joined to the
        // organisation with or without spaces: "Jane Doe/Example", "Jane Doe / Example".
        guard let slashWord = words.firstIndex(where: { $0.contains("/") }) else { return false }
        let halves = words[slashWord].split(separator: "/", omittingEmptySubsequences: false)
        let namesBefore = words[slashWord] == "/" ? slashWord : slashWord + 1
        guard namesBefore >= 2, halves.allSatisfy({ $0.isEmpty || $0.first?.isUppercase == true }),
            slashWord < words.count - 1 || !(halves.last?.isEmpty ?? true)
        else { return false }
        return words.allSatisfy { word in
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))
            guard let first = bare.first else { return word == "/" }
            return first.isUppercase || first == "@" || joiningWords.contains(bare.lowercased())
        }
    }

    /// The last sentence of the text when it is a "Name/Organisation" credit.
    static func slashedTailSpan(_ characters: [Character]) -> CreditSpan? {
        var start = 0
        for index in characters.indices.dropFirst(2) where characters[index - 1] == " " {
            if [".", "!", "?", "|"].contains(characters[index - 2]), !isInitial(characters, before: index - 2) {
                start = index
            }
        }
        let tail = String(characters[start...]).trimmingWhitespace()
        guard isSlashedNameCredit(tail) else { return nil }
        return CreditSpan(text: tail, caption: caption(String(characters[..<start]), ""))
    }

    /// Whether the dot at `index` closes an initial ("S." in "Ted S. Warren").
    private static func isInitial(_ characters: [Character], before index: Int) -> Bool {
        guard characters[index] == ".", index >= 1, characters[index - 1].isUppercase else { return false }
        return index < 2 || characters[index - 2] == " "
    }
}

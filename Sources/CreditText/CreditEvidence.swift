import CreditLicenses
import Foundation

/// What a short text contains that marks it as a credit: an agency name, a licence, a
/// copyright sign, a social-media handle, and how sentence-like its words are.
package struct CreditEvidence {
    /// The text examined.
    let text: String
    /// Its words, split on whitespace.
    package let words: [Substring]

    package init(_ text: String) {
        self.text = text
        words = text.splittingOnWhitespace()
    }

    /// Licence phrases, lower-case; the licence module names the exact licence later.
    static let licenceHints = [
        "cc by", "cc-by", "cc0", "cc-0", "cc zero", "creative commons", "public domain", "gemeinfrei",
        "domínio público", "dominio público", "domaine public", "gfdl", "cc-sa", "cc by-sa", "cc-by-sa",
        "own work", "eigenes werk", "unsplash license", "pexels license", "pixabay license",
    ]

    /// Whether the text names a news agency, stock library or image platform.
    var namesAgency: Bool { Self.namesAgency(text) }

    /// ``namesAgency`` of a text, without splitting it into words first (the span finder
    /// asks this of every word at the end of a caption).
    static func namesAgency(_ text: String) -> Bool {
        if AgencyMatcher.shared.matches(text.lowercased()) { return true }
        guard text.isASCIIOnly else {
            let tokens = text.split(whereSeparator: { !isWordCharacter($0) })
            return tokens.contains { CreditVocabulary.acronymAgencies.contains(String($0)) }
        }
        // ASCII letters, digits and `_` are the word characters of ASCII text.
        var found = false
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || !isASCIIWordByte(bytes[end]) {
                if end > start,
                    CreditVocabulary.acronymAgencies.contains(String(decoding: bytes[start..<end], as: UTF8.self))
                {
                    found = true
                    return
                }
                start = end + 1
            }
        }
        return found
    }

    /// Whether the text names a licence or a public-domain status.
    var namesLicence: Bool {
        let lower = text.lowercased()
        return Self.licenceHints.contains { lower.containsText($0) }
    }

    /// Whether the text carries a copyright notice.
    var hasCopyrightNotice: Bool {
        let lower = text.lowercased()
        return lower.containsText("©") || lower.containsText("(c) ") || Self.containsWord(lower, "copyright")
            || lower.containsText("all rights reserved")
    }

    /// Whether the text names a social-media account (`@GardaTraffic`).
    var hasHandle: Bool {
        words.contains { $0.count > 2 && $0.first == "@" && $0.dropFirst().first?.isLetter == true }
    }

    /// Whether the text counts or prices something ("Phone card, 20 $", "3 Zimmer"): a
    /// number that is no year, or a currency sign. Names and sources carry neither, so such a
    /// text describes what the picture shows.
    package var countsOrPrices: Bool {
        words.contains { word in
            if word.contains(where: { "$€£¥₹".contains($0) }) { return true }
            let digits = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]"))
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            return digits.count != 4 || !(digits.hasPrefix("18") || digits.hasPrefix("19") || digits.hasPrefix("20"))
        }
    }

    /// Whether the text is only a measure: numbers, times or a duration with at most one short
    /// unit word ("01:30 Min.", "12 Fotos", "3 / 12"), what media players and galleries print
    /// where a credit could stand. A credit names someone.
    package var isOnlyMeasure: Bool {
        guard text.contains(where: \.isNumber), !hasSignal else { return false }
        let lettered = words.filter { $0.contains(where: \.isLetter) }
        return lettered.count <= 1 && lettered.allSatisfy { $0.filter(\.isLetter).count <= 6 }
    }

    /// Whether the text carries evidence beyond its wording: an agency, a copyright notice,
    /// a social-media handle or a licence.
    package var hasSignal: Bool { namesAgency || hasCopyrightNotice || hasHandle || namesLicence }

    /// How many words start with a lower-case letter and are not words credits use anyway:
    /// the more there are, the more the text reads like a sentence about the picture.
    package var proseWordCount: Int {
        words.filter { word in
            guard let first = word.first(where: { $0.isLetter }) else { return false }
            guard first.isLowercase, !Self.isHostName(word) else { return false }
            let bare = word.lowercased().filter { $0.isLetter }
            return !CreditVocabulary.creditFunctionWords.contains(bare)
        }.count
    }

    /// Whether the text reads as a credit after a label of this strength (nil: no label).
    package func accepts(label: CreditVocabulary.LabelStrength?) -> Bool {
        guard !words.isEmpty else { return false }
        let prose = proseWordCount
        let signal = namesAgency || hasCopyrightNotice || hasHandle
        if namesLicence && words.count <= 40 && label != nil { return true }
        if namesLicence && words.count <= 20 && prose <= 4 { return true }
        switch label {
        case .strong?:
            return (words.count <= 14 && prose <= 2) || (signal && words.count <= 20 && prose <= 4)
        case .weak?:
            return (words.count <= 8 && prose == 0) || (signal && words.count <= 14 && prose <= 2)
        case .conditional?:
            return signal && words.count <= 20 && prose <= 3
        case nil:
            return signal && words.count <= 12 && prose <= 2
        }
    }

    /// Whether `word` occurs in `text` with no word character right before or after it.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        // A byte search rules most words out cheaply; `namesAgency` asks for every agency.
        guard text.containsText(word) else { return false }
        var searchStart = text.startIndex
        while let range = text[searchStart...].firstRange(ofText: word) {
            let beforeOK =
                range.lowerBound == text.startIndex
                || !Self.isWordCharacter(text[text.index(before: range.lowerBound)])
            let afterOK = range.upperBound == text.endIndex || !Self.isWordCharacter(text[range.upperBound])
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    /// Whether a character continues a word. `_` does: it joins the words of a file name
    /// (`EPA_visualisation.png`), which names no agency.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// ``isWordCharacter(_:)`` of an ASCII byte.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_")
    }

    /// Whether a word is a short agency acronym written in any case ("Efe", "efe" for EFE).
    /// Only a word that stands alone at the end of a caption is asked this: elsewhere the
    /// lower-case forms are ordinary words. Two-letter acronyms (`AP`, `PA`) never count.
    static func isAcronymAgencyInAnyCase(_ word: Substring) -> Bool {
        word.count >= 3 && CreditVocabulary.uppercasedAcronymAgencies.contains(word.uppercased())
    }

    /// Whether a word is a host name (`example.org`, `www.stadt-beispiel.de`): a source,
    /// however it is capitalised.
    static func isHostName(_ word: Substring) -> Bool {
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]"))
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let tld = parts.last, (2...6).contains(tld.count), tld.allSatisfy({ $0.isLetter })
        else {
            return false
        }
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}

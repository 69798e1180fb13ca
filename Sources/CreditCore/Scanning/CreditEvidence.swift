import Foundation

/// What a short text contains that marks it as a credit: an agency name, a licence, a
/// copyright sign, a social-media handle, and how sentence-like its words are.
struct CreditEvidence {
    /// The text examined.
    let text: String
    /// Its words, split on whitespace.
    let words: [Substring]

    init(_ text: String) {
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
            let tokens = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            return tokens.contains { CreditVocabulary.acronymAgencies.contains(String($0)) }
        }
        // ASCII letters and digits are the letters and numbers of ASCII text.
        var found = false
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || !bytes[end].isASCIIAlphanumeric {
                if end > start, CreditVocabulary.acronymAgencies.contains(String(decoding: bytes[start..<end], as: UTF8.self)) {
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

    /// How many words start with a lower-case letter and are not words credits use anyway:
    /// the more there are, the more the text reads like a sentence about the picture.
    var proseWordCount: Int {
        words.filter { word in
            guard let first = word.first(where: { $0.isLetter }) else { return false }
            guard first.isLowercase else { return false }
            let bare = word.lowercased().filter { $0.isLetter }
            return !CreditVocabulary.creditFunctionWords.contains(bare)
        }.count
    }

    /// Whether the text reads as a credit after a label of this strength (nil: no label).
    func accepts(label: CreditVocabulary.LabelStrength?) -> Bool {
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

    /// Whether `word` occurs in `text` with no letter or digit right before or after it.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        // A byte search rules most words out cheaply; `namesAgency` asks for every agency.
        guard text.containsText(word) else { return false }
        var searchStart = text.startIndex
        while let range = text[searchStart...].firstRange(ofText: word) {
            let beforeOK = range.lowerBound == text.startIndex
                || !Self.isWordCharacter(text[text.index(before: range.lowerBound)])
            let afterOK = range.upperBound == text.endIndex || !Self.isWordCharacter(text[range.upperBound])
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}

import CreditLicenses
import Foundation

/// Credits that name a licence instead of carrying a label.
extension CreditSpanFinder {
    /// Quote marks that open a work's title in a TASL credit (`"Title" by Author, CC BY 2.0`).
    static let openingQuotes: Set<Character> = ["\"", "“", "„", "«", "‘", "'", "‚", "»"]

    /// A credit in the Creative Commons "Title by Author, Licence" form, which needs no label:
    /// naming a licence makes the text a credit. It starts at the quoted title or the "by"
    /// before the licence, or else at the start of the sentence that names the licence.
    static func licenceStatementSpan(_ characters: [Character]) -> CreditSpan? {
        let text = String(characters)
        guard namesLicence(text) else { return nil }
        let sentenceStarts =
            [0]
            + characters.indices.dropFirst().filter { index in
                index >= 2 && characters[index - 1] == " " && [".", "!", "?", "|"].contains(characters[index - 2])
            }
        var start: Int?
        for (position, character) in characters.enumerated() where openingQuotes.contains(character) {
            // A quoted title counts when " by " follows it closely.
            let window = String(characters[position..<min(characters.count, position + 160)]).lowercased()
            if window.containsText(" by ") && (position == 0 || !characters[position - 1].isLetter) {
                start = position
                break
            }
        }
        if start == nil, let by = text.lowercased().firstRange(ofText: " by ") {
            let offset = text.distance(from: text.startIndex, to: by.lowerBound) + 1
            start = sentenceStarts.last(where: { $0 <= offset }) ?? 0
        }
        // Otherwise the credit is the last sentence that still names the licence
        // ("A poster from 1952. (Public domain)").
        let from = start ?? sentenceStarts.last(where: { namesLicence(String(characters[$0...])) }) ?? 0
        var spanText = String(characters[from...]).trimmingWhitespace()
        guard CreditEvidence(spanText).words.count <= 40 else { return nil }
        if let first = spanText.first, let last = spanText.last,
            first == "(" && last == ")" || first == "[" && last == "]",
            !spanText.dropFirst().dropLast().contains(where: { $0 == first || $0 == last })
        {
            spanText = String(spanText.dropFirst().dropLast())
        }
        return CreditSpan(text: trimmingSeparators(spanText), caption: caption(String(characters[..<from]), ""))
    }

    /// Whether the text names a licence, by a licence phrase or a licence the catalogue knows.
    private static func namesLicence(_ text: String) -> Bool {
        CreditEvidence(text).namesLicence
            || LicenseIdentifier.mentions(in: text).contains(where: {
                $0.identification != .none
            })
    }
}

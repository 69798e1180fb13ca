import CreditDocument
import CreditLicenses
import Foundation

/// A credit located inside a longer text, and the caption text around it.
package struct CreditSpan: Equatable {
    /// The credit itself ("Foto: Reuters"), without enclosing brackets.
    package var text: String
    /// The rest of the text, when any is left ("Caption text.").
    package var caption: String?

    package init(text: String, caption: String? = nil) {
        self.text = text
        self.caption = caption
    }
}

/// Finds the credit inside a caption, a line of text or an attribute, and refuses text that
/// only describes the picture.
///
/// The order of the tries matters: a label (`Foto:`, `Photo by`, `©`) is the clearest sign,
/// then a licence statement (`"Title" by Author, CC BY 2.0`), a trailing bracket group naming
/// an agency (`(NASA via AP)`), the last segment after a `|` or ` / ` separator, a run of
/// names ending in an agency (`Jane Doe/Reuters`), a closing handout phrase ("Submitted
/// photo"), "Name for Publication", and last a "Name/Organisation" credit.
package enum CreditSpanFinder {
    /// Longest text worth searching: longer ones are article prose, not captions.
    static let maximumLength = 1_500

    /// Finds the credit span in `text`, or nil when the text carries no credit.
    package static func find(in text: String) -> CreditSpan? {
        memo.value(for: ExactText(text)) { search($0.text) }
    }

    /// The answers for the texts read last, which depend on the text alone: a page asks about
    /// one caption several times (once per credit strategy), and about a line beside a gallery
    /// once per picture.
    private static let memo = SharedMemo<ExactText, CreditSpan?>(capacity: 512)

    /// ``find(in:)`` without the memo.
    static func search(_ text: String) -> CreditSpan? {
        let text = text.collapsingWhitespace()
        guard !text.isEmpty, text.count <= maximumLength else { return nil }
        let characters = Array(text)
        if let span = labelledSpan(characters) { return span }
        if let span = licenceStatementSpan(characters) { return span }
        if let span = trailingBracketSpan(characters) { return span }
        if let span = separatedSpan(text) { return span }
        if let span = agencyTailSpan(characters) { return span }
        if let span = handoutTailSpan(characters) { return span }
        if let span = forPublicationSpan(text) { return span }
        return slashedTailSpan(characters)
    }

    // MARK: - Labels

    /// The earliest label whose following words read like a credit.
    private static func labelledSpan(_ characters: [Character]) -> CreditSpan? {
        var index = 0
        while index < characters.count {
            if isBoundary(characters, before: index), let match = label(in: characters, at: index) {
                let openBracket = bracketBefore(characters, index)
                let end = openBracket.flatMap { matchingClose(characters, open: $0) } ?? characters.count
                if match.contentStart <= end {
                    let content = String(characters[match.contentStart..<end]).trimmingWhitespace()
                    // "Provided by (Responsible Party):" heads a field of a form; a credit does
                    // not end by introducing something else.
                    if !content.hasSuffix(":"), CreditEvidence(content).accepts(label: match.strength) {
                        let start =
                            openBracket == nil
                            ? qualifierStart(characters, before: index) ?? statementStart(
                                characters, label: index, content: content) ?? index
                            : index
                        let spanText = String(characters[start..<end]).trimmingWhitespace()
                        let before = String(characters[..<(openBracket ?? start)])
                        let after = end < characters.count ? String(characters[(end + 1)...]) : ""
                        return CreditSpan(
                            text: trimmingSeparators(spanText), caption: caption(before, after))
                    }
                }
            }
            index += 1
        }
        return nil
    }

    private struct LabelMatch {
        var contentStart: Int
        var strength: CreditVocabulary.LabelStrength
    }

    /// The label starting at `index`, if one does.
    private static func label(in characters: [Character], at index: Int) -> LabelMatch? {
        // Most positions start no label: one look at the first character saves trying each.
        if let firsts = labelFirsts, !firsts.exact.contains(characters[index]),
            !startsLabelLowered(characters[index], firsts.lowered)
        {
            return nil
        }
        for offset in labelCandidates(colonLabelsByFirst, characters[index]) {
            let strength = colonLabelStrengths[offset]
            guard var position = matchLength(characters, colonLabelCharacters[offset], at: index) else { continue }
            guard position >= characters.count || !characters[position].isLetter else { continue }
            while position < characters.count && characters[position] == " " { position += 1 }
            if position < characters.count && (characters[position] == ":" || characters[position] == "：") {
                return LabelMatch(contentStart: position + 1, strength: strength)
            }
        }
        for offset in labelCandidates(phraseLabelsByFirst, characters[index]) {
            let strength = phraseLabelStrengths[offset]
            guard let position = matchLength(characters, phraseLabelCharacters[offset], at: index) else { continue }
            // "©" and "사진=" need no space after them; "Photo by" does ("Photo byline").
            let symbol = phraseLabelIsSymbol[offset]
            if symbol || position >= characters.count || characters[position] == " " {
                return LabelMatch(contentStart: position, strength: strength)
            }
            // "Photo by: Jane Doe" puts a colon after the phrase as well.
            if characters[position] == ":" || characters[position] == "：" {
                return LabelMatch(contentStart: position + 1, strength: strength)
            }
        }
        // A capitalised "By" opening a clause ("The KSF, By Jane Doe (Own work) …"); a lower-case
        // "by" is ordinary prose ("released by the studio").
        if let position = matchLength(characters, "By ", at: index, caseSensitive: true) {
            return LabelMatch(contentStart: position, strength: .conditional)
        }
        return nil
    }

    /// The index after `word` when it occurs at `index` (case-insensitively unless told).
    private static func matchLength(
        _ characters: [Character], _ word: String, at index: Int, caseSensitive: Bool = false
    ) -> Int? {
        var position = index
        for expected in word {
            guard position < characters.count else { return nil }
            let actual = characters[position]
            let same =
                caseSensitive ? actual == expected : (actual == expected || actual.lowercased() == String(expected))
            guard same else { return nil }
            position += 1
        }
        return position
    }

    /// Whether a label may start at `index`: at the start or after a space or punctuation,
    /// never inside a word.
    private static func isBoundary(_ characters: [Character], before index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = characters[index - 1]
        return !(previous.isLetter || previous.isNumber)
    }

    // MARK: - Brackets, separators, agencies

    /// A final `( … )` or `[ … ]` group that names an agency (in any case after a picture
    /// word: "(Foto Ansa)"), a licence or a handle, or is a handout phrase ("(Submitted photo)").
    private static func trailingBracketSpan(_ characters: [Character]) -> CreditSpan? {
        guard let last = characters.last, last == ")" || last == "]" else { return nil }
        guard let open = matchingOpen(characters, close: characters.count - 1) else { return nil }
        let inner = String(characters[(open + 1)..<(characters.count - 1)]).trimmingWhitespace()
        guard
            CreditEvidence(inner).accepts(label: nil) || isSlashedNameCredit(inner) || isHandoutPhrase(inner)
                || agencyTailSpan(Array(inner)).map({ $0.caption == nil }) == true
        else { return nil }
        let before = String(characters[..<open])
        // "Caption. JUAN PÉREZ (EFE)": the photographer's name, set as a sentence of its own
        // before the agency in brackets, belongs to the credit.
        if let name = photographerBeforeAgency(before, agency: inner) {
            return CreditSpan(text: name.text + " (" + inner + ")", caption: caption(name.rest, ""))
        }
        return CreditSpan(text: inner, caption: caption(before, ""))
    }

    /// The last sentence of `before` when it is only a name (two to four capitalised words)
    /// and the bracket holds only an agency.
    private static func photographerBeforeAgency(_ before: String, agency: String) -> (text: String, rest: String)? {
        let evidence = CreditEvidence(agency)
        guard evidence.namesAgency, evidence.words.count <= 3 else { return nil }
        guard let name = lastSentence(of: before), isPersonName(name.text) else { return nil }
        return name
    }

    /// Whether a text is only a person's name: two to four capitalised words of letters.
    package static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count)
            && words.allSatisfy({
                $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" }
            })
    }

    /// Separators between a caption and its credit ("Caption | Foto: X", "Caption / Shutterstock").
    static let separators = [" | ", " / ", " — ", " – ", " · ", " • "]

    /// The last separated segment, when it names an agency, licence or handle, with the
    /// names chained to it by the same separator ("Jane Doe / Agence Exemple / AFP").
    private static func separatedSpan(_ text: String) -> CreditSpan? {
        for separator in separators {
            guard let range = text.lastRange(ofText: separator) else { continue }
            let segment = String(text[range.upperBound...]).trimmingWhitespace()
            var before = String(text[..<range.lowerBound])
            guard
                CreditEvidence(segment).accepts(label: nil) || isNameAfterCaption(segment, before: before)
                    || isForPublication(segment)
            else { continue }
            var credit = segment
            while let previous = before.lastRange(ofText: separator) {
                let part = String(before[previous.upperBound...]).trimmingWhitespace()
                guard isCapitalisedName(part) else { break }
                credit = part + separator + credit
                before = String(before[..<previous.lowerBound])
            }
            // "Het Binnenhof. ANP / Remko de Waal", "Le port. Jean Dupont / AFP": an agency or
            // a person's name set before the separator, as a sentence of its own, is the
            // credit's first half.
            if let head = lastSentence(of: before),
                head.text.split(separator: " ").count <= 3 && CreditEvidence(head.text).namesAgency
                    || isPersonName(head.text)
            {
                return CreditSpan(text: head.text + separator + credit, caption: caption(head.rest, ""))
            }
            return CreditSpan(text: credit, caption: caption(before, ""))
        }
        return nil
    }

    /// The text after the last sentence end (`.`, `!`, `?`), and what comes before it; nil when
    /// the text has no sentence end before its last part.
    static func lastSentence(of text: String) -> (text: String, rest: String)? {
        let trimmed = text.trimmingWhitespace()
        // No space needed after the end: caption and credit often sit in adjacent elements
        // whose texts join without one ("Madrid.JUAN PÉREZ").
        guard let end = trimmed.lastIndex(where: { ".!?".contains($0) }) else { return nil }
        // "Caption. | Jane Doe": a separator after the sentence end belongs to neither.
        let tail = String(trimmed[trimmed.index(after: end)...].drop(while: { separatorCharacters.contains($0) }))
        return tail.isEmpty ? nil : (tail, String(trimmed[...end]))
    }

    /// "Jane Doe for The New York Times" closing a caption: the photographer working for a
    /// publication, the convention of many newspapers.
    private static let forPublication = try! NSRegularExpression(
        pattern:
            #"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} for (?:[Tt]he )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4}$"#
    )

    private static func forPublicationSpan(_ text: String) -> CreditSpan? {
        let sentence = lastSentence(of: text) ?? (text, "")
        guard isForPublication(sentence.text) else { return nil }
        return CreditSpan(text: sentence.text, caption: caption(sentence.rest, ""))
    }

    /// Whether the text is "Name for Publication" and nothing else.
    static func isForPublication(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return forPublication.firstMatch(in: text, range: range) != nil
    }

    // MARK: - Helpers

    /// Characters that glue a credit to its caption and belong to neither.
    private static let separatorCharacters: Set<Character> = [
        "|", "/", "(", "[", "-", "–", "—", "·", "•", ",", ";", " ",
    ]

    static func trimmingSeparators(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, separatorCharacters.contains(last) || last == ")" && !result.contains("(") {
            result = result.dropLast()
        }
        return String(result).trimmingWhitespace()
    }

    /// The caption left around a credit, or nil when nothing but separators is left.
    package static func caption(_ before: String, _ after: String) -> String? {
        var text = Substring(before.trimmingWhitespace())
        while let last = text.last, separatorCharacters.contains(last) { text = text.dropLast() }
        let joined = (String(text) + " " + after).collapsingWhitespace()
        return joined.isEmpty ? nil : joined
    }
}

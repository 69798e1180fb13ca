import Foundation

/// Turns a translated licence name into the phrases people write.
enum TranslatedName {
    /// The elements a unit is written with, in the msgid's order (`by-nd-nc` → by, nd, nc).
    static let elements: Set<String> = ["by", "nc", "nd", "sa", "sampling", "sampling+"]

    /// The phrases a translation offers: itself, or, when it glosses itself in brackets
    /// ("«NonCommercial» («Некоммерчески»)", "i det fri (Public Domain)"), the part outside and
    /// the part inside. Markup and quotation marks are dropped, and so is a phrase that is
    /// just the English name (an untranslated string says nothing about the language), or a
    /// single letter.
    static func variants(of translated: String, english: String) -> [String] {
        var text = translated.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        text = text.filter { !"«»\"“”„".contains($0) }
        var candidates = [text]
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            candidates = [
                String(text[..<open]) + String(text[text.index(after: close)...]),
                String(text[text.index(after: open)..<close]),
            ]
        }
        var phrases: [String] = []
        for candidate in candidates {
            var phrase = collapse(candidate)
            while let last = phrase.last, ".:;".contains(last) { phrase.removeLast() }
            // A one-letter name (Vietnamese "Ý", Italy) is a word in other languages ("y", and).
            guard phrase.count > 1, key(phrase) != key(english), !phrases.contains(phrase) else { continue }
            phrases.append(phrase)
        }
        return phrases
    }

    /// Whitespace runs (line breaks too) as one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A comparison key: lower case, without spaces, hyphens and dashes.
    static func key(_ phrase: String) -> String {
        phrase.lowercased().filter { !$0.isWhitespace && !"-–—─‐".contains($0) }
    }

    /// Separators between the element names of a translated unit, most specific first.
    static let separators = [" - ", " – ", " — ", " ─ ", "—", "─", "–", " + ", "، ", ", ", "-"]

    /// Splits names of several elements into one row per element where the translation keeps
    /// the msgid's order ("Namensnennung - Weitergabe unter gleichen Bedingungen" → by, sa), so
    /// that differently combined names are read too; a name that cannot be split safely stays
    /// whole. A split must be anchored (one part is that element's own translation in the same
    /// language) and is refused when a part is another element's translation (the translator
    /// changed the order). Parts that are the English name, or a fragment of it (a translator's
    /// cut-off copy), say nothing about the language and are left out; so are duplicates.
    static func splitUnits(_ rows: [CCTranslationImporter.Row], english: [String: String]) -> [CCTranslationImporter
        .Row]
    {
        // Element names of this language, and the English ones, which name the same elements.
        var singles: [String: String] = [:]
        for row in rows where elements.contains(row.meaning) {
            for name in alternatives(row.phrase) { singles[key(name)] = row.meaning }
        }
        for (meaning, name) in english where elements.contains(meaning) { singles[key(name)] = meaning }
        func element(of piece: String) -> String? { alternatives(piece).lazy.compactMap { singles[key($0)] }.first }
        var result: [CCTranslationImporter.Row] = []
        var seen: Set<String> = []
        func add(_ row: CCTranslationImporter.Row) {
            // "Atribución/Reconocimiento": two names for one element.
            let names = elements.contains(row.meaning) ? alternatives(row.phrase) : [row.phrase]
            for name in names {
                let englishKey = english[row.meaning].map(key) ?? ""
                guard !englishKey.contains(key(name)), seen.insert("\(row.meaning)|\(key(name))").inserted
                else { continue }
                result.append(.init(language: row.language, meaning: row.meaning, msgid: row.msgid, phrase: name))
            }
        }
        for row in rows {
            let parts = row.meaning.split(separator: "-").map(String.init)
            guard parts.count > 1, parts.allSatisfy(elements.contains),
                let pieces = split(row.phrase, into: parts.count),
                zip(parts, pieces).allSatisfy({ element(of: $1) == nil || element(of: $1) == $0 }),
                zip(parts, pieces).contains(where: { element(of: $1) == $0 })
            else {
                add(row)
                continue
            }
            for (element, piece) in zip(parts, pieces) {
                add(.init(language: row.language, meaning: element, msgid: row.msgid, phrase: piece))
            }
        }
        return result
    }

    /// The names a slash separates ("Sampling/Echantillonage"), trimmed, never empty.
    static func alternatives(_ phrase: String) -> [String] {
        phrase.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The phrase cut at the first separator that gives exactly `count` non-empty parts.
    private static func split(_ phrase: String, into count: Int) -> [String]? {
        for separator in separators {
            let pieces = phrase.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if pieces.count == count, pieces.allSatisfy({ !$0.isEmpty }) { return pieces }
        }
        return nil
    }
}

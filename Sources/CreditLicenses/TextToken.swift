import Foundation

/// One word, number, CJK character or symbol of a text, folded for matching.
///
/// Matching works on tokens rather than characters so that "Share Alike", "ShareAlike" and
/// "Share-Alike" are the same thing (phrases are compared against the *concatenation* of
/// tokens), while a phrase still has to start and end on a token boundary: "by" never matches
/// inside "abbey".
struct TextToken: Sendable {
    /// What kind of run the token is.
    enum Kind: Sendable { case word, number, cjk, symbol }

    /// Lower-cased, diacritic-folded text ("paternite", "3.0", "署").
    let text: String
    /// `text` as scalars, for walking the phrase trie.
    let scalars: [Unicode.Scalar]
    /// The token's range in the original string.
    let range: Range<String.Index>
    /// The kind of run.
    let kind: Kind
    /// The folded separator characters between the previous token and this one.
    let gapBefore: String
    /// True for the first token after a URL or the start of the text: phrases never span it.
    let segmentStart: Bool
    /// True when every letter of the original token is upper case ("DE", "IGO").
    let isUppercase: Bool
    /// True when the original token starts with an upper-case letter or a digit.
    let isCapitalized: Bool

    /// True when the gap before this token ends the previous clause (`,`, `;`, `[`, `|`, ". ").
    var breaksBefore: Bool {
        segmentStart || gapBefore.contains(where: { TextFolding.hardBreaks.contains($0) })
            || gapBefore.contains(". ")
    }

    /// True when only `-`, `_` or `/` joins this token to the previous one ("cc-by-sa-3.0-de").
    var isJoinedBefore: Bool {
        !gapBefore.isEmpty && gapBefore.allSatisfy { $0 == "-" || $0 == "_" || $0 == "/" }
    }

    /// A version token such as `3.0`, `2.5` or a bare `4`, normalised to `d.d`; nil otherwise.
    var version: String? {
        guard kind == .number else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        switch parts.count {
        case 1 where text.count == 1 && ("1"..."4").contains(text): return "\(text).0"
        case 2 where parts[0].count == 1 && parts[1].count == 1: return text
        default: return nil
        }
    }
}

/// Case and diacritic folding plus tokenisation shared by the vocabulary and the scanners.
enum TextFolding {
    /// Separator characters that end a clause; a licence name never spans them.
    static let hardBreaks: Set<Character> = [",", ";", "[", "]", "|", "\n", "\r", "{", "}"]

    /// Folds one character: ASCII lower-cased directly (the hot path), typographic dashes,
    /// quotes and spaces unified, everything else case- and diacritic-folded by Foundation.
    static func fold(_ character: Character) -> String {
        if character.isASCII { return character.lowercased() }
        switch character {
        case "–", "—", "‐", "‑", "‒", "―", "−", "－": return "-"
        case "’", "‘", "ʼ", "´", "`": return "'"
        case "“", "”", "„", "«", "»", "‹", "›", "「", "」": return "\""
        case "\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{2002}", "\u{2003}": return " "
        case "（": return "("
        case "）": return ")"
        case "：": return ":"
        case "，", "、": return ","
        case "；": return ";"
        case "。": return "."
        case "／": return "/"
        case "ß": return "ss"
        default:
            return String(character).folding(
                options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
    }

    /// Folds a whole phrase and returns the concatenation of its tokens (the trie key).
    static func key(_ phrase: String) -> [Unicode.Scalar] {
        tokenize(phrase).flatMap(\.scalars)
    }

    /// Han, kana and CJK symbols: written without spaces, so each is its own token.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x31F0...0x31FF:
            return true
        default:
            return false
        }
    }

    /// Splits `text` (or the part of it in `range`) into tokens.
    static func tokenize(_ text: String, range: Range<String.Index>? = nil) -> [TextToken] {
        let bounds = range ?? text.startIndex..<text.endIndex
        var tokens: [TextToken] = []
        var builder = TokenBuilder()
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            let character = text[index]
            let next = text.index(after: index)
            let folded = fold(character)
            guard let scalar = folded.unicodeScalars.first else {
                index = next
                continue
            }
            let kind: TextToken.Kind?
            if scalar.properties.numericType == .decimal && scalar.isASCII {
                kind = .number
            } else if scalar == ".", builder.kind == .number, next < bounds.upperBound,
                text[next].isASCII, text[next].isNumber
            {
                kind = .number
            } else if isCJK(scalar) {
                kind = .cjk
            } else if scalar == "+" || scalar == "©" {
                kind = .symbol
            } else if scalar.properties.isAlphabetic {
                kind = .word
            } else {
                kind = nil
            }
            if let kind {
                if builder.kind != kind || kind == .cjk || kind == .symbol {
                    builder.flush(into: &tokens)
                    builder.start(kind: kind, at: index)
                }
                builder.append(folded, original: character, end: next)
            } else {
                builder.flush(into: &tokens)
                builder.gap += folded
            }
            index = next
        }
        builder.flush(into: &tokens)
        return tokens
    }
}

/// Accumulates the characters of the token being read.
private struct TokenBuilder {
    var kind: TextToken.Kind?
    var start: String.Index?
    var end: String.Index?
    var text = ""
    var gap = ""
    var letters = 0
    var upperLetters = 0
    var firstCapitalized = false
    var isFirstToken = true

    mutating func start(kind: TextToken.Kind, at index: String.Index) {
        self.kind = kind
        start = index
        text = ""
        letters = 0
        upperLetters = 0
        firstCapitalized = false
    }

    mutating func append(_ folded: String, original: Character, end: String.Index) {
        if text.isEmpty { firstCapitalized = original.isUppercase || original.isNumber }
        text += folded
        if original.isLetter {
            letters += 1
            if original.isUppercase { upperLetters += 1 }
        }
        self.end = end
    }

    mutating func flush(into tokens: inout [TextToken]) {
        guard let kind, let start, let end, !text.isEmpty else { return }
        tokens.append(
            TextToken(
                text: text, scalars: Array(text.unicodeScalars), range: start..<end, kind: kind,
                gapBefore: gap, segmentStart: isFirstToken,
                isUppercase: letters > 0 && letters == upperLetters,
                isCapitalized: firstCapitalized))
        isFirstToken = false
        gap = ""
        self.kind = nil
        self.start = nil
        self.end = nil
        text = ""
    }
}

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
    /// `text` as scalars, for walking the phrase trie (a view: most tokens are short enough
    /// to be stored inline, so a token costs no allocation).
    var scalars: String.UnicodeScalarView { text.unicodeScalars }
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
            || gapBefore.containsText(". ")
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

    /// Folds a whole phrase and returns the concatenation of its tokens (the trie key).
    static func key(_ phrase: String) -> String {
        key(of: tokenize(phrase))
    }

    /// The concatenation of tokens' folded texts: ``key(_:)`` of a phrase already tokenised.
    static func key(of tokens: [TextToken]) -> String {
        tokens.map(\.text).joined()
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
        // Works on scalars, not Characters: grapheme breaking is the expensive part of String
        // iteration, and ASCII (most of every caption) needs no folding beyond lower-casing.
        let scalars = text.unicodeScalars
        let bounds = range ?? text.startIndex..<text.endIndex
        var tokens: [TextToken] = []
        var builder = TokenBuilder()
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isASCII {
                let value = scalar.value
                switch value {
                case 0x30...0x39:
                    builder.add(scalar, kind: .number, upper: false, at: index, end: next, into: &tokens)
                case 0x41...0x5A:
                    builder.add(
                        Unicode.Scalar(value + 32)!, kind: .word, upper: true, at: index, end: next, into: &tokens)
                case 0x61...0x7A:
                    builder.add(scalar, kind: .word, upper: false, at: index, end: next, into: &tokens)
                case 0x2E where builder.kind == .number && next < bounds.upperBound && isDigit(scalars[next]):
                    builder.add(scalar, kind: .number, upper: false, at: index, end: next, into: &tokens)
                case 0x2B:
                    builder.add(scalar, kind: .symbol, upper: false, at: index, end: next, into: &tokens)
                default:
                    builder.separator(scalar, into: &tokens)
                }
            } else {
                let folding = FoldedScalar.of(scalar)
                if folding.isCombiningMark {
                    // An accent on the previous letter: folded away, but kept inside the token's range.
                    builder.extend(to: next)
                }
                for (folded, role) in folding.parts {
                    let kind: TextToken.Kind? =
                        switch role {
                        case .kind(let kind): kind
                        case .separator: nil
                        case .decimalPoint:
                            builder.kind == .number && next < bounds.upperBound && isDigit(scalars[next])
                                ? .number : nil
                        }
                    if let kind {
                        builder.add(folded, kind: kind, upper: folding.isUppercase, at: index, end: next, into: &tokens)
                    } else {
                        builder.separator(folded, into: &tokens)
                    }
                }
            }
            index = next
        }
        builder.flush(into: &tokens)
        return tokens
    }

    /// ASCII or full-width decimal digits.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// Combining accents (decomposed text such as "e" + U+0301).
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return !isCJK(scalar)
        default: return false
        }
    }
}

/// Accumulates the scalars of the token being read.
private struct TokenBuilder {
    var kind: TextToken.Kind?
    var start: String.Index?
    var end: String.Index?
    /// The token's and the gap's folded characters, in UTF-8: appending to a byte buffer and
    /// making the string once costs far less than appending each scalar to a string.
    var text: [UInt8] = []
    var gap: [UInt8] = []
    var letters = 0
    var upperLetters = 0
    var firstCapitalized = false
    var isFirstToken = true

    /// Adds one folded scalar, starting a new token when the kind changes (CJK characters and
    /// symbols are always tokens of their own).
    mutating func add(
        _ scalar: Unicode.Scalar, kind: TextToken.Kind, upper: Bool, at index: String.Index,
        end: String.Index, into tokens: inout [TextToken]
    ) {
        if self.kind != kind || kind == .cjk || kind == .symbol {
            flush(into: &tokens)
            self.kind = kind
            start = index
            letters = 0
            upperLetters = 0
            firstCapitalized = upper || kind == .number
        }
        Self.append(scalar, to: &text)
        if kind == .word {
            letters += 1
            if upper { upperLetters += 1 }
        }
        self.end = end
    }

    /// A separator: ends the token and joins the gap before the next one.
    mutating func separator(_ scalar: Unicode.Scalar, into tokens: inout [TextToken]) {
        flush(into: &tokens)
        Self.append(scalar, to: &gap)
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Widens the current token over a combining mark.
    mutating func extend(to end: String.Index) {
        if kind != nil { self.end = end }
    }

    mutating func flush(into tokens: inout [TextToken]) {
        guard let kind, let start, let end, !text.isEmpty else { return }
        tokens.append(
            TextToken(
                text: String(decoding: text, as: UTF8.self), range: start..<end,
                kind: kind, gapBefore: String(decoding: gap, as: UTF8.self), segmentStart: isFirstToken,
                isUppercase: letters > 0 && letters == upperLetters,
                isCapitalized: firstCapitalized))
        isFirstToken = false
        gap.removeAll(keepingCapacity: true)
        self.kind = nil
        self.start = nil
        self.end = nil
        text.removeAll(keepingCapacity: true)
    }
}

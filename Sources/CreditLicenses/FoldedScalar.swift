import Foundation

/// What tokenising needs to know of one non-ASCII scalar: its folded scalars, the part each
/// plays in a token, and two properties of the scalar itself.
///
/// Worked out once per scalar value and kept (a table for Latin-1 and Latin Extended-A, a
/// memo shared by the worker threads for the rest): Foundation's folding and each Unicode
/// property lookup cost hundreds of instructions, and the same few letters recur in every
/// caption and in the thousands of translated licence names every process reads at start.
struct FoldedScalar: Sendable {
    /// What a folded scalar is in a token.
    enum Role: Sendable {
        /// A letter, digit, CJK character or symbol of a token of this kind.
        case kind(TextToken.Kind)
        /// A "." that belongs to a number when a number comes before it and a digit after it,
        /// and separates tokens otherwise.
        case decimalPoint
        /// Between tokens.
        case separator
    }

    /// The folded scalars in order, each with its role; empty for a combining mark.
    let parts: [(scalar: Unicode.Scalar, role: Role)]
    /// The scalar is an upper-case letter.
    let isUppercase: Bool
    /// A combining accent ("e" + U+0301): folded away, it widens the token before it.
    let isCombiningMark: Bool

    /// What is known of `scalar`, which must not be ASCII.
    static func of(_ scalar: Unicode.Scalar) -> FoldedScalar {
        let value = scalar.value
        if value < 0x180 { return latin[Int(value) - 0x80] }
        return memo.value(for: value) { _ in FoldedScalar(scalar) }
    }

    private init(_ scalar: Unicode.Scalar) {
        isCombiningMark = TextFolding.isCombiningMark(scalar)
        isUppercase = scalar.properties.isUppercase
        parts = isCombiningMark ? [] : TextFolding.fold(scalar).unicodeScalars.map { ($0, Self.role(of: $0)) }
    }

    private static func role(of folded: Unicode.Scalar) -> Role {
        if TextFolding.isDigit(folded) { return .kind(.number) }
        if folded == "." { return .decimalPoint }
        if TextFolding.isCJK(folded) { return .kind(.cjk) }
        if folded == "+" || folded == "©" { return .kind(.symbol) }
        if folded.properties.isAlphabetic { return .kind(.word) }
        return .separator
    }

    /// U+0080 to U+017F, by value: the accented letters and punctuation of European text.
    private static let latin: [FoldedScalar] = (UInt32(0x80)..<UInt32(0x180)).map { value in
        FoldedScalar(Unicode.Scalar(value)!)
    }

    /// The other scalars met so far.
    private static let memo = SharedMemo<UInt32, FoldedScalar>(capacity: 16_384)
}

extension TextFolding {
    /// Folds one non-ASCII scalar: typographic dashes, quotes and spaces unified, everything
    /// else case-, diacritic- and width-folded by Foundation.
    ///
    /// Decided on the scalar's value rather than by comparing `Character`s, which normalises
    /// both sides of every comparison. Slow; ``FoldedScalar`` keeps its answers.
    static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x2013, 0x2014, 0x2010, 0x2011, 0x2012, 0x2015, 0x2212, 0xFF0D: return "-"
        case 0x2019, 0x2018, 0x02BC, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C, 0x300D: return "\""
        case 0x00A0, 0x2009, 0x202F, 0x3000, 0x2002, 0x2003: return " "
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF1A: return ":"
        case 0xFF0C, 0x3001: return ","
        case 0xFF1B: return ";"
        case 0x3002: return "."
        case 0xFF0F: return "/"
        case 0x00DF: return "ss"
        default:
            return String(Character(scalar)).folding(
                options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
    }
}

import Foundation

/// A case-insensitive regular expression compiled once, with the few operations the credit
/// parser needs. Every pattern is a `static let`, so nothing is compiled per caption.
struct CreditPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    let regex: NSRegularExpression

    /// Lower-case substrings of which at least one must occur for a match to be possible;
    /// empty means "always try". Checking them is far cheaper than running the expression.
    let hints: [String]
    /// Whether no hint contains a letter, so that the text need not be lower-cased to test
    /// them; worked out once, not on every caption.
    private let hintsAreCaseless: Bool

    /// Compiles a constant pattern; a bad constant is a programming error, caught by the tests.
    init(_ pattern: String, hints: [String] = []) {
        self.hints = hints
        hintsAreCaseless = Self.isCaseless(hints)
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            preconditionFailure("invalid credit pattern \(pattern): \(error)")
        }
    }

    /// Wraps an already compiled expression (the licence scanner's URL pattern).
    init(regex: NSRegularExpression, hints: [String] = []) {
        self.regex = regex
        self.hints = hints
        hintsAreCaseless = Self.isCaseless(hints)
    }

    /// Whether the expression can match at all, judged from the hints.
    func mayMatch(_ text: String) -> Bool {
        guard !hints.isEmpty else { return true }
        // Punctuation hints need no case folding; lower-casing the text costs more than the check.
        if hintsAreCaseless { return hints.contains { text.containsText($0) } }
        let lowered = text.lowercased()
        return hints.contains { lowered.containsText($0) }
    }

    private static func isCaseless(_ hints: [String]) -> Bool {
        hints.allSatisfy { $0.allSatisfy { !$0.isLetter } }
    }

    /// The first match: the whole match range and the capture groups (nil when not taking part).
    func firstMatch(in text: String) -> (range: Range<String.Index>, groups: [String?])? {
        guard mayMatch(text) else { return nil }
        let ns = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: ns), let range = Range(match.range, in: text) else {
            return nil
        }
        let groups = (1..<max(match.numberOfRanges, 1)).map { index -> String? in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
        return (range, groups)
    }

    /// Every match's whole text.
    func matches(in text: String) -> [String] {
        guard mayMatch(text) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    /// The text with every match replaced by `template`.
    func replacing(in text: String, with template: String = " ") -> String {
        guard mayMatch(text) else { return text }
        return regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

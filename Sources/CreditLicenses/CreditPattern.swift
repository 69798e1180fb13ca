import Foundation

/// A case-insensitive regular expression compiled once, with the few operations the credit
/// parser needs. Every pattern is a `static let`, so nothing is compiled per caption.
struct CreditPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    let regex: NSRegularExpression

    /// Compiles a constant pattern; a bad constant is a programming error, caught by the tests.
    init(_ pattern: String) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            preconditionFailure("invalid credit pattern \(pattern): \(error)")
        }
    }

    /// Wraps an already compiled expression (the licence scanner's URL pattern).
    init(regex: NSRegularExpression) {
        self.regex = regex
    }

    /// The first match: the whole match range and the capture groups (nil when not taking part).
    func firstMatch(in text: String) -> (range: Range<String.Index>, groups: [String?])? {
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
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    /// The text with every match replaced by `template`.
    func replacing(in text: String, with template: String = " ") -> String {
        regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

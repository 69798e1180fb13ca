/// The lower-cased alphanumeric words of a text, for matching licence names loosely.
struct TextWords: Sendable {
    /// The words in order.
    var words: [String]

    init(_ text: String) {
        words = text.lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }

    /// Whether the words contain `sequence` contiguously.
    func contains(_ sequence: String...) -> Bool {
        guard !sequence.isEmpty, words.count >= sequence.count else { return false }
        return (0...(words.count - sequence.count)).contains {
            Array(words[$0..<($0 + sequence.count)]) == sequence
        }
    }

    /// "CC …" or "Creative Commons …".
    var namesCreativeCommons: Bool { contains("cc") || contains("creative", "commons") }

    /// "NC", "NonCommercial" or "Non-Commercial".
    var namesNonCommercial: Bool {
        contains("nc") || contains("noncommercial") || contains("non", "commercial")
    }
}

extension Optional where Wrapped == String {
    /// Whether the string is nil, empty or only whitespace.
    var isBlank: Bool { self?.allSatisfy(\.isWhitespace) ?? true }
}

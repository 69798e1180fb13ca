import CreditLicenses

/// Which of the article's pictures a credit statement speaks of, read from the words before
/// its credit (its *head*: "Main image" in "Main image: Jane Doe", "Bild – unten" in
/// "Bild – unten: Max Muster").
enum StatementScope: Equatable {
    /// A place among the article's pictures.
    enum Position: Equatable {
        case first, middle, last
        /// The n-th picture, counted from 1.
        case ordinal(Int)
    }

    /// Every picture without a credit of its own: "All photos: …", "Text and photos: …",
    /// "Photos by …".
    case every
    /// The lead picture: "Main image: …", "Featured image credit: …", "Titelbild: …".
    case lead
    /// One picture by its place: "Bild – oben: …", "Second photo: …".
    case position(Position)
    /// A picture named by its title or subject: "Albrecht Dürer, Melencolia I: Public
    /// domain" (the words of the head, lower-case).
    case titled([String])
    /// No scope of its own: a plain "Photo: …" line, or an entry of a list taken by order.
    case plain

    /// The longest head read: a longer text before the first colon is a sentence.
    static let maximumHeadLength = 60

    /// Words that join a picture word to the credit after it ("Photo by", "Foto von").
    private static let joiningWords: Set<String> = [
        "by", "von", "de", "di", "par", "por", "door", "av", "af", "courtesy",
    ]

    /// The head of `line` and the credit after it, or nil when the line has no head.
    ///
    /// The head ends at the first colon or `=` ("사진=…"), or before the word that joins a
    /// picture word to a name ("Top photo by Jane Doe").
    static func split(_ line: String) -> (head: String, rest: String)? {
        let characters = Array(line.prefix(maximumHeadLength + 1))
        // The colon of a URL ("https://…") ends no head.
        let colon = characters.indices.first { index in
            ":：=".contains(characters[index]) && (index + 1 == characters.count || characters[index + 1] != "/")
        }
        if let colon, colon > 0 {
            let head = String(characters[..<colon]).trimmingWhitespace()
            let rest = String(line.dropFirst(colon + 1)).trimmingWhitespace()
            return head.isEmpty ? nil : (head, rest)
        }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        for (offset, word) in words.prefix(6).enumerated() where offset > 0 {
            guard joiningWords.contains(word.lowercased()) else { continue }
            let before = words[..<offset].map(String.init)
            guard before.contains(where: { StatementVocabulary.isPictureWord(Self.bare(Substring($0))) }) else {
                return nil
            }
            return (before.joined(separator: " "), words[(offset + 1)...].joined(separator: " "))
        }
        return nil
    }

    /// The scope a head gives. In a credits list a place word alone is enough ("Top: …");
    /// elsewhere it must stand beside a picture word ("Top photo …"). A lead word always
    /// needs one: "Cover art" in a list is the book cover's entry, "Cover photo" the lead's.
    init(head: String, inList: Bool) {
        let words = Self.words(of: head)
        let pictured = words.contains(where: StatementVocabulary.isPictureWord)
        let plural = words.contains(where: StatementVocabulary.pluralPictureWords.contains)
        if pictured && words.contains(where: StatementVocabulary.allWords.contains)
            || plural && words.contains(where: StatementVocabulary.textWords.contains)
        {
            self = .every
        } else if words.contains(where: StatementVocabulary.leadCompounds.contains)
            || pictured && words.contains(where: StatementVocabulary.leadWords.contains)
                && !words.contains(where: { StatementVocabulary.positionWords[$0] != nil })
        {
            self = .lead
        } else if pictured || inList,
            let position = words.lazy.compactMap({ StatementVocabulary.positionWords[$0] }).first
        {
            self = .position(position)
        } else if words.allSatisfy({
            StatementVocabulary.isPictureWord($0) || StatementVocabulary.creditWords.contains($0)
                || StatementVocabulary.articleReferenceWords.contains($0)
        }) {
            self = plural ? .every : .plain
        } else {
            self = .titled(words)
        }
    }

    /// Whether the head says outright that the credit covers every picture: "All photos",
    /// "Text and photos".
    static func saysAll(_ head: String) -> Bool {
        let words = words(of: head)
        return words.contains(where: StatementVocabulary.allWords.contains)
            || words.contains(where: StatementVocabulary.textWords.contains)
    }

    /// Whether the head names the writer's share ("Text", "Words").
    static func namesWriter(_ head: String) -> Bool {
        words(of: head).contains(where: StatementVocabulary.textWords.contains)
    }

    /// The picture credit inside a line that credits the writer first: "Photos: B" in
    /// "Words: A Photos: B", "Fotos von B" in "Text: A · Fotos von B", up to the next
    /// separator.
    static func pictureRoleSegment(in text: String) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (offset, word) in words.enumerated() {
            let labelled =
                word.hasSuffix(":") || word.hasSuffix("：")
                || offset + 1 < words.count
                    && (joiningWords.contains(words[offset + 1].lowercased()) || words[offset + 1] == ":")
            guard labelled, StatementVocabulary.isPictureWord(bare(word)) else { continue }
            var segment = words[offset...].joined(separator: " ")
            for separator in [" · ", " | ", " • ", " – "] {
                if let range = segment.range(of: separator) { segment = String(segment[..<range.lowerBound]) }
            }
            return segment
        }
        return nil
    }

    /// Whether the head names a picture or a credit ("Photo", "Credit"), not only a source:
    /// "Source: Reuters" closing an article credits its text more often than its pictures,
    /// and "Credits:" a film's or a song's makers.
    static func namesPictureOrCredit(_ head: String) -> Bool {
        words(of: head).contains { word in
            StatementVocabulary.isPictureWord(word) || ["credit", "crédit", "crédito", "credito"].contains(word)
        }
    }

    /// The lower-case words of a text, split at anything that is neither letter nor digit.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func bare(_ word: Substring) -> String {
        word.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

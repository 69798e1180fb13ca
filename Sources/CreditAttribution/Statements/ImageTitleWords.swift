import CreditDocument
import Foundation

/// The words that name what a picture shows: its `alt` and `title`, its caption and its
/// file name ("Melencolia_I_Durero_1514.jpg"). A credits-list entry that names a work
/// ("Albrecht Dürer, Melencolia I: public domain") belongs to the picture these words match.
enum ImageTitleWords {
    /// The shortest word compared: shorter ones are articles, numbers and file-name noise.
    static let minimumLength = 4

    /// The words of a picture, lower-case.
    static func of(image: Int, url: String?, captions: [String], in document: HTMLDocument) -> Set<String> {
        let node = document.nodes[image]
        var texts = [node.attribute("alt"), node.attribute("title")].compactMap { $0 } + captions
        if let url, let name = fileName(of: url) { texts.append(name) }
        return Set(texts.flatMap(words(of:)))
    }

    /// The comparable words of a text: letters only, long enough, no picture or filler word.
    static func words(of text: String) -> [String] {
        StatementScope.words(of: text).filter { word in
            word.count >= minimumLength && word.allSatisfy(\.isLetter) && !StatementVocabulary.isPictureWord(word)
                && !fillerWords.contains(word)
        }
    }

    /// How many of `head` words name the picture: the same word, or one closing a compound
    /// of the other ("Buchcover" and "cover").
    static func score(_ head: [String], against words: Set<String>) -> Int {
        head.filter { word in
            words.contains(word)
                || words.contains { other in
                    let (short, long) = word.count < other.count ? (word, other) : (other, word)
                    return short.count >= 5 && long.hasSuffix(short)
                }
        }.count
    }

    /// The last path segment of a URL without its extension, percent-decoded.
    private static func fileName(of url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        guard let last = path.split(separator: "/").last else { return nil }
        let name = String(last).removingPercentEncoding ?? String(last)
        let stem = name.split(separator: ".").dropLast().joined(separator: " ")
        return stem.isEmpty ? name : stem
    }

    /// Words of four letters or more that say nothing about a picture's subject.
    private static let fillerWords: Set<String> = [
        "with", "from", "this", "that", "their", "there", "into", "over", "under", "about", "scaled",
        "resize", "thumb", "thumbnail", "large", "small", "medium", "full", "crop", "copy", "kopie",
        "eine", "einer", "eines", "nach", "über", "unter", "durch", "dans", "avec", "pour", "sous",
        "para", "como", "sobre", "entre", "desde", "della", "delle", "degli", "nella", "sulla",
        "wikimedia", "commons", "public", "domain", "gemeinfrei", "unknown", "unbekannt", "via",
    ]
}

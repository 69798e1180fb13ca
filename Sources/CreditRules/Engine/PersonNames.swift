import Foundation

/// Names compared the way people write them: case, diacritics and punctuation aside, and
/// "Lastname, Firstname" the same as "Firstname Lastname".
enum PersonNames {
    /// Words of credit and copyright phrasing that name nobody.
    private static let phrasing: Set<String> = [
        "photo", "photos", "photograph", "foto", "image", "images", "picture", "by", "via", "the", "and", "credit",
        "credits", "copyright", "c", "all", "rights", "reserved", "for", "of", "de", "von", "courtesy", "source",
        "photographer", "licensed", "license", "licence", "under", "cc", "inc", "ltd", "llc", "gmbh", "co",
    ]

    /// The folded, distinctive words of a name: lower case, no diacritics, no credit
    /// phrasing, no years or single letters.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split { !$0.isLetter }
            .map(String.init)
            .filter { $0.count > 1 && !phrasing.contains($0) }
    }

    /// Whether the visible credit names the person or agency `name`: every distinctive word
    /// of `name` occurs in `credit` (an agency credit line naming the photographer among
    /// others matches the photographer), or every word of a visible credit that names
    /// fewer words occurs in `name` ("Berg" for "Tomas Berg"). A name without distinctive
    /// words matches anything: it proves nothing.
    static func credit(_ credit: String, names name: String) -> Bool {
        let wanted = Set(words(name))
        guard !wanted.isEmpty else { return true }
        let shown = Set(words(credit))
        guard !shown.isEmpty else { return true }
        return wanted.isSubset(of: shown) || shown.isSubset(of: wanted)
    }
}

/// Agencies, stock libraries, platforms and organisations named in credits, from
/// `Licenses/credit-sources.tsv`.
public enum CreditSources {
    /// A known source.
    public struct Source: Sendable, Hashable {
        /// The canonical spelling ("Associated Press" for "AP").
        public let name: String
        /// `agency`, `stock`, `free-stock`, `platform` or `organisation`.
        public let kind: String
    }

    /// Every known source, in file order.
    public static var all: [Source] { table.sources }

    /// The known source a text names, if its whole text (trimmed) is one: "AP" → Associated Press.
    ///
    /// The text is a whole part of a credit ("© afp", "Foto: reuters" give "afp", "reuters"),
    /// so a short alias counts in any case here: a part that is nothing but "ap" or "esa" names
    /// the agency, whereas inside running text (``sources(in:)``) the word may be an ordinary one.
    public static func source(named text: String) -> Source? {
        let tokens = TextFolding.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        for match in table.trie.matches(in: tokens, at: 0).reversed() where match.end == tokens.count - 1 {
            if let source = match.payloads.first?.source { return source }
        }
        // Credits often give the platform as its address: "pixabay.com", "www.unsplash.com".
        if let site = siteName(text), site != text { return source(named: site) }
        return nil
    }

    /// The name in a bare web address ("www.pixabay.com/" → "pixabay"), nil for anything else.
    static func siteName(_ text: String) -> String? {
        var host = Substring(text.trimmingWhitespace().lowercased())
        for prefix in ["https://", "http://", "www."] where host.hasPrefix(prefix) {
            host = host.dropFirst(prefix.count)
        }
        if host.hasSuffix("/") { host = host.dropLast() }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.count <= 3,
            labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            let top = labels.last, top.count >= 2, top.count <= 3
        else { return nil }
        return String(labels[0])
    }

    /// Every known source named anywhere in the text, with the original substring.
    public static func sources(in text: String) -> [(source: Source, matchedText: String)] {
        let tokens = TextFolding.tokenize(text)
        var found: [(Source, String)] = []
        var index = 0
        while index < tokens.count {
            var advanced = false
            for match in table.trie.matches(in: tokens, at: index).reversed() {
                if let source = accept(match.payloads, tokens: tokens, start: index, end: match.end) {
                    found.append(
                        (source, String(text[tokens[index].range.lowerBound..<tokens[match.end].range.upperBound])))
                    index = match.end + 1
                    advanced = true
                    break
                }
            }
            if !advanced { index += 1 }
        }
        return found
    }

    /// Short aliases ("AP", "EPA", "ESA") are ordinary words in some languages ("esa" is Spanish
    /// for "that"), so they count only when written in capitals or exactly as the brand writes
    /// itself ("dpa").
    private static func accept(_ payloads: [Entry], tokens: [TextToken], start: Int, end: Int) -> Source? {
        for entry in payloads {
            if entry.alias.count > 3 { return entry.source }
            let original = tokens[start...end].allSatisfy(\.isUppercase)
            let brandCase =
                start == end && entry.source.name.count <= 3
                && entry.source.name == entry.source.name.lowercased()
            if original || brandCase { return entry.source }
        }
        return nil
    }

    struct Entry: Sendable {
        let alias: String
        let source: Source
    }

    struct Table: Sendable {
        let sources: [Source]
        let trie: PhraseTrie<Entry>
    }

    /// Built once.
    static let table: Table = {
        var sources: [Source] = []
        var trie = PhraseTrie<Entry>()
        for row in LicenseData.table("credit-sources.tsv").records {
            guard let name = row["name"], !name.isEmpty else { continue }
            let source = Source(name: name, kind: row["kind"] ?? "")
            sources.append(source)
            for alias in (row["aliases"] ?? "").split(separator: "|") {
                trie.insert(String(alias), payload: Entry(alias: String(alias), source: source))
            }
        }
        return Table(sources: sources, trie: trie)
    }()
}

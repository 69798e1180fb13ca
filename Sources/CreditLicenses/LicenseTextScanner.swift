import Foundation

/// Finds every licence named in a text: URLs first, then names in the words between them.
enum LicenseTextScanner {
    /// URLs in running text. Compiled once: this runs on every caption of a site.
    /// `)` and `]` end a URL because credits wrap links in them ("[CC BY-SA 3.0 (https://…)]").
    static let urlPattern: NSRegularExpression = {
        let pattern =
            #"(?:\b[a-z][a-z0-9+.-]*://|(?<![\w/])//|\bwww\.)[^\s<>"'\)\]]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>"'\)\]]*"#
        // The pattern is a constant; failing to compile it is a programming error.
        return try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// Words after "copyright" that make it prose about copyright rather than a notice.
    static let copyrightProse: Set<String> = [
        "law", "laws", "holder", "holders", "notice", "notices", "restrictions", "free", "status",
        "infringement", "protection", "protected", "owner", "owners", "information", "info", "policy",
        "act", "issues", "reasons", "and", "or", "of", "is", "in", "for", "to",
    ]

    /// Every mention in reading order (a URL and the name it follows are both reported).
    static func mentions(in text: String) -> [LicenseMention] {
        var found: [(position: String.Index, mention: LicenseMention)] = []
        var segments: [Range<String.Index>] = []
        var cursor = text.startIndex
        for range in urlMatches(in: text) {
            var url = text[range]
            while let last = url.last, ".,;:!?".contains(last) { url = url.dropLast() }
            let identification = LicenseURLMatcher.identify(String(url))
            if identification != .none {
                found.append(
                    (
                        range.lowerBound,
                        LicenseMention(identification: identification, matchedText: String(url), evidence: "url")
                    ))
            }
            if cursor < range.lowerBound { segments.append(cursor..<range.lowerBound) }
            cursor = range.upperBound
        }
        if cursor < text.endIndex { segments.append(cursor..<text.endIndex) }

        for segment in segments {
            let tokens = TextFolding.tokenize(text, range: segment)
            for (scanned, identification) in scan(tokens) {
                var range = scanned
                // "(c) Jane": the notice starts at the bracket, which is not part of a token.
                if range.lowerBound > text.startIndex, text[range].lowercased().hasPrefix("c)"),
                    text[text.index(before: range.lowerBound)] == "("
                {
                    range = text.index(before: range.lowerBound)..<range.upperBound
                }
                found.append(
                    (
                        range.lowerBound,
                        LicenseMention(
                            identification: identification, matchedText: String(text[range]), evidence: "text")
                    ))
            }
        }
        found.sort { $0.position < $1.position }
        return prune(found.map(\.mention))
    }

    /// The ranges of the URLs written in a text.
    static func urlMatches(in text: String) -> [Range<String.Index>] {
        // Every URL form the pattern knows has a "/" or "www."; most captions have neither.
        guard text.utf8.contains(0x2F) || text.containsASCIIWWW else { return [] }
        return urlPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text)
        }
    }

    /// Names in one URL-free segment, longest reading at each position.
    static func scan(_ tokens: [TextToken]) -> [(Range<String.Index>, LicenseIdentification)] {
        let parser = CCMentionParser(tokens: tokens)
        let trie = LicenseVocabulary.shared.trie
        var results: [(Range<String.Index>, LicenseIdentification)] = []
        var index = 0
        while index < tokens.count {
            var best: (end: Int, identification: LicenseIdentification)?
            if let cc = parser.parse(at: index) { best = cc }
            for match in trie.matches(in: tokens, at: index) where match.end > (best?.end ?? -1) {
                for case .alias(let id) in match.payloads {
                    if let definition = LicenseStore.shared.byID[id.lowercased()] {
                        best = (match.end, .identified(definition))
                    }
                }
            }
            if best == nil, let end = copyrightNotice(tokens, at: index, endsBefore: { parser.parse(at: $0) != nil }),
                let definition = LicenseStore.shared.byID["licenseref-allrightsreserved"]
            {
                best = (end, .identified(definition))
            }
            if let best {
                results.append(
                    (tokens[index].range.lowerBound..<tokens[best.end].range.upperBound, best.identification))
                index = best.end + 1
            } else {
                index += 1
            }
        }
        return results
    }

    /// "© Jane Doe", "(c) 2020 X", "Copyright Reuters": the end of the notice's clause, or nil.
    /// The notice ends before a licence name (`endsBefore`): "© Jane Doe CC BY 4.0" is the
    /// holder's notice followed by the licence, not a notice swallowing it.
    static func copyrightNotice(_ tokens: [TextToken], at index: Int, endsBefore: (Int) -> Bool) -> Int? {
        let token = tokens[index]
        let next = index + 1
        guard next < tokens.count, !tokens[next].breaksBefore else { return nil }
        // The holder's name or a year must follow, capitalised, or a known agency in any case
        // ("© dpa", "© afp"): "©st" and code such as "f(c) => c" are not notices.
        guard tokens[next].isCapitalized || namesKnownSource(tokens, at: next) else { return nil }
        let isSymbol =
            token.text == "©"
            || (token.text == "c" && (token.gapBefore == "(" || token.gapBefore.hasSuffix(" ("))
                && (tokens[next].gapBefore == ") " || tokens[next].gapBefore == ")\u{A0}"))
        let isWord = token.text == "copyright" && !copyrightProse.contains(tokens[next].text)
        guard isSymbol || isWord else { return nil }
        var end = next
        while end + 1 < tokens.count && !tokens[end + 1].breaksBefore && end - index < 8 && !endsBefore(end + 1) {
            end += 1
        }
        return end
    }

    /// Whether a known agency or stock library (``CreditSources``) starts at `index` and ends
    /// its clause.
    static func namesKnownSource(_ tokens: [TextToken], at index: Int) -> Bool {
        CreditSources.table.trie.matches(in: tokens, at: index).contains { match in
            match.end + 1 == tokens.count || tokens[match.end + 1].breaksBefore
        }
    }

    /// Removes mentions that other mentions make redundant.
    ///
    /// A ©-notice next to a real licence is the licensor's notice, not "all rights reserved"
    /// ("© Jane Doe, CC BY-SA 4.0"); a family-only name is superseded by an exact one
    /// ("CC BY-SA (…/by-sa/3.0/)").
    static func prune(_ mentions: [LicenseMention]) -> [LicenseMention] {
        let hasOther = mentions.contains { !$0.isCopyrightNotice }
        let hasExact = mentions.contains { if case .identified = $0.identification { true } else { false } }
        return mentions.filter { mention in
            if hasOther && mention.isCopyrightNotice { return false }
            if hasExact, case .ambiguous = mention.identification { return false }
            return true
        }
    }
}

/// Reads one Creative Commons licence name from a token sequence: an optional anchor
/// ("Creative Commons", "CC", "創用CC"), elements in any language, a version, a port given as a
/// code or a country name, and "Unported"/"International" markers, in whatever order people
/// write them. The result is resolved against the catalogue by element set, version and port,
/// so every language shares one mechanism instead of one alias per licence.
struct CCMentionParser {
    let tokens: [TextToken]
    let vocabulary = LicenseVocabulary.shared
    let store = LicenseStore.shared

    /// What was read starting at one token.
    struct Reading {
        var anchor = false
        var strongAnchor = false
        var elements: Set<String> = []
        /// Elements in the order written, to choose between units spelled in both orders.
        var order: [String] = []
        var strongElements = 0
        /// Only hyphen-joined abbreviations so far, with no anchor ("BY-NC-SA").
        var weakRun = false
        var standalone = false
        var publicDomainDedication = false
        var languages: [Set<String>] = []
        var version: String?
        var jurisdiction: String?
        var generic = false
        /// A word such as "license" was read: "Creative Commons license" is a licence statement.
        var noise = false
        /// The reading spans the whole text, so even a bare "Creative Commons" is its subject.
        var coversAll = false
        /// The words around it make a bare "Creative Commons" a licence statement: "used under
        /// Creative Commons", or the name ending its clause ("Flickr Creative Commons").
        var isStatement = false
        var end = -1

        var hasStarted: Bool { anchor || !elements.isEmpty || publicDomainDedication }
    }

    /// Parses a licence name starting at `start`; nil when none starts there.
    func parse(at start: Int) -> (end: Int, identification: LicenseIdentification)? {
        var reading = Reading()
        var index = start
        while index < tokens.count {
            if index > start && tokens[index].breaksBefore { break }
            if let next = consumePhrase(at: index, into: &reading) {
                index = next
            } else if consumeToken(at: index, into: &reading) {
                index += 1
            } else {
                break
            }
        }
        reading.coversAll = start == 0 && reading.end == tokens.count - 1
        if reading.end >= start {
            // A closing bracket or a slash ends a credit's part as a comma does:
            // "via Flickr (Creative Commons)", "Creative Commons / Jan Ek".
            let endsClause =
                reading.end + 1 == tokens.count || tokens[reading.end + 1].breaksBefore
                || tokens[reading.end + 1].gapBefore.contains(where: { $0 == ")" || $0 == "]" || $0 == "/" })
            let follows =
                start > 0 && !tokens[start].breaksBefore
                && vocabulary.statementPrefixes.contains(tokens[start - 1].text)
            reading.isStatement = endsClause || follows
        }
        guard reading.end >= start, let identification = resolve(reading) else { return nil }
        return (reading.end, identification)
    }

    /// Tries vocabulary phrases at `index`, longest first; returns the next index if one fits.
    private func consumePhrase(at index: Int, into reading: inout Reading) -> Int? {
        for match in vocabulary.trie.matches(in: tokens, at: index).reversed() {
            for entry in match.payloads {
                if case .cc("version", _, _) = entry {
                    // "V4.0", "version 3.0": the word only announces the version that follows.
                    guard reading.hasStarted, reading.version == nil, match.end + 1 < tokens.count,
                        tokens[match.end + 1].version != nil, !tokens[match.end + 1].breaksBefore
                    else { continue }
                    return match.end + 1
                }
                if accept(entry, at: index, into: &reading) {
                    reading.end = match.end
                    return match.end + 1
                }
            }
        }
        return nil
    }

    /// Whether a phrase fits the reading so far; updates it if so.
    private func accept(_ entry: LicenseVocabulary.Entry, at index: Int, into reading: inout Reading) -> Bool {
        switch entry {
        case .alias:
            return false
        case .jurisdiction(let code):
            guard reading.hasStarted, reading.jurisdiction == nil || reading.jurisdiction == code else { return false }
            reading.jurisdiction = code
            return true
        case .cc(let meaning, let strength, let languages):
            switch meaning {
            case "anchor":
                // A second anchor after the version starts the next licence ("… 2.0 (CC BY 2.0)").
                guard reading.version == nil else { return false }
                reading.anchor = true
                if strength >= .strong { reading.strongAnchor = true }
                return true
            case "generic":
                guard reading.hasStarted else { return false }
                reading.generic = true
                return true
            case "noise":
                guard reading.hasStarted else { return false }
                reading.noise = true
                return true
            case "pdd":
                reading.publicDomainDedication = true
                return true
            case "under", "version":
                return false
            default:
                // Abbreviations without an anchor are kept only as hyphenated runs ("BY-SA 4.0");
                // `resolve` then demands at least two of them and a version.
                if strength == .weak && !reading.anchor {
                    if !reading.elements.isEmpty && !tokens[index].isJoinedBefore { return false }
                    if reading.elements.isEmpty && reading.strongElements == 0 { reading.weakRun = true }
                } else if strength > .weak {
                    reading.weakRun = false
                }
                // A phrase may name several elements at once: a whole translated unit name
                // ("Namensnennung - Weitergabe unter gleichen Bedingungen" is `by-sa`).
                let elements = meaning.split(separator: "-").map(String.init)
                // After the version only translations of elements already read may follow
                // ("2.0（非営利）"); a new element would be a different licence.
                if reading.version != nil && !elements.allSatisfy(reading.elements.contains) { return false }
                for element in elements where reading.elements.insert(element).inserted {
                    reading.order.append(element)
                }
                if strength >= .strong { reading.strongElements += elements.count }
                if strength == .standalone { reading.standalone = true }
                if !languages.isEmpty { reading.languages.append(languages) }
                return true
            }
        }
    }

    /// Versions and port codes, which are not vocabulary phrases.
    private func consumeToken(at index: Int, into reading: inout Reading) -> Bool {
        let token = tokens[index]
        if let version = token.version {
            guard reading.version == nil, reading.hasStarted else { return false }
            reading.version = version
            reading.end = index
            return true
        }
        guard token.kind == .word, reading.jurisdiction == nil, !reading.elements.isEmpty,
            store.jurisdictions.contains(token.text)
        else { return false }
        // Codes are also ordinary words ("at", "it", "de"): accept one only when it is written
        // as a code: upper case, hyphen-joined ("cc-by-sa-3.0-de") or the last word of the clause.
        let isLast = index + 1 >= tokens.count || tokens[index + 1].breaksBefore
        guard token.isUppercase || token.isJoinedBefore || isLast else { return false }
        reading.jurisdiction = token.text
        reading.end = index
        return true
    }
}

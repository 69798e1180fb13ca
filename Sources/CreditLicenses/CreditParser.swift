/// Splits a credit line into its parts.
///
/// The input is a credit span the scanner has already located. Parsing peels it from the
/// outside in: licences and URLs first (they are the most certain), then "own work" and
/// modification notices, the label, the title, "via"/"on" sources, and what is left is the
/// author, split from an agency by "/" when the agency is known.
public enum CreditParser {
    /// Parses a credit or a caption that may contain a credit.
    public static func parse(_ text: String, links: [CreditLink] = []) -> CreditParts {
        memo.value(for: ExactText(memoKey(text, links))) { _ in parseAfresh(text, links: links) }
    }

    /// The parts of the credits read last, which depend on the text and links alone: each
    /// credit strategy that finds one credit has it parsed.
    private static let memo = SharedMemo<ExactText, CreditParts>(capacity: 512)

    /// The text and links as one string: NUL, which no page text holds (libxml2 ends its
    /// strings there), separates them, and a link without `rel` differs from an empty one.
    private static func memoKey(_ text: String, _ links: [CreditLink]) -> String {
        guard !links.isEmpty else { return text }
        var key = text
        for link in links {
            key += "\u{0}" + link.text + "\u{0}" + link.href + (link.rel.map { "\u{0}" + $0 } ?? "\u{0}\u{1}")
        }
        return key
    }

    /// ``parse(_:links:)`` without the memo.
    static func parseAfresh(_ text: String, links: [CreditLink] = []) -> CreditParts {
        var parts = CreditParts(text: text)
        var signals = CreditSignals()

        // Licences and URLs first: they are the most certain parts, and cutting them out
        // leaves the names.
        var work = cutLicenses(from: text, links: links, into: &parts, signals: &signals)

        // Own work and modification notices can sit anywhere.
        if CreditPatterns.ownWork.firstMatch(in: work) != nil {
            parts.ownWork = true
            signals.ownWork = true
            work = CreditPatterns.ownWork.replacing(in: work)
        }
        parts.modifications = CreditPatterns.modification.matches(in: work).map { $0.trimmingWhitespace() }
        // "adapted from Karl Otto": the original's author, used when nothing else names one.
        let originalAuthor = CreditPatterns.modification.firstMatch(in: work)?.groups.first.flatMap { $0 }
        work = CreditPatterns.modification.replacing(in: work)
        work = tidy(work)

        // Quoted title before the label, since labels may follow it ("“Dawn” – Photo: X").
        if let quoted = CreditPatterns.quotedTitle.firstMatch(in: work), let title = quoted.groups.first ?? nil {
            parts.title = title.trimmingWhitespace()
            work = tidy(work.replacingCharacters(in: quoted.range, with: " "))
        }
        work = stripLabels(work, signals: &signals)
        if let courtesy = CreditPatterns.courtesy.firstMatch(in: work) {
            signals.label = true
            let provider = tidy(String(work[courtesy.range.upperBound...]))
            work = tidy(String(work[..<courtesy.range.lowerBound]))
            parts.source = CreditSources.source(named: provider)?.name ?? (provider.isEmpty ? nil : provider)
        }
        work = CreditPatterns.fileMarker.replacing(in: work, with: "")
        if CreditPatterns.roleMarker.firstMatch(in: work) != nil {
            signals.label = true
            work = tidy(CreditPatterns.roleMarker.replacing(in: work, with: ""))
        }

        if CreditPatterns.bareLabel.firstMatch(in: work) != nil {
            signals.label = true
            work = ""
        }
        splitPeople(tidy(work), into: &parts, signals: &signals)
        if parts.author == nil, let originalAuthor { parts.author = tidy(originalAuthor) }
        if parts.source != nil { signals.source = true }
        parts.confidence = signals.confidence(for: text, author: parts.author)
        return parts
    }

    /// Removes a leading label ("Photo:", "Foto von") and a copyright prefix, in either order.
    static func stripLabels(_ text: String, signals: inout CreditSignals) -> String {
        var work = text
        for _ in 0..<2 {
            if let label = CreditPatterns.label.firstMatch(in: work)
                ?? CreditPatterns.abbreviatedLabel.firstMatch(in: work)
            {
                signals.label = true
                work = tidy(String(work[label.range.upperBound...]))
            }
            if let copyright = CreditPatterns.copyright.firstMatch(in: work), !copyright.range.isEmpty {
                signals.copyright = true
                work = tidy(String(work[copyright.range.upperBound...]))
            }
        }
        return work
    }

    /// Fills author, source and title from what is left: "X via Y", "X on Unsplash",
    /// "Title, By X", "X/Agency".
    static func splitPeople(_ text: String, into parts: inout CreditParts, signals: inout CreditSignals) {
        var work = text
        if let via = CreditPatterns.via.firstMatch(in: work), let left = via.groups[0], let right = via.groups[1] {
            signals.via = true
            let provider = tidy(right)
            parts.source = CreditSources.source(named: provider)?.name ?? provider
            work = tidy(left)
        }
        if let on = CreditPatterns.onPlatform.firstMatch(in: work), let left = on.groups[0], let right = on.groups[1],
            let platform = CreditSources.source(named: right)
        {
            parts.source = parts.source ?? platform.name
            signals.via = true
            work = tidy(left)
        }
        // "Jane Doe for The New York Times": the photographer and the publication they work for.
        if let forMatch = CreditPatterns.forPublication.firstMatch(in: work), let left = forMatch.groups[0],
            let right = forMatch.groups[1], right.first?.isUppercase == true, left.first?.isUppercase == true
        {
            parts.source = parts.source ?? CreditSources.source(named: right)?.name ?? tidy(right)
            work = tidy(left)
        }
        // "X, from the harbour archive": where the copy came from.
        if let from = CreditPatterns.fromSource.firstMatch(in: work), let left = from.groups[0],
            let right = from.groups[1]
        {
            let provider = tidy(right)
            parts.source = parts.source ?? CreditSources.source(named: provider)?.name ?? provider
            work = tidy(left)
        }
        if let leading = CreditPatterns.leadingBy.firstMatch(in: work) {
            signals.by = true
            work = tidy(String(work[leading.range.upperBound...]))
        } else if let titled = CreditPatterns.titleBy.firstMatch(in: work), let left = titled.groups[0],
            let right = titled.groups[1]
        {
            signals.by = true
            if parts.title == nil { parts.title = tidy(left) }
            work = tidy(right)
        }
        var people: [String] = []
        for piece in CreditPatterns.partSeparator.replacing(in: work, with: "\u{1F}").split(separator: "\u{1F}") {
            let name = tidy(String(piece))
            guard !name.isEmpty else { continue }
            if let known = CreditSources.source(named: name) {
                // Further agencies ("picture alliance / dpa") are distributors, not authors.
                // Left of "via" stands the creator, even an organisation ("NASA via AP").
                if parts.source == nil {
                    parts.source = known.name
                } else if signals.via && parts.source != known.name {
                    people.append(name)
                }
            } else {
                people.append(name)
            }
        }
        // "Image via Wikimedia Commons": the word left of "via" is a label, not a person.
        people.removeAll { CreditPatterns.bareLabel.firstMatch(in: $0) != nil }
        let author = people.joined(separator: " / ")
        // A long remainder is description, not a name.
        if !author.isEmpty, author.split(separator: " ").count <= 8 { parts.author = author }
    }

    /// Separators `tidy` strips from both ends.
    private static let tidyEdge: Set<Character> = [" ", ",", ";", ":", "-", "–", "—", "/", "|", "·", "•", "."]

    /// Collapses empty brackets, repeated spaces and dangling separators.
    static func tidy(_ text: String) -> String {
        var work = text
        var previous = ""
        while previous != work {
            previous = work
            work = CreditPatterns.emptyBrackets.replacing(in: work)
        }
        // "Pieter Vos, , from …": the list item a licence was cut out of.
        work = CreditPatterns.repeatedSeparators.replacing(in: work, with: "$1")
        let collapsed = work.splittingOnWhitespace().joined(separator: " ")
        var result = Substring(collapsed)
        while let first = result.first, tidyEdge.contains(first) { result = result.dropFirst() }
        while let last = result.last, tidyEdge.contains(last) || last == "(" || last == "[" {
            result = result.dropLast()
        }
        // Unbalanced closing brackets left after cutting a licence out of "(… CC BY)".
        var text = String(result)
        if text.hasSuffix(")") && !text.contains("(") { text.removeLast() }
        if text.hasSuffix("]") && !text.contains("[") { text.removeLast() }
        if text.hasPrefix("(") && !text.contains(")") { text.removeFirst() }
        if text.hasPrefix("(") && text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        return text.trimmingWhitespace()
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = firstRange(ofText: target) else { return self }
        var result = self
        result.replaceSubrange(range, with: replacement)
        return result
    }
}

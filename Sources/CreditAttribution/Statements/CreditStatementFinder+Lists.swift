import CreditText

/// Credits lists: a label ("Bildnachweis:", "Image credits") and the entries after it.
extension CreditStatementFinder {
    /// Longest credits list.
    static let maximumListLength = 800

    /// Words that open a credits list, lower-case, longest first ("bildnachweise" before
    /// "bildnachweis").
    static let listLabels = CreditVocabulary.creditsListLabels.sorted { $0.count > $1.count }

    /// List labels that do not say the credits are a picture's.
    static let genericListLabels = ["credits:", "créditos"]

    /// The credits list opened by the line `label` (whose label word is `name`): its
    /// entries are the text after the label and the lines of `body`.
    func list(label: TextLine, named name: String, rest: String, body: [TextLine]) -> CreditsList? {
        var entryLines: [(text: String, lines: [TextLine])] = rest.isEmpty ? [] : [(rest, [label])]
        entryLines += body.map { (Self.unwrapped($0.text), [$0]) }
        guard !entryLines.isEmpty else { return nil }
        let whole = ([Self.unwrapped(label.text)] + body.map(\.text)).joined(separator: " ")
        guard whole.count <= Self.maximumListLength else { return nil }
        // "Credits:" alone also opens a film's or a song's credits: it must name a picture.
        if Self.genericListLabels.contains(name),
            !StatementScope.words(of: whole).contains(where: StatementVocabulary.isPictureWord)
        {
            return nil
        }
        let entries = Self.grouped(entryLines)
        // A one-line list under a picture is that picture's credit, as any line there is.
        if entries.count == 1 && isImageBound(label) { return nil }
        let statements = entries.map { entry in
            let scope = StatementScope.split(entry.text).map { StatementScope(head: $0.head, inList: true) } ?? .plain
            return CreditStatement(
                credit: credit(entry.text, lines: entry.lines), scope: scope, start: entry.lines[0].start,
                covered: self.scope.root)
        }
        return CreditsList(whole: credit(whole, lines: [label] + body), entries: statements)
    }

    /// Lines grouped into entries. When some lines after the first have a head ("Buchcover:
    /// Verlag"), a line without one continues the entry before it (a long credit broken over
    /// lines); otherwise every line is an entry.
    private static func grouped(_ lines: [(text: String, lines: [TextLine])]) -> [(text: String, lines: [TextLine])] {
        let headed = lines.dropFirst().contains { StatementScope.split($0.text) != nil }
        guard headed else { return lines }
        var entries: [(text: String, lines: [TextLine])] = []
        for line in lines {
            if let last = entries.indices.last, StatementScope.split(line.text) == nil {
                entries[last].text += " " + line.text
                entries[last].lines += line.lines
            } else {
                entries.append(line)
            }
        }
        return entries
    }

    /// The credits-list label at the start of `text` and the text after it, or nil when no
    /// label opens it.
    static func listLabel(_ text: String) -> (label: String, rest: String)? {
        let lower = text.lowercased()
        guard let label = listLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = Substring(text.dropFirst(label.count))
        while let first = rest.first, first == ":" || first == "：" || first.isWhitespace { rest = rest.dropFirst() }
        // "Image credits are owned by …" is a sentence, not a list.
        guard rest.isEmpty || text.dropFirst(label.count).first.map({ !$0.isLetter }) ?? true else { return nil }
        return (label, String(rest))
    }
}

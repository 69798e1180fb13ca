import Foundation

/// The translated messages of a gettext `.po` file.
///
/// Reads what Creative Commons' translation files hold: `msgid`/`msgstr` pairs whose strings
/// may continue over several quoted lines, with C escapes. Fuzzy entries (a translator's
/// unchecked guess) and untranslated ones are left out; plural forms and contexts, which the
/// licence names never use, are ignored.
public struct POFile: Sendable {
    /// msgid → msgstr, for every translated, non-fuzzy entry.
    public let messages: [String: String]

    /// Parses the text of a `.po` file.
    public init(text: String) {
        var messages: [String: String] = [:]
        var entry = Entry()
        func finish() {
            if let id = entry.id, let string = entry.string, !id.isEmpty, !string.isEmpty, !entry.fuzzy {
                messages[id] = string
            }
            entry = Entry()
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                finish()
            } else if line.hasPrefix("#") {
                // A comment starts the next entry when the previous one is complete.
                if entry.string != nil { finish() }
                if line.hasPrefix("#,") && line.contains("fuzzy") { entry.fuzzy = true }
            } else if line.hasPrefix("msgid ") {
                if entry.string != nil { finish() }
                entry.id = Self.unquote(line.dropFirst(6))
                entry.field = .id
            } else if line.hasPrefix("msgstr ") {
                entry.string = Self.unquote(line.dropFirst(7))
                entry.field = .string
            } else if line.hasPrefix("\"") {
                let more = Self.unquote(Substring(line))
                switch entry.field {
                case .id: entry.id? += more
                case .string: entry.string? += more
                case .other: break
                }
            } else {
                // msgctxt, msgid_plural, msgstr[n]: not used by the names read here.
                entry.field = .other
            }
        }
        finish()
        self.messages = messages
    }

    private struct Entry {
        enum Field { case id, string, other }
        var id: String?
        var string: String?
        var fuzzy = false
        var field = Field.other
    }

    /// The content of one quoted string, escapes resolved.
    static func unquote(_ quoted: Substring) -> String {
        var body = quoted.trimmingCharacters(in: .whitespaces)[...]
        guard body.hasPrefix("\""), body.hasSuffix("\""), body.count >= 2 else { return "" }
        body = body.dropFirst().dropLast()
        var result = ""
        var escaped = false
        for character in body {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A path glob as used by `--include` and `--exclude`.
///
/// `*` matches within one path segment, `**` across segments, `?` one character, `[abc]` a
/// set. A pattern without `/` matches the file name at any depth, as in `.gitignore`.
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let tokens: [Token]
    private let matchesBasename: Bool

    private enum Token: Hashable {
        case literal(Character)
        case anyInSegment
        case anyAcrossSegments
        case one
        case set([Character], negated: Bool)
    }

    /// Compiles a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = pattern
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        matchesBasename = !trimmed.contains("/")
        var tokens: [Token] = []
        var characters = Array(trimmed)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    if characters.first == "/" { characters.removeFirst() }
                    tokens.append(.anyAcrossSegments)
                } else {
                    tokens.append(.anyInSegment)
                }
            case "?": tokens.append(.one)
            case "[":
                if let close = characters.firstIndex(of: "]") {
                    var members = Array(characters[..<close])
                    let negated = members.first == "!" || members.first == "^"
                    if negated { members.removeFirst() }
                    tokens.append(.set(members, negated: negated))
                    characters = characters[(close + 1)...]
                } else {
                    tokens.append(.literal("["))
                }
            default: tokens.append(.literal(character))
            }
        }
        self.tokens = tokens
    }

    /// Whether a relative path (with `/` separators) matches.
    public func matches(_ path: String) -> Bool {
        let full = Array(path)
        if Self.match(tokens[...], full[...]) { return true }
        guard matchesBasename, let slash = full.lastIndex(of: "/") else { return false }
        return Self.match(tokens[...], full[(slash + 1)...])
    }

    /// Whether a `[…]` set holds the character; `a-z` style ranges included.
    private static func setContains(_ members: [Character], _ character: Character) -> Bool {
        var index = 0
        while index < members.count {
            if index + 2 < members.count, members[index + 1] == "-" {
                if members[index] <= character, character <= members[index + 2] { return true }
                index += 3
            } else {
                if members[index] == character { return true }
                index += 1
            }
        }
        return false
    }

    private static func match(_ tokens: ArraySlice<Token>, _ text: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return text.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let character):
            return text.first == character && match(rest, text.dropFirst())
        case .one:
            return text.first.map { $0 != "/" } == true && match(rest, text.dropFirst())
        case .set(let members, let negated):
            guard let first = text.first, first != "/" else { return false }
            return Self.setContains(members, first) != negated && match(rest, text.dropFirst())
        case .anyInSegment:
            var remainder = text
            while true {
                if match(rest, remainder) { return true }
                guard let first = remainder.first, first != "/" else { return false }
                remainder = remainder.dropFirst()
            }
        case .anyAcrossSegments:
            var remainder = text
            while true {
                if match(rest, remainder) { return true }
                guard !remainder.isEmpty else { return false }
                remainder = remainder.dropFirst()
            }
        }
    }
}

import Foundation

/// A small CSS selector: what `.creditlint.yml` uses to point at credits and page areas.
///
/// Supported: type (`figure`), `.class`, `#id`, `[attr]`, `[attr=value]` (value quoted or
/// not), compounds of these (`div.caption[data-role=credit]`), the descendant (space) and
/// child (`>`) combinators, and lists separated by commas. Anything else is refused when the
/// configuration is read, so a selector never silently matches nothing because of syntax.
public struct CSSSelector: Sendable, Hashable {
    /// The selector as written.
    public let text: String
    /// Alternatives (comma-separated); each is a chain of compounds, leftmost first.
    private let alternatives: [[Step]]

    private struct Compound: Hashable {
        var tag: String?
        var id: String?
        var classes: [String] = []
        var attributes: [(name: String, value: String?)] = []

        static func == (lhs: Compound, rhs: Compound) -> Bool {
            lhs.tag == rhs.tag && lhs.id == rhs.id && lhs.classes == rhs.classes
                && lhs.attributes.map { "\($0.name)=\($0.value ?? "")" }
                    == rhs.attributes.map { "\($0.name)=\($0.value ?? "")" }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(tag)
            hasher.combine(id)
            hasher.combine(classes)
        }

        func matches(_ node: HTMLNode) -> Bool {
            guard node.kind == .element else { return false }
            if let tag, tag != "*", node.name != tag { return false }
            if let id, node.attribute("id") != id { return false }
            if !classes.isEmpty {
                let own = (node.attribute("class") ?? "").split(whereSeparator: \.isWhitespace)
                if !classes.allSatisfy({ own.contains(Substring($0)) }) { return false }
            }
            for attribute in attributes {
                guard let value = node.attribute(attribute.name) else { return false }
                if let wanted = attribute.value, value != wanted { return false }
            }
            return true
        }
    }

    /// A compound and how it relates to the compound on its left.
    private struct Step: Hashable {
        var compound: Compound
        var childOfPrevious: Bool
    }

    /// Parses a selector; nil when it uses syntax this matcher does not support.
    public init?(_ text: String) {
        guard Self.problem(in: text) == nil, let parsed = Self.parse(text) else { return nil }
        self.text = text
        alternatives = parsed
    }

    /// Why `text` is not a supported selector, nil when it is.
    public static func problem(in text: String) -> String? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "an empty selector" }
        return parse(text) == nil
            ? "'\(text)' is not a supported selector (tag, .class, #id, [attr], [attr=value], descendant and > combinators)"
            : nil
    }

    /// Whether the element at `index` matches.
    public func matches(_ index: Int, in document: HTMLDocument) -> Bool {
        alternatives.contains { Self.match($0, at: $0.count - 1, node: index, in: document) }
    }

    /// Whether the element at `index` or one of its ancestors matches.
    public func matchesSelfOrAncestor(_ index: Int, in document: HTMLDocument) -> Bool {
        var current = index
        while current > 0 {
            if matches(current, in: document) { return true }
            current = document.nodes[current].parent
        }
        return false
    }

    private static func match(_ steps: [Step], at position: Int, node: Int, in document: HTMLDocument) -> Bool {
        guard node > 0, steps[position].compound.matches(document.nodes[node]) else { return false }
        if position == 0 { return true }
        var ancestor = document.nodes[node].parent
        while ancestor > 0 {
            if match(steps, at: position - 1, node: ancestor, in: document) { return true }
            if steps[position].childOfPrevious { return false }
            ancestor = document.nodes[ancestor].parent
        }
        return false
    }

    private static func parse(_ text: String) -> [[Step]]? {
        var result: [[Step]] = []
        for alternative in text.split(separator: ",", omittingEmptySubsequences: false) {
            var steps: [Step] = []
            var child = false
            let spaced = alternative.replacingOccurrences(of: ">", with: " > ")
            for word in spaced.split(whereSeparator: \.isWhitespace) {
                if word == ">" {
                    if steps.isEmpty || child { return nil }
                    child = true
                    continue
                }
                guard let compound = compound(String(word)) else { return nil }
                steps.append(Step(compound: compound, childOfPrevious: child))
                child = false
            }
            if steps.isEmpty || child { return nil }
            result.append(steps)
        }
        return result
    }

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_*")

    private static func compound(_ word: String) -> Compound? {
        var compound = Compound()
        var rest = Substring(word)
        func name() -> String? {
            let taken = rest.prefix { nameCharacters.contains($0) }
            rest = rest.dropFirst(taken.count)
            return taken.isEmpty ? nil : String(taken)
        }
        if let first = rest.first, nameCharacters.contains(first) {
            compound.tag = name()?.lowercased()
        }
        while let marker = rest.popFirst() {
            switch marker {
            case ".":
                guard let value = name() else { return nil }
                compound.classes.append(value)
            case "#":
                guard let value = name() else { return nil }
                compound.id = value
            case "[":
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inside = rest[..<close]
                rest = rest[rest.index(after: close)...]
                let parts = inside.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let attribute = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
                guard !attribute.isEmpty, attribute.allSatisfy({ nameCharacters.contains($0) }) else { return nil }
                var value = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
                if let quoted = value, quoted.count >= 2, let quote = quoted.first, quote == "\"" || quote == "'",
                    quoted.last == quote
                {
                    value = String(quoted.dropFirst().dropLast())
                }
                compound.attributes.append((attribute, value))
            default:
                return nil
            }
        }
        return compound
    }
}

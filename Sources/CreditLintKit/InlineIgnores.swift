import CreditDocument
import CreditRules

/// The inline ignores of one page: `data-creditlint-ignore="rule other"` on an element, and
/// `<!-- creditlint-ignore-next rule other: reason -->` before one. Either covers the
/// element and every image inside it; an empty rule list covers every rule.
struct InlineIgnores {
    /// The attribute that ignores rules on an element and everything inside it.
    static let attribute = "data-creditlint-ignore"
    /// The comment that ignores rules on the next element and everything inside it.
    static let commentPrefix = "creditlint-ignore-next"

    struct Marker {
        /// The element covered.
        var node: Int
        /// The rule ids ignored; empty for every rule.
        var rules: [String]
        /// Where the ignore is written.
        var line: Int
        var used = false
    }

    private(set) var markers: [Marker] = []
    private var markersByNode: [Int: [Int]] = [:]

    /// Collects the page's ignores in one pass over its nodes.
    init(_ document: HTMLDocument) {
        // Fields are read in place: copying each node out of the array retains all of its
        // storage, which on a page of thousands of nodes costs about 1% of a scan.
        let nodes = document.nodes
        // The elements that carry the attribute, from the parser's lists when it has them.
        let marked = document.elements(withAttribute: [Self.attribute])
        var nextMarked = 0
        for index in nodes.indices {
            switch nodes[index].kind {
            case .element:
                guard nextMarked < marked.count, marked[nextMarked] == index else { continue }
                nextMarked += 1
                if let value = nodes[index].attributes.first(where: { $0.name == Self.attribute })?.value {
                    add(Marker(node: index, rules: Self.ruleIDs(value), line: nodes[index].line))
                }
            case .comment:
                let text = nodes[index].text.trimmingWhitespace()
                guard text.hasPrefix(Self.commentPrefix) else { continue }
                let rest = text.dropFirst(Self.commentPrefix.count)
                // "creditlint-ignore-nextfoo" is another word, not this comment.
                if let first = rest.first, !first.isWhitespace, first != ":" { continue }
                let ids = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                guard let target = Self.nextElement(after: index, in: document) else { continue }
                add(Marker(node: target, rules: Self.ruleIDs(String(ids)), line: nodes[index].line))
            default:
                continue
            }
        }
    }

    /// Whether there is any ignore on the page.
    var isEmpty: Bool { markers.isEmpty }

    /// Whether an ignore on the image element or an ancestor covers `rule`; marks it used.
    mutating func suppresses(rule: String, image node: Int, in document: HTMLDocument) -> Bool {
        guard !markers.isEmpty else { return false }
        var current = node
        while current > 0 {
            for position in markersByNode[current] ?? []
            where markers[position].rules.isEmpty || markers[position].rules.contains(rule) {
                markers[position].used = true
                return true
            }
            current = document.nodes[current].parent
        }
        return false
    }

    /// The rules the ignores on the image element and its ancestors cover (empty for every
    /// rule), nil when none covers it; marks nothing used.
    func rules(coveringImage node: Int, in document: HTMLDocument) -> [String]? {
        var rules: [String]?
        var current = node
        while current > 0 {
            for position in markersByNode[current] ?? [] {
                if markers[position].rules.isEmpty { return [] }
                rules = (rules ?? []) + markers[position].rules
            }
            current = document.nodes[current].parent
        }
        return rules
    }

    /// Notices about the ignores: unknown rule ids always, unused ignores when asked for. An
    /// ignore naming a rule that compares pages (``CrossPageCheck/rules``) is never reported
    /// unused: whether it suppresses anything is known only after every page.
    func notices(knownRules: Set<String>, reportUnused: Bool) -> [RuleNotice] {
        var notices: [RuleNotice] = []
        for marker in markers {
            let unknown = marker.rules.filter { !knownRules.contains($0) }
            notices += unknown.map { RuleNotice.unknownIgnoredRule(rule: $0, line: marker.line) }
            if reportUnused, !marker.used, unknown.count < marker.rules.count || marker.rules.isEmpty,
                !marker.rules.contains(where: CrossPageCheck.rules.contains)
            {
                notices.append(.unusedIgnore(rules: marker.rules.filter { knownRules.contains($0) }, line: marker.line))
            }
        }
        return notices
    }

    private mutating func add(_ marker: Marker) {
        markersByNode[marker.node, default: []].append(markers.count)
        markers.append(marker)
    }

    private static func ruleIDs(_ text: String) -> [String] {
        text.split { $0.isWhitespace || $0 == "," }.map(String.init)
    }

    /// The element the comment stands before: the next sibling element, past whitespace
    /// and other comments; or, for a comment last in its parent, nothing.
    private static func nextElement(after index: Int, in document: HTMLDocument) -> Int? {
        for sibling in document.followingSiblings(of: index) {
            let node = document.nodes[sibling]
            switch node.kind {
            case .element: return sibling
            case .text where !node.text.trimmingWhitespace().isEmpty: return nil
            default: continue
            }
        }
        return nil
    }
}

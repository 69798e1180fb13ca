/// The "did you mean …?" of every message about an unknown name: a configuration key, a rule
/// id, a licence id.
///
/// Names are compared case-insensitively by optimal string alignment distance (Levenshtein
/// plus the swap of two neighbouring characters), and only a close name is offered: a wrong
/// suggestion misleads more than none.
enum NameSuggestion {
    /// The known name closest to `name`, or nil when none is close enough; on a tie, the first
    /// in `candidates`' order.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let limit = maximumDistance(for: name)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            guard let distance = distance(name, candidate, limit: best.map { $0.distance - 1 } ?? limit) else {
                continue
            }
            best = (candidate, distance)
            if distance == 0 { break }
        }
        return best?.name
    }

    /// `"; did you mean 'x'?"` for the closest known name, or "" when none is close.
    static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// How many edits still make a suggestion: one for short names, up to three for long ones.
    static func maximumDistance(for name: String) -> Int {
        switch name.count {
        case ..<5: 1
        case ..<9: 2
        default: 3
        }
    }

    /// The case-insensitive optimal string alignment distance of `a` and `b`, or nil when it
    /// is more than `limit` (`limit` below 0 matches nothing).
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        guard limit >= 0 else { return nil }
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows: the one before the previous is needed for a swap.
        var older = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, older[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // Every later row is at least this row's minimum: stop once it is past the limit.
            if rowMinimum > limit { return nil }
            (older, previous, current) = (previous, current, older)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

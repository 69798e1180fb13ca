/// Finds which of several groups of fragments occurs in a text, in one pass over its bytes.
///
/// The skip rules test every image URL against some sixty fragments (`doubleclick.net`,
/// `/emoji/`, `logo`); one byte search per fragment was 2% of a scan. Matching is byte for
/// byte and case-sensitive, like ``Swift/StringProtocol/containsText(_:)``.
struct FragmentMatcher: Sendable {
    /// For each first byte: the fragments starting with it, with the group each belongs to.
    private let byFirstByte: [[(bytes: [UInt8], group: Int)]]

    /// A matcher over groups of fragments; a group's index is its rank.
    init(_ groups: [[String]]) {
        var table = [[(bytes: [UInt8], group: Int)]](repeating: [], count: 256)
        for (group, fragments) in groups.enumerated() {
            for fragment in fragments where !fragment.isEmpty {
                let bytes = Array(fragment.utf8)
                table[Int(bytes[0])].append((bytes, group))
            }
        }
        byFirstByte = table
        startsFragment = table.map { !$0.isEmpty }
    }

    /// Whether some fragment starts with the byte: most bytes of a URL start none, and this
    /// flat table answers without touching the fragment lists.
    private let startsFragment: [Bool]

    /// The lowest-ranked group with a fragment in `text`, or nil when none occurs: what
    /// trying the groups in order, each fragment with `containsText`, would find first.
    func firstGroup(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            startsFragment.withUnsafeBufferPointer { starts in
                firstGroup(in: bytes, starts: starts)
            }
        }
    }

    private func firstGroup(in bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Bool>) -> Int? {
        var best: Int?
        for start in bytes.indices where starts[Int(bytes[start])] {
            for entry in byFirstByte[Int(bytes[start])] where best.map({ entry.group < $0 }) ?? true {
                let end = start + entry.bytes.count
                guard end <= bytes.count, bytes[start..<end].elementsEqual(entry.bytes) else { continue }
                best = entry.group
                if entry.group == 0 { return 0 }
            }
        }
        return best
    }

    /// Whether any fragment occurs in `text`.
    func matches(_ text: String) -> Bool {
        firstGroup(in: text) != nil
    }
}

import CreditLicenses

/// Finds which of several groups of fragments occurs in a text, in one pass over its bytes.
///
/// The skip rules test every image URL against some sixty fragments (`doubleclick.net`,
/// `/emoji/`, `logo`); one byte search per fragment would cost about 2% of a scan. Matching is byte for
/// byte and case-sensitive, like ``Swift/StringProtocol/containsText(_:)``.
package struct FragmentMatcher: Sendable {
    /// One fragment: where its bytes start in ``bytes``, how many there are, and its group.
    private struct Entry: Sendable {
        var start: Int
        var count: Int
        var group: Int
    }

    /// Every fragment's bytes, one after another.
    private let bytes: [UInt8]
    /// The fragments, ordered by first byte.
    private let entries: [Entry]
    /// For each byte value, where its fragments start in ``entries``; the next value's
    /// start ends them (257 values: a flat table, so the scan touches no nested arrays).
    private let firstEntry: [Int]
    /// Whether ASCII capitals in the text match the (lower-case) fragments.
    private let foldsASCIICase: Bool

    /// A matcher over groups of fragments; a group's index is its rank. With
    /// `foldingASCIICase`, an ASCII capital in the text matches its lower-case letter in a
    /// fragment (give the fragments in lower case).
    package init(_ groups: [[String]], foldingASCIICase: Bool = false) {
        foldsASCIICase = foldingASCIICase
        var byFirstByte = [[Entry]](repeating: [], count: 256)
        var bytes: [UInt8] = []
        for (group, fragments) in groups.enumerated() {
            for fragment in fragments where !fragment.isEmpty {
                byFirstByte[Int(fragment.utf8.first!)].append(
                    Entry(start: bytes.count, count: fragment.utf8.count, group: group))
                bytes += fragment.utf8
            }
        }
        var firstEntry: [Int] = []
        var entries: [Entry] = []
        for list in byFirstByte {
            firstEntry.append(entries.count)
            entries += list
        }
        firstEntry.append(entries.count)
        self.bytes = bytes
        self.entries = entries
        self.firstEntry = firstEntry
    }

    /// The lowest-ranked group with a fragment in `text`, or nil when none occurs: what
    /// trying the groups in order, each fragment with `containsText`, would find first.
    package func firstGroup(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { haystack in
            bytes.withUnsafeBufferPointer { fragmentBytes in
                entries.withUnsafeBufferPointer { entries in
                    firstEntry.withUnsafeBufferPointer { firstEntry in
                        foldsASCIICase
                            ? Self.firstGroup(in: haystack, fragmentBytes, entries, firstEntry) { $0.asciiLowercased }
                            : Self.firstGroup(in: haystack, fragmentBytes, entries, firstEntry) { $0 }
                    }
                }
            }
        }
    }

    private static func firstGroup(
        in haystack: UnsafeBufferPointer<UInt8>, _ fragmentBytes: UnsafeBufferPointer<UInt8>,
        _ entries: UnsafeBufferPointer<Entry>, _ firstEntry: UnsafeBufferPointer<Int>, fold: (UInt8) -> UInt8
    ) -> Int? {
        var best = Int.max
        visitMatches(
            in: haystack, fragmentBytes, entries, firstEntry, fold: fold, skipping: { $0 >= best },
            visit: { _, _, group in
                best = group
                return group == 0
            })
        return best == Int.max ? nil : best
    }

    /// Calls `visit` with the start, length and group of every occurrence of a fragment in
    /// `haystack`, in order of position, until it returns true; groups that `skipping`
    /// rejects are not compared.
    private static func visitMatches(
        in haystack: UnsafeBufferPointer<UInt8>, _ fragmentBytes: UnsafeBufferPointer<UInt8>,
        _ entries: UnsafeBufferPointer<Entry>, _ firstEntry: UnsafeBufferPointer<Int>, fold: (UInt8) -> UInt8,
        skipping: (Int) -> Bool = { _ in false }, visit: (Int, Int, Int) -> Bool
    ) {
        for start in haystack.indices {
            let byte = Int(fold(haystack[start]))
            var index = firstEntry[byte]
            let end = firstEntry[byte + 1]
            while index < end {
                let entry = entries[index]
                index += 1
                guard !skipping(entry.group), start + entry.count <= haystack.count else { continue }
                var matched = 1
                while matched < entry.count && fold(haystack[start + matched]) == fragmentBytes[entry.start + matched] {
                    matched += 1
                }
                if matched == entry.count && visit(start, entry.count, entry.group) { return }
            }
        }
    }

    /// Calls `visit` with the start and length of every occurrence of a fragment in the
    /// bytes, in order of position, until it returns true (without ASCII case folding).
    func visitMatches(in haystack: UnsafeBufferPointer<UInt8>, _ visit: (_ start: Int, _ count: Int) -> Bool) {
        bytes.withUnsafeBufferPointer { fragmentBytes in
            entries.withUnsafeBufferPointer { entries in
                firstEntry.withUnsafeBufferPointer { firstEntry in
                    Self.visitMatches(in: haystack, fragmentBytes, entries, firstEntry, fold: { $0 }) {
                        start, count, _ in
                        visit(start, count)
                    }
                }
            }
        }
    }

    /// Whether any fragment occurs in `text`.
    package func matches(_ text: String) -> Bool {
        firstGroup(in: text) != nil
    }
}

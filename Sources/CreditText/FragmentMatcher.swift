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
    /// One bit for each pair of bytes a fragment starts with (first byte × 256 + second), all
    /// 256 of a byte that is a fragment by itself: most places in a text start no fragment,
    /// and one bit tells so before the fragments of its first byte are compared.
    private let startPairs: [UInt64]

    /// A matcher over groups of fragments; a group's index is its rank. With
    /// `foldingASCIICase`, an ASCII capital in the text matches its lower-case letter in a
    /// fragment (give the fragments in lower case).
    package init(_ groups: [[String]], foldingASCIICase: Bool = false) {
        foldsASCIICase = foldingASCIICase
        var byFirstByte = [[Entry]](repeating: [], count: 256)
        var bytes: [UInt8] = []
        var startPairs = [UInt64](repeating: 0, count: 1024)
        for (group, fragments) in groups.enumerated() {
            for fragment in fragments where !fragment.isEmpty {
                let utf8 = Array(fragment.utf8)
                byFirstByte[Int(utf8[0])].append(Entry(start: bytes.count, count: utf8.count, group: group))
                bytes += utf8
                for second in utf8.count > 1 ? [utf8[1]] : Array(0...255) {
                    let pair = Int(utf8[0]) << 8 | Int(second)
                    startPairs[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
        self.startPairs = startPairs
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
            withTables { tables in
                foldsASCIICase
                    ? Self.firstGroup(in: haystack, tables) { $0.asciiLowercased }
                    : Self.firstGroup(in: haystack, tables) { $0 }
            }
        }
    }

    // Inlined, like ``visitMatches(in:_:fold:skipping:visit:)``, so that the folding and
    // the visitor are inlined into the loop over the bytes instead of called for each byte.
    @inline(__always)
    private static func firstGroup(in haystack: UnsafeBufferPointer<UInt8>, _ tables: Tables, fold: (UInt8) -> UInt8)
        -> Int?
    {
        var best = Int.max
        visitMatches(
            in: haystack, tables, fold: fold, skipping: { $0 >= best },
            visit: { _, _, group in
                best = group
                return group == 0
            })
        return best == Int.max ? nil : best
    }

    /// The matcher's arrays, pinned for one search.
    private struct Tables {
        var fragmentBytes: UnsafeBufferPointer<UInt8>
        var entries: UnsafeBufferPointer<Entry>
        var firstEntry: UnsafeBufferPointer<Int>
        var startPairs: UnsafeBufferPointer<UInt64>
    }

    @inline(__always)
    private func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { fragmentBytes in
            entries.withUnsafeBufferPointer { entries in
                firstEntry.withUnsafeBufferPointer { firstEntry in
                    startPairs.withUnsafeBufferPointer { startPairs in
                        body(
                            Tables(
                                fragmentBytes: fragmentBytes, entries: entries, firstEntry: firstEntry,
                                startPairs: startPairs))
                    }
                }
            }
        }
    }

    /// Calls `visit` with the start, length and group of every occurrence of a fragment in
    /// `haystack`, in order of position, until it returns true; groups that `skipping`
    /// rejects are not compared.
    @inline(__always)
    private static func visitMatches(
        in haystack: UnsafeBufferPointer<UInt8>, _ tables: Tables, fold: (UInt8) -> UInt8,
        skipping: (Int) -> Bool = { _ in false }, visit: (Int, Int, Int) -> Bool
    ) {
        for start in haystack.indices {
            let byte = Int(fold(haystack[start]))
            var index = tables.firstEntry[byte]
            let end = tables.firstEntry[byte + 1]
            guard index < end else { continue }
            if start + 1 < haystack.count {
                let pair = byte << 8 | Int(fold(haystack[start + 1]))
                guard tables.startPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
            }
            while index < end {
                let entry = tables.entries[index]
                index += 1
                guard !skipping(entry.group), start + entry.count <= haystack.count else { continue }
                var matched = 1
                while matched < entry.count
                    && fold(haystack[start + matched]) == tables.fragmentBytes[entry.start + matched]
                {
                    matched += 1
                }
                if matched == entry.count && visit(start, entry.count, entry.group) { return }
            }
        }
    }

    /// Calls `visit` with the start and length of every occurrence of a fragment in the
    /// bytes, in order of position, until it returns true (without ASCII case folding).
    func visitMatches(in haystack: UnsafeBufferPointer<UInt8>, _ visit: (_ start: Int, _ count: Int) -> Bool) {
        withTables { tables in
            Self.visitMatches(in: haystack, tables, fold: { $0 }) { start, count, _ in visit(start, count) }
        }
    }

    /// Whether any fragment occurs in `text`.
    package func matches(_ text: String) -> Bool {
        firstGroup(in: text) != nil
    }
}

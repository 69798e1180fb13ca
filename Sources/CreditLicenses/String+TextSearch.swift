#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search over UTF-8 bytes, for the scanner's and the parsers' hot paths.
///
/// Foundation's `contains(_:)` and `range(of:)` go through `NSString` on Linux, which copies
/// both strings to UTF-16 on every call; the scanner asks such questions thousands of times a
/// page. These compare bytes: case-sensitive and without Unicode normalisation, which for the
/// ASCII needles the callers use differs from Foundation's canonical comparison only on
/// characters whose canonical form is ASCII (the Kelvin sign), never in practice.
extension StringProtocol {
    /// Whether `other` occurs in the string, compared byte for byte.
    public func containsText(_ other: some StringProtocol) -> Bool {
        byteOffset(of: other, backwards: false) != nil
    }

    /// The first occurrence of `other`, compared byte for byte.
    public func firstRange(ofText other: some StringProtocol) -> Range<Index>? {
        range(atByteOffset: byteOffset(of: other, backwards: false), length: other.utf8.count)
    }

    /// The last occurrence of `other`, compared byte for byte.
    public func lastRange(ofText other: some StringProtocol) -> Range<Index>? {
        range(atByteOffset: byteOffset(of: other, backwards: true), length: other.utf8.count)
    }

    private func range(atByteOffset offset: Int?, length: Int) -> Range<Index>? {
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: length)
    }

    /// The byte offset of the first (or last) occurrence of `other`.
    private func byteOffset(of other: some StringProtocol, backwards: Bool) -> Int? {
        var needle = String(other)
        var haystack = String(self)
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                if pin.isEmpty { return backwards ? hay.count : 0 }
                guard pin.count <= hay.count, let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else {
                    return nil
                }
                let last = hay.count - pin.count
                if backwards {
                    var position = last
                    while position >= 0 {
                        if hay[position] == pin[0], memcmp(hayBase + position, pinBase, pin.count) == 0 {
                            return position
                        }
                        position -= 1
                    }
                    return nil
                }
                return String.firstOffset(of: pin, in: hay)
            }
        }
    }
}

extension String {
    /// ``StringProtocol/containsText(_:)`` for two strings, the common case: concrete, so
    /// that calls from the other modules do not run the generic version unspecialised (which
    /// converted both sides to new strings on every call).
    public func containsText(_ other: String) -> Bool {
        let found: Bool? =
            utf8.withContiguousStorageIfAvailable { hay in
                other.utf8.withContiguousStorageIfAvailable { pin in
                    String.firstOffset(of: pin, in: hay) != nil
                }
            } ?? nil
        return found ?? self[...].containsText(other[...])
    }

    /// The first offset of `pin` in `hay`: memchr for the first byte, memcmp for the rest
    /// (glibc's memmem is not exported to Swift without _GNU_SOURCE).
    public static func firstOffset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        if pin.isEmpty { return 0 }
        guard pin.count <= hay.count, let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
        let last = hay.count - pin.count
        let first = Int32(pin[0])
        var offset = 0
        while offset <= last {
            guard let found = memchr(hayBase + offset, first, last - offset + 1) else { return nil }
            let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - hayBase
            if memcmp(hayBase + position, pinBase, pin.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// The words between runs of whitespace, as `split(whereSeparator: \.isWhitespace)`
    /// gives them, found on the bytes when the text is ASCII: a Character's whitespace
    /// property is a table lookup per character, and credits are split into words often.
    public func splittingOnWhitespace() -> [Substring] {
        let bytes = utf8
        guard isASCIIOnly else { return split(whereSeparator: { $0.isWhitespace }) }
        var words: [Substring] = []
        var start: Index?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte.isASCIIWhitespace {
                if let wordStart = start { words.append(self[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = bytes.index(after: index)
        }
        if let wordStart = start { words.append(self[wordStart..<endIndex]) }
        return words
    }
}

// String rather than StringProtocol: these are called from the other modules on every
// text of a page, and a generic across modules runs unspecialised.
extension String {
    /// Whether every byte is ASCII, tested eight bytes at a time over the contiguous UTF-8:
    /// the scanner asks this of nearly every text and identifier before taking a byte path.
    @inlinable public var isASCIIOnly: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= bytes.count {
                if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                offset += 8
            }
            while offset < bytes.count {
                if bytes[offset] >= 0x80 { return false }
                offset += 1
            }
            return true
        } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// The string without leading and trailing whitespace (no Foundation needed). ASCII text,
    /// nearly every attribute and caption, is trimmed on its bytes: a Character's whitespace
    /// property is a table lookup per character.
    public func trimmingWhitespace() -> String {
        let text = self
        if text.isASCIIOnly {
            let bytes = text.utf8
            guard let first = bytes.firstIndex(where: { !$0.isASCIIWhitespace }) else { return "" }
            let last = bytes.lastIndex(where: { !$0.isASCIIWhitespace }) ?? first
            if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return text }
            return String(text[first...last])
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}

extension Substring {
    /// ``Swift/String/trimmingWhitespace()`` of the substring.
    public func trimmingWhitespace() -> String {
        String(self).trimmingWhitespace()
    }
}

extension String {
    /// `lowercased().containsText("www.")`, on the bytes without a lower-cased copy: only
    /// "W" lower-cases to "w", and "." to itself, so folding ASCII capitals is exact.
    /// Every URL form the licence and credit parsers know has a "/" or this.
    package var containsASCIIWWW: Bool {
        var run = 0
        for byte in utf8 {
            if byte | 0x20 == 0x77 {
                run = min(run + 1, 3)
            } else if byte == 0x2E && run == 3 {
                return true
            } else {
                run = 0
            }
        }
        return false
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension StringProtocol {
    /// Whether `other` occurs in the string, compared byte for byte (case-sensitive, no
    /// Unicode normalisation).
    ///
    /// Foundation's `contains(_:)` goes through `NSString` on Linux, which copies both strings
    /// to UTF-16 on every call; the scanner asks this question thousands of times a page.
    public func containsText(_ other: some StringProtocol) -> Bool {
        var needle = String(other)
        var haystack = String(self)
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                if pin.isEmpty { return true }
                guard pin.count <= hay.count, let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else {
                    return false
                }
                // memchr for the first byte, memcmp for the rest (glibc's memmem is not
                // exported to Swift without _GNU_SOURCE).
                let first = Int32(pin[0])
                let last = hay.count - pin.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(hayBase + offset, first, last - offset + 1) else { return false }
                    let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - hayBase
                    if memcmp(hayBase + position, pinBase, pin.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}

extension String {
    /// Whether every byte is ASCII, tested eight bytes at a time over the contiguous UTF-8:
    /// the scanner asks this of nearly every text and identifier before taking a byte path.
    var isASCIIOnly: Bool {
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
}

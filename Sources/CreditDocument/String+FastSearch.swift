extension String {
    /// `count` and `collapsingWhitespace().count`, in one pass over the UTF-8 bytes without
    /// building the collapsed string, when every scalar stands alone as a character.
    ///
    /// `count` runs Unicode's grapheme-break rules over every scalar; on pages in Russian,
    /// Chinese or Korean that costs about 1% of a scan. Scalars in the ranges of `standsAlone` never
    /// join a neighbour (they hold no combining marks, joiners, variation selectors, Hangul
    /// jamo or Indic signs), so their number is the character count; anything else, and the CR
    /// of a CR LF pair, falls back to `count`.
    package var characterCounts: (all: Int, collapsed: Int) {
        let fast: (Int, Int)? =
            utf8.withContiguousStorageIfAvailable { bytes in
                guard let base = bytes.baseAddress else { return (0, 0) }
                var all = 0
                var count = CollapsedCount()
                var offset = 0
                while offset < bytes.count {
                    // Runs of ASCII, most of the text in most languages, eight bytes at a time.
                    if bytes.count - offset >= 8 {
                        let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                        if word & ASCIIWords.highBits == 0 {
                            guard ASCIIWords.zeroBytes(word ^ ASCIIWords.repeated(0x0D)) == 0 else { return nil }
                            count.pass(word: ASCIIWords.whitespace(word))
                            all += 8
                            offset += 8
                            continue
                        }
                    }
                    guard let (scalar, length) = Self.scalar(in: bytes, at: offset) else { return nil }
                    if let value = Unicode.Scalar(scalar), Self.isWhitespace(value) {
                        // CR LF is one character: leave that count to the slow path.
                        guard scalar != 0x0D else { return nil }
                        count.pass(whitespace: true)
                    } else {
                        guard Self.standsAlone(scalar) else { return nil }
                        count.pass(whitespace: false)
                    }
                    all += 1
                    offset += length
                }
                return (all, count.collapsed)
            } ?? nil
        return fast ?? (count, collapsingWhitespace().count)
    }

    /// The scalar of one, two or three UTF-8 bytes at `offset` and its length; nil for a
    /// four-byte scalar (emoji and rarer characters, which take the slow path).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int)? {
        let lead = bytes[offset]
        switch lead {
        case 0..<0x80: return (UInt32(lead), 1)
        case 0xC0..<0xE0 where offset + 1 < bytes.count:
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2)
        case 0xE0..<0xF0 where offset + 2 < bytes.count:
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
            return (value | UInt32(bytes[offset + 2] & 0x3F), 3)
        default: return nil
        }
    }

    static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0D: return false  // CR LF is one character
        case 0x00...0x2FF, 0x370...0x482, 0x48A...0x52F: return true
        case 0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF: return true
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60: return true
        default: return false
        }
    }
}

extension String {
    /// What `String(decoding: bytes, as: UTF8.self).count` gives, counted on the bytes when
    /// they are strictly valid UTF-8 of one- to three-byte scalars that each stand alone as a
    /// character (see ``characterCounts``); nil otherwise, for the caller to count the slow way.
    ///
    /// For columns in a page's raw bytes: a minified page's line can be megabytes long, and
    /// running the grapheme-break rules over it for each finding costs about 1% of a scan.
    package static func characterCount(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var offset = 0
        while offset < bytes.count {
            guard let length = standaloneCharacterLength(in: bytes, at: offset) else { return nil }
            offset += length
            count += 1
        }
        return count
    }

    /// Where the character after the first `characters` begins in the bytes, under the same
    /// rule as ``characterCount(ofUTF8:)``: nil when one of those characters is not a scalar
    /// that stands alone, or the bytes end first. The offset is that of the `String` only when
    /// the scalar found there does not join the one before it, which the caller checks.
    package static func utf8Offset(ofCharacter characters: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        for _ in 0..<Swift.max(characters, 0) {
            guard offset < bytes.count, let length = standaloneCharacterLength(in: bytes, at: offset) else {
                return nil
            }
            offset += length
        }
        return offset
    }

    /// The length in bytes of the character at `offset` when it is one strictly valid scalar of
    /// one to three bytes that stands alone (or white space other than CR); nil otherwise.
    @inline(__always)
    private static func standaloneCharacterLength(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        if lead < 0x80 { return lead == 0x0D ? nil : 1 }
        // Strict validation: a repaired byte becomes U+FFFD, which the slow path counts.
        let scalar: UInt32
        let length: Int
        switch lead {
        case 0xC2...0xDF where offset + 1 < bytes.count && bytes[offset + 1] & 0xC0 == 0x80:
            scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            length = 2
        case 0xE0...0xEF where offset + 2 < bytes.count:
            let second = bytes[offset + 1]
            let third = bytes[offset + 2]
            let secondRange: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
            guard secondRange.contains(second), third & 0xC0 == 0x80 else { return nil }
            scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            length = 3
        default:
            return nil
        }
        guard let value = Unicode.Scalar(scalar), isWhitespace(value) || standsAlone(scalar) else { return nil }
        return length
    }
}

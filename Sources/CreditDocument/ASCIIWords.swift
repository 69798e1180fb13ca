/// Tests on eight ASCII bytes at once, each answer in the high bit of its byte: the text
/// measures run over every text of every page.
public enum ASCIIWords {
    /// The high bit of every byte: where the answers are.
    @inlinable public static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// `byte` in each of the eight bytes.
    @inlinable public static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The bytes of `word` that are zero.
    @inlinable public static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word) & highBits
    }

    /// The bytes that are ASCII white space (space, or tab to carriage return), for a word
    /// without bytes above 0x7F, where no sum below carries into the next byte.
    @inlinable public static func whitespace(_ word: UInt64) -> UInt64 {
        let fromTab = word &+ repeated(0x80 - 0x09)
        let pastReturn = word &+ repeated(0x80 - 0x0E)
        return zeroBytes(word ^ repeated(0x20)) | (fromTab & ~pastReturn & highBits)
    }
}

/// Counts visible characters and the runs of them that white space separates, so that the
/// length of the text with each run of white space collapsed to one space (and none at the
/// ends) is `visible + runs - 1`.
public struct CollapsedCount {
    /// The visible characters passed.
    @usableFromInline var visible = 0
    /// The runs of visible characters passed.
    @usableFromInline var runs = 0
    /// Whether the last character passed is white space, or none was: a visible character
    /// after it starts a run.
    @usableFromInline var afterSpace = true

    /// Nothing passed yet.
    @inlinable public init() {}

    /// The collapsed length.
    @inlinable public var collapsed: Int { visible + max(runs - 1, 0) }

    /// Passes one character, white space or not.
    @inlinable public mutating func pass(whitespace: Bool) {
        if whitespace {
            afterSpace = true
        } else {
            if afterSpace { runs += 1 }
            afterSpace = false
            visible += 1
        }
    }

    /// Passes eight ASCII bytes whose white space `space` marks (``ASCIIWords/whitespace(_:)``).
    @inlinable public mutating func pass(word space: UInt64) {
        let shown = ~space & ASCIIWords.highBits
        visible += shown.nonzeroBitCount
        runs += (shown & (space << 8 | (afterSpace ? 0x80 : 0))).nonzeroBitCount
        afterSpace = space >> 63 != 0
    }
}

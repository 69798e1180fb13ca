/// ASCII classes of UTF-8 bytes, for the byte-level paths of the parsers, the scanner and the
/// tree builder: one definition each, so that every fast path agrees on what a letter or a
/// space is.
extension UInt8 {
    /// The byte with ASCII capitals lowered and every other byte unchanged: the case folding
    /// for ASCII needles over UTF-8 text.
    @inlinable public var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self + 0x20 : self }

    /// Whether the byte is ASCII whitespace: tab, line feed, vertical tab, form feed,
    /// carriage return or space (the ASCII part of Unicode's White_Space).
    @inlinable public var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }

    /// Whether the byte is an ASCII capital letter.
    @inlinable public var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }

    /// Whether the byte is an ASCII small letter.
    @inlinable public var isASCIILower: Bool { self >= 0x61 && self <= 0x7A }

    /// Whether the byte is an ASCII letter or digit (what `Character.isLetter || isNumber`
    /// says of an ASCII character).
    @inlinable public var isASCIIAlphanumeric: Bool { isASCIIUpper || isASCIILower || (self >= 0x30 && self <= 0x39) }
}

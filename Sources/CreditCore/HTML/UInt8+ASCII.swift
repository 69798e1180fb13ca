extension UInt8 {
    /// The byte with ASCII capitals lowered and every other byte unchanged: the scanner's
    /// case folding for ASCII needles over UTF-8 text.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self + 0x20 : self }

    /// Whether the byte is ASCII whitespace: tab, line feed, vertical tab, form feed,
    /// carriage return or space.
    var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
}

/// Text values of binary metadata: UTF-8 when the bytes are valid UTF-8, else Latin-1 (the
/// charset of PNG `tEXt` and of older IPTC and Exif writers), trimmed of NULs and spaces.
enum TextDecoding {
    /// The text of `bytes`, nil when nothing but padding remains.
    static func text(_ bytes: some Collection<UInt8>) -> String? {
        let string =
            String(validating: bytes, as: UTF8.self)
            ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        let trimmed = string.trimmingCharacters(in: " \t\r\n\u{0}")
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// The string without leading and trailing characters that are in `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !characters.contains($0) }),
            let last = scalars.lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}

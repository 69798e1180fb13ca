extension String {
    /// What `split(separator:).first` gives (the first non-empty piece), found by bytes in
    /// ASCII text without splitting the rest; nil when there is no piece. URLs are split this
    /// way for every image of a page, and `split` walks and keeps every piece as characters.
    package func firstPiece(splitAt separator: Character) -> String? {
        guard isASCIIOnly, let byte = separator.asciiValue else {
            return split(separator: separator).first.map(String.init)
        }
        let bytes = utf8
        guard let start = bytes.firstIndex(where: { $0 != byte }) else { return nil }
        let end = bytes[start...].firstIndex(of: byte) ?? bytes.endIndex
        return String(self[start..<end])
    }

    /// What `split(separator:).last` gives (the last non-empty piece), found by bytes in
    /// ASCII text; nil when there is no piece.
    package func lastPiece(splitAt separator: Character) -> String? {
        guard isASCIIOnly, let byte = separator.asciiValue else {
            return split(separator: separator).last.map(String.init)
        }
        let bytes = utf8
        guard let last = bytes.lastIndex(where: { $0 != byte }) else { return nil }
        let end = bytes.index(after: last)
        let start = bytes[..<end].lastIndex(of: byte).map { bytes.index(after: $0) } ?? bytes.startIndex
        return String(self[start..<end])
    }
}

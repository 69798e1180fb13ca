extension String {
    /// What `split(separator:)` gives (the non-empty pieces), split by bytes in ASCII text:
    /// `split` breaks the text into characters first, which costs several times as much, and
    /// every process splits every row of the licence catalogue this way when it starts.
    package func pieces(splitAt separator: Character) -> [String] {
        guard isASCIIOnly, let byte = separator.asciiValue else {
            return split(separator: separator).map(String.init)
        }
        var text = self
        return text.withUTF8 { bytes in
            var pieces: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == byte {
                if index > start {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return pieces
        }
    }

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

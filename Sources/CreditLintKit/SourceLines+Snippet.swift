import CreditModel

extension SourceLines {
    /// The most characters of a snippet, `…` included.
    static let snippetLength = 80

    /// The image's tag as written, from the `<` at `column` of its line: whitespace collapsed,
    /// cut after ``snippetLength`` characters with `…`. Nil when the tag cannot be found.
    ///
    /// Only the bytes of one tag (or of ``snippetLength`` characters) are read, however long
    /// the line: a minified page is one line.
    func snippet(of image: ScannedImage, atColumn column: Int?) -> String? {
        guard let column, let start = byteOffset(ofColumn: column, onLine: image.line) else { return nil }
        var text = ""
        var characters = 0
        var pendingSpace = false
        // A tag may run over several lines; four bytes a character at most, twice over for
        // collapsed whitespace, and never in the middle of a character.
        var end = min(bytes.count, start + Self.snippetLength * 8)
        while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        for character in String(decoding: bytes[start..<end], as: UTF8.self) {
            if character.isWhitespace {
                pendingSpace = characters > 0
                continue
            }
            if pendingSpace {
                text.append(" ")
                characters += 1
                pendingSpace = false
            }
            if characters == Self.snippetLength - 1 {
                return text + "…"
            }
            text.append(character)
            characters += 1
            if character == ">" { return text }
        }
        return text.isEmpty ? nil : text + "…"
    }

    /// The byte offset of the `<` at the 1-based character `column` of `line`, nil when no
    /// `<` is there.
    private func byteOffset(ofColumn column: Int, onLine line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var offset: Int
        if start + column - 1 < end, bytes[start..<(start + column - 1)].allSatisfy({ $0 < 0x80 }) {
            offset = start + column - 1
        } else {
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let index = text.index(text.startIndex, offsetBy: column - 1, limitedBy: text.endIndex) else {
                return nil
            }
            offset = start + text.utf8.distance(from: text.startIndex, to: index)
        }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "<") else { return nil }
        return offset
    }
}

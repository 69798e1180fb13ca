import CreditModel

extension SourceLines {
    /// The most characters of a snippet, `…` included.
    static let snippetLength = 80
    /// How far past the column the image's own tag is looked for, in bytes.
    static let tagSearchWindow = 16_384

    /// The image's own tag, found from the `<` at `column` of its line (which may be a link
    /// around the image or a `<meta>` that names its URL first): the tag's column when it
    /// starts on that line, and the tag as written, whitespace collapsed and cut after
    /// ``snippetLength`` characters with `…`. Nil when no tag is at the column.
    ///
    /// Only the bytes up to the tag and of the tag (or of ``snippetLength`` characters) are
    /// read, however long the line: a minified page is one line.
    func tag(of image: ScannedImage, atColumn column: Int?) -> (column: Int, snippet: String)? {
        guard let column, let found = byteOffset(ofColumn: column, onLine: image.line) else { return nil }
        let start = ownTag(of: image, from: found)
        guard let snippet = snippet(from: start) else { return nil }
        guard start > found, firstOffset(of: [0x0A], in: found..<start) == nil else { return (column, snippet) }
        let skipped = bytes.withUnsafeBufferPointer { buffer in
            String.characterCount(ofUTF8: UnsafeBufferPointer(rebasing: buffer[found..<start]))
        }
        return (column + (skipped ?? String(decoding: bytes[found..<start], as: UTF8.self).count), snippet)
    }

    /// ``tag(of:atColumn:)``'s snippet alone.
    func snippet(of image: ScannedImage, atColumn column: Int?) -> String? {
        tag(of: image, atColumn: column)?.snippet
    }

    /// The tag that starts at byte `start`, as ``tag(of:atColumn:)`` shows it.
    private func snippet(from start: Int) -> String? {
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

    /// Where the image's own element starts: the tag at `offset` when it is one, else the first
    /// tag of the image's element after it that holds the image's URL. The column points at
    /// the first tag that holds the URL, which may be a link around the image or a `<meta>`.
    private func ownTag(of image: ScannedImage, from offset: Int) -> Int {
        let name = Array(image.element.lowercased().utf8)
        if isTag(name, at: offset) { return offset }
        let url = Array(image.src.utf8)
        let escaped = url.flatMap { $0 == UInt8(ascii: "&") ? Array("&amp;".utf8) : [$0] }
        let limit = min(bytes.count, offset + Self.tagSearchWindow)
        var position = offset + 1
        while position < limit, let candidate = firstOffset(of: [UInt8(ascii: "<")], in: position..<limit) {
            let tagEnd = firstOffset(of: [UInt8(ascii: ">")], in: candidate..<limit) ?? limit
            if isTag(name, at: candidate),
                firstOffset(of: url, in: candidate..<tagEnd) != nil
                    || firstOffset(of: escaped, in: candidate..<tagEnd) != nil
            {
                return candidate
            }
            position = candidate + 1
        }
        return offset
    }

    /// Whether a tag named `name` (lower-case) opens at `offset`.
    private func isTag(_ name: [UInt8], at offset: Int) -> Bool {
        let end = offset + 1 + name.count
        guard end < bytes.count, bytes[offset] == UInt8(ascii: "<") else { return false }
        guard bytes[(offset + 1)..<end].elementsEqual(name, by: { $0 | 0x20 == $1 | 0x20 }) else { return false }
        let next = bytes[end]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
            || (0x09...0x0D).contains(next)
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
        } else if let found = bytes.withUnsafeBufferPointer({ buffer in
            String.utf8Offset(ofCharacter: column - 1, in: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }), start + found < end, bytes[start + found] == UInt8(ascii: "<") {
            // Characters that stand alone, then a `<`, which joins none of them: where the
            // grapheme walk below would land, without running it over a long minified line.
            offset = start + found
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

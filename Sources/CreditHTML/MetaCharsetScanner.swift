/// Finds the charset a page declares in a `<meta>` tag, without parsing it: the HTML
/// standard's "prescan a byte stream to determine its encoding" algorithm.
///
/// It looks at the first 1,024 bytes, as the standard says (then further, see
/// ``parserWindow``), skips comments, other tags' attributes and `<!…>`/`<?…>` constructs
/// (so a `<meta>` inside a comment or an attribute value does not count), and reads `<meta charset>` or a `<meta http-equiv=content-type>`
/// with a `content` naming a charset. A label no browser knows is passed over and the scan goes
/// on, so a later valid declaration still wins.
enum MetaCharsetScanner {
    /// How many bytes the standard lets the prescan look at.
    static let window = 1024

    /// How far a declaration the prescan missed is still honoured. While parsing, a browser
    /// that meets a `<meta charset>` after the first 1,024 bytes (behind a long comment, say)
    /// "changes the encoding" and starts again; reading the same way up to here stands in for
    /// that, bounded so that a huge page costs no more than its head.
    static let parserWindow = 64 * 1024

    /// The WHATWG name of the first valid declaration in the prescan's window, then in the
    /// parser's, or nil.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { declaredEncoding(in: $0) }
    }

    /// The same, copying only the window being read: most pages declare in their first line.
    static func declaredEncoding(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scanner = Prescan(bytes: Array(bytes.prefix(window))[...])
        if let found = scanner.run() { return found }
        guard bytes.count > window else { return nil }
        var late = Prescan(bytes: Array(bytes.prefix(parserWindow))[...])
        return late.run()
    }
}

/// One run of the prescan over a fixed window; `position` only moves forward, so it ends.
private struct Prescan {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func run() -> String? {
        while position < bytes.endIndex {
            // Every construct below opens with `<`: any other byte is stepped over at once.
            guard bytes[position] == UInt8(ascii: "<") else {
                position += 1
                continue
            }
            if starts(with: "<!--") {
                // The `-->` may share its dashes with the opening: `<!-->` is a whole comment.
                guard let end = find("-->", from: position + 2) else { return nil }
                position = end + 3
            } else if starts(with: "<meta"), position + 5 < bytes.endIndex,
                isSpace(bytes[position + 5]) || bytes[position + 5] == UInt8(ascii: "/")
            {
                position += 6
                if let encoding = meta() { return encoding }
                if position >= bytes.endIndex { return nil }
            } else if starts(with: "<"),
                isLetter(at: position + 1)
                    || (byte(at: position + 1) == UInt8(ascii: "/") && isLetter(at: position + 2))
            {
                // Another tag: step over its attributes, whose values may contain `<meta`.
                while position < bytes.endIndex, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                    position += 1
                }
                // Only stepped over: no strings are made for attributes that are not read.
                while attribute(collecting: false) != nil {}
                if position >= bytes.endIndex { return nil }
                position += 1
            } else if starts(with: "<!") || starts(with: "</") || starts(with: "<?") {
                guard let end = find(">", from: position + 2) else { return nil }
                position = end + 1
            } else {
                position += 1
            }
        }
        return nil
    }

    /// The attributes of one `<meta>`: its encoding when it declares a usable one.
    private mutating func meta() -> String? {
        var seen: Set<String> = []
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        while let (name, value) = attribute() {
            guard seen.insert(name).inserted else { continue }
            switch name {
            case "http-equiv":
                if value == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let label = Self.charsetInContent(value),
                    let encoding = EncodingLabels.whatwgName(forLabel: label)
                {
                    charset = encoding
                    needPragma = true
                }
            case "charset":
                charset = EncodingLabels.whatwgName(forLabel: value)
                needPragma = false
            default: break
            }
        }
        guard let needPragma, let charset, !(needPragma && !gotPragma) else { return nil }
        if charset.hasPrefix("utf-16") { return "utf-8" }  // an ASCII page cannot be UTF-16
        if charset == "x-user-defined" { return "windows-1252" }
        return charset
    }

    /// "Get an attribute": the next `name=value` pair, lower-cased, or nil at `>` or the end.
    /// Without `collecting`, the attribute is only stepped over and comes back empty.
    private mutating func attribute(collecting: Bool = true) -> (String, String)? {
        while position < bytes.endIndex, isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
            position += 1
        }
        guard position < bytes.endIndex, bytes[position] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        var value: [UInt8] = []
        func result() -> (String, String) {
            collecting ? (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)) : ("", "")
        }
        // The name runs to `=`, a space, `/` or `>`; a leading `=` belongs to the name.
        while true {
            guard position < bytes.endIndex else { return nil }
            let byte = bytes[position]
            if byte == UInt8(ascii: "="), !name.isEmpty { break }
            if isSpace(byte) {
                skipSpaces()
                guard position < bytes.endIndex else { return nil }
                guard bytes[position] == UInt8(ascii: "=") else { return result() }
                break
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { return result() }
            // An empty name is what stops the loop at a leading `=`; one byte keeps it from empty.
            if collecting || name.isEmpty { name.append(lowercase(byte)) }
            position += 1
        }
        position += 1  // past `=`
        skipSpaces()
        guard position < bytes.endIndex else { return nil }
        let first = bytes[position]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            while position < bytes.endIndex, bytes[position] != first {
                if collecting { value.append(lowercase(bytes[position])) }
                position += 1
            }
            guard position < bytes.endIndex else { return nil }
            position += 1
            return result()
        }
        if first == UInt8(ascii: ">") { return result() }
        while position < bytes.endIndex, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            if collecting { value.append(lowercase(bytes[position])) }
            position += 1
        }
        return position < bytes.endIndex ? result() : nil
    }

    /// "Extract a character encoding from a meta element": the label after `charset=` in a
    /// `content` value (already lower-cased), or nil.
    static func charsetInContent(_ content: String) -> String? {
        let bytes = Array(content.utf8)
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) && byte != 0x0B }
        let keyword = Array("charset".utf8)
        var index = 0
        while index + keyword.count <= bytes.count {
            guard bytes[index..<index + keyword.count].elementsEqual(keyword) else {
                index += 1
                continue
            }
            var cursor = index + keyword.count
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else {
                index += keyword.count  // "charset" without "=": look for a later one
                continue
            }
            cursor += 1
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { return nil }
            let first = bytes[cursor]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                guard let close = bytes[(cursor + 1)...].firstIndex(of: first) else { return nil }
                return String(decoding: bytes[(cursor + 1)..<close], as: UTF8.self)
            }
            var end = cursor
            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ";") { end += 1 }
            return String(decoding: bytes[cursor..<end], as: UTF8.self)
        }
        return nil
    }

    private mutating func skipSpaces() {
        while position < bytes.endIndex, isSpace(bytes[position]) { position += 1 }
    }

    private func starts(with literal: String) -> Bool {
        var index = position
        for expected in literal.utf8 {
            guard index < bytes.endIndex, lowercase(bytes[index]) == expected else { return false }
            index += 1
        }
        return true
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        let pattern = Array(literal.utf8)
        var index = start
        while index + pattern.count <= bytes.endIndex {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func byte(at index: Int) -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }

    private func isLetter(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return false }
        return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private func lowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}

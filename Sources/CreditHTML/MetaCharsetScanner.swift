/// Finds a charset declared in `<meta>` tags near the top of a page, without parsing it.
///
/// A cut-down version of the HTML standard's prescan: it looks at the first 4 KiB, skips
/// comments, and reads `charset=` from `<meta charset>` or from the `content` of a
/// `<meta http-equiv="content-type">`.
enum MetaCharsetScanner {
    static let window = 4096

    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, window)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matches(bytes, at: index, "<!--") {
                index = skipComment(bytes, from: index + 4, end: end)
                continue
            }
            if matches(bytes, at: index, "<meta"), index + 5 < end,
                isSeparator(bytes[index + 5])
            {
                let (attributes, next) = readAttributes(bytes, from: index + 5, end: end)
                index = next
                if let charset = charset(from: attributes) { return charset }
                continue
            }
            index += 1
        }
        return nil
    }

    private static func charset(from attributes: [(String, String)]) -> String? {
        if let direct = attributes.first(where: { $0.0 == "charset" })?.1, !direct.isEmpty {
            return direct
        }
        guard attributes.contains(where: { $0.0 == "http-equiv" && $0.1 == "content-type" }),
            let content = attributes.first(where: { $0.0 == "content" })?.1,
            let range = content.range(of: "charset")
        else { return nil }
        var rest = content[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !";\"' ".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    /// Reads `name=value` pairs up to the closing `>`, lower-casing both.
    private static func readAttributes(_ bytes: [UInt8], from start: Int, end: Int)
        -> ([(String, String)], Int)
    {
        var attributes: [(String, String)] = []
        var index = start
        while index < end {
            while index < end, isSeparator(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                index += 1
            }
            guard index < end, bytes[index] != UInt8(ascii: ">") else { return (attributes, index + 1) }
            var name: [UInt8] = []
            while index < end, !isSeparator(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: ">")
            {
                name.append(lowercase(bytes[index]))
                index += 1
            }
            while index < end, isSeparator(bytes[index]) { index += 1 }
            var value: [UInt8] = []
            if index < end, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < end, isSeparator(bytes[index]) { index += 1 }
                if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    while index < end, bytes[index] != quote {
                        value.append(lowercase(bytes[index]))
                        index += 1
                    }
                    index += 1
                } else {
                    while index < end, !isSeparator(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        value.append(lowercase(bytes[index]))
                        index += 1
                    }
                }
            }
            if name.isEmpty { index += 1 }
            attributes.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
        }
        return (attributes, index)
    }

    private static func skipComment(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index + 2 < end {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                bytes[index + 2] == UInt8(ascii: ">")
            {
                return index + 3
            }
            index += 1
        }
        return end
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ literal: String) -> Bool {
        let pattern = Array(literal.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where lowercase(bytes[index + offset]) != pattern[offset] {
            return false
        }
        return true
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}

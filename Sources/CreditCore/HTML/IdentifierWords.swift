/// An element's `class` and `id`, split the ways the scanner matches them; computed once
/// per element.
struct IdentifierWords: Sendable {
    /// Class names, lower-cased.
    var classNames: [String] = []
    /// Class names and the id, lower-cased.
    var tokens: [String] = []
    /// Words of the class names and the id (``HTMLNode/classAndIDWords``).
    var words: Set<String> = []

    init(_ attributes: [HTMLAttribute]) {
        var classValue: String?
        var idValue: String?
        for attribute in attributes {
            if attribute.name == "class", classValue == nil { classValue = attribute.value }
            if attribute.name == "id", idValue == nil { idValue = attribute.value }
        }
        guard classValue != nil || idValue != nil else { return }
        if let classValue {
            classNames = Self.classTokens(classValue)
            words.formUnion(HTMLNode.splitIdentifierWords(classValue))
        }
        tokens = classNames
        if let idValue {
            let id = idValue.lowercased()
            if !id.isEmpty { tokens.append(id) }
            words.formUnion(HTMLNode.splitIdentifierWords(idValue))
        }
    }
}

extension IdentifierWords {
    /// The lower-cased, whitespace-separated tokens of a `class` value; bytes for ASCII.
    static func classTokens(_ value: String) -> [String] {
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else {
            return value.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in value.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}

extension HTMLNode {
    /// ``splitIdentifierWords(_:)`` for the common all-ASCII value, byte by byte: the
    /// `Character` properties it would otherwise ask for are Unicode table lookups.
    static func splitASCIIIdentifierWords(_ value: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper || isLower || isDigit {
                if isUpper && previousWasLower && !current.isEmpty { flush() }
                current.append(isUpper ? byte + 0x20 : byte)
                previousWasLower = isLower
            } else {
                flush()
                previousWasLower = false
            }
        }
        flush()
        return words
    }
}

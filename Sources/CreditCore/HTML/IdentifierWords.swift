/// An element's `class` and `id`, split the ways the scanner matches them; computed once
/// per element.
struct IdentifierWords: Sendable {
    /// Class names, lower-cased.
    var classNames: [String] = []
    /// Class names and the id, lower-cased.
    var tokens: [String] = []
    /// Words of the class names and the id (``HTMLNode/classAndIDWords``), in order and
    /// with repeats: tests of a few words against a vocabulary need no set of their own.
    var words: [String] = []

    init(_ attributes: [HTMLAttribute]) {
        var classValue: String?
        var idValue: String?
        for attribute in attributes {
            if attribute.name == "class", classValue == nil { classValue = attribute.value }
            if attribute.name == "id", idValue == nil { idValue = attribute.value }
        }
        guard classValue != nil || idValue != nil else { return }
        var allWords: [String] = []
        if let classValue {
            classNames = Self.classTokens(classValue)
            allWords = HTMLNode.splitIdentifierWords(classValue)
        }
        tokens = classNames
        if let idValue {
            let id = idValue.lowercased()
            if !id.isEmpty { tokens.append(id) }
            allWords += HTMLNode.splitIdentifierWords(idValue)
        }
        words = allWords
    }
}

extension IdentifierWords {
    /// The lower-cased, whitespace-separated tokens of a `class` value; bytes for ASCII.
    static func classTokens(_ value: String) -> [String] {
        guard value.isASCIIOnly else {
            return value.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
        return value.utf8.withContiguousStorageIfAvailable { bytes in
            var tokens: [String] = []
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte.isASCIIWhitespace {
                if offset > start { tokens.append(lowercasedASCII(bytes[start..<offset])) }
                start = offset + 1
            }
            if bytes.count > start { tokens.append(lowercasedASCII(bytes[start...])) }
            return tokens
        } ?? classTokens(contiguous(value))
    }

    /// A copy of a bridged string in native, contiguous UTF-8.
    static func contiguous(_ value: String) -> String {
        var copy = value
        copy.makeContiguousUTF8()
        return copy
    }

    /// ASCII bytes lower-cased straight into a new string, with no buffer in between.
    static func lowercasedASCII(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for (offset, byte) in zip(output.indices, bytes) {
                output[offset] = byte.asciiLowercased
            }
            return bytes.count
        }
    }
}

extension HTMLNode {
    /// ``splitIdentifierWords(_:)`` for the common all-ASCII value, byte by byte: the
    /// `Character` properties it would otherwise ask for are Unicode table lookups.
    static func splitASCIIIdentifierWords(_ value: String) -> [String] {
        value.utf8.withContiguousStorageIfAvailable { bytes in
            var words: [String] = []
            var start = 0
            var previousWasLower = false
            for (offset, byte) in bytes.enumerated() {
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isLower = byte >= 0x61 && byte <= 0x7A
                let isDigit = byte >= 0x30 && byte <= 0x39
                if isUpper || isLower || isDigit {
                    // A hump starts a new word.
                    if isUpper && previousWasLower && offset > start {
                        words.append(IdentifierWords.lowercasedASCII(bytes[start..<offset]))
                        start = offset
                    }
                    previousWasLower = isLower
                } else {
                    if offset > start { words.append(IdentifierWords.lowercasedASCII(bytes[start..<offset])) }
                    start = offset + 1
                    previousWasLower = false
                }
            }
            if bytes.count > start { words.append(IdentifierWords.lowercasedASCII(bytes[start...])) }
            return words
        } ?? splitASCIIIdentifierWords(IdentifierWords.contiguous(value))
    }
}

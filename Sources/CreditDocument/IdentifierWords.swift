import CreditLicenses

/// An element's `class` and `id`, split the ways the scanner matches them; computed once
/// per element that has either, and shared by every copy of the node.
///
/// A class rather than a struct: a node is copied often (`let node = nodes[index]`), and one
/// optional reference costs a copy less than three arrays; most elements have neither
/// attribute and carry no reference at all.
package final class IdentifierWords: Sendable {
    /// Class names, lower-cased.
    package let classNames: [String]
    /// Class names and the id, lower-cased.
    let tokens: [String]
    /// Words of the class names and the id (``HTMLNode/classAndIDWords``), in order and
    /// with repeats: tests of a few words against a vocabulary need no set of their own.
    package let words: [String]
    /// What the scanner's vocabularies say of these words, judged once per split.
    package let verdicts: IdentifierVerdicts

    /// What an element without `class` or `id` has.
    static let none = IdentifierWords(classNames: [], tokens: [], words: [])

    private init(classNames: [String], tokens: [String], words: [String]) {
        self.classNames = classNames
        self.tokens = tokens
        self.words = words
        verdicts = IdentifierVerdicts(tokens: tokens, words: words)
    }

    /// The identifiers of an element with these attributes, or nil when it has no `class`
    /// and no `id`.
    package static func of(_ attributes: [HTMLAttribute]) -> IdentifierWords? {
        var classValue: String?
        var idValue: String?
        for attribute in attributes {
            let name = attribute.name.utf8
            // Only names of length 2 or 5 can match: skip the string comparison otherwise.
            if name.count == 5, classValue == nil, attribute.name == "class" { classValue = attribute.value }
            if name.count == 2, idValue == nil, attribute.name == "id" { idValue = attribute.value }
        }
        guard classValue != nil || idValue != nil else { return nil }
        var classNames: [String] = []
        var words: [String] = []
        if let classValue {
            if classValue.isASCIIOnly {
                // One pass over contiguous UTF-8; a bridged string is made native first.
                if !splitASCII(classValue, tokens: &classNames, words: &words) {
                    _ = splitASCII(contiguous(classValue), tokens: &classNames, words: &words)
                }
            } else {
                classNames = classTokens(classValue)
                words = HTMLNode.splitIdentifierWords(classValue)
            }
        }
        var tokens = classNames
        if let idValue {
            let id = idValue.lowercased()
            if !id.isEmpty { tokens.append(id) }
            words += HTMLNode.splitIdentifierWords(idValue)
        }
        return IdentifierWords(classNames: classNames, tokens: tokens, words: words)
    }

    /// The class tokens and the words of an ASCII `class` value in one pass over its bytes;
    /// false when the string has no contiguous UTF-8 to read.
    private static func splitASCII(_ value: String, tokens: inout [String], words: inout [String]) -> Bool {
        value.utf8.withContiguousStorageIfAvailable { bytes in
            // Count first, so that each list is allocated once at its size.
            var tokenCount = 0
            var wordCount = 0
            var previous: UInt8 = 0x20
            for byte in bytes {
                if !byte.isASCIIWhitespace && previous.isASCIIWhitespace { tokenCount += 1 }
                let isAlphanumeric = byte.isASCIIAlphanumeric
                if isAlphanumeric && (!previous.isASCIIAlphanumeric || (byte.isASCIIUpper && previous.isASCIILower)) {
                    wordCount += 1
                }
                previous = byte
            }
            tokens.reserveCapacity(tokenCount)
            words.reserveCapacity(wordCount + 2)
            var tokenStart = 0
            var wordStart = 0
            var previousWasLower = false
            for (offset, byte) in bytes.enumerated() {
                if byte.isASCIIWhitespace {
                    if offset > tokenStart { tokens.append(lowercasedASCII(bytes[tokenStart..<offset])) }
                    tokenStart = offset + 1
                }
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isLower = byte >= 0x61 && byte <= 0x7A
                if isUpper || isLower || (byte >= 0x30 && byte <= 0x39) {
                    // A hump starts a new word.
                    if isUpper && previousWasLower && offset > wordStart {
                        words.append(lowercasedASCII(bytes[wordStart..<offset]))
                        wordStart = offset
                    }
                    previousWasLower = isLower
                } else {
                    if offset > wordStart { words.append(lowercasedASCII(bytes[wordStart..<offset])) }
                    wordStart = offset + 1
                    previousWasLower = false
                }
            }
            if bytes.count > tokenStart { tokens.append(lowercasedASCII(bytes[tokenStart...])) }
            if bytes.count > wordStart { words.append(lowercasedASCII(bytes[wordStart...])) }
            return true
        } ?? false
    }
}

extension IdentifierWords {
    /// The lower-cased, whitespace-separated tokens of a `class` value (an ASCII value takes
    /// the byte path of `splitASCII` instead).
    static func classTokens(_ value: String) -> [String] {
        value.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
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

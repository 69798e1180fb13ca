/// Finds any agency of ``CreditVocabulary/agencies`` in a lower-cased text as a whole word,
/// in one pass over the text's bytes.
///
/// The scanner asks whether a text names an agency for every word at the end of a caption;
/// trying each of the 130 names in turn would cost about 1% of a scan. Answers are those of
/// ``CreditEvidence/containsWord(_:_:)`` for each agency: an occurrence counts when neither
/// the character before nor the one after it is a word character.
struct AgencyMatcher: Sendable {
    static let shared = AgencyMatcher(CreditVocabulary.agencies)

    /// The agencies as fragments; an occurrence still has to stand as a word.
    private let names: FragmentMatcher

    init(_ agencies: [String]) {
        names = FragmentMatcher([agencies])
    }

    /// Whether one of the agencies occurs in `lower` as a whole word.
    func matches(_ lower: String) -> Bool {
        var text = lower
        return text.withUTF8 { bytes in
            var found = false
            names.visitMatches(in: bytes) { start, count in
                found = isBoundary(before: start, bytes, lower) && isBoundary(after: start + count, bytes, lower)
                return found
            }
            return found
        }
    }

    /// Whether the character ending at byte `offset` is no word character (or there is none).
    private func isBoundary(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard offset > 0 else { return true }
        let byte = bytes[offset - 1]
        if byte < 0x80 { return !CreditEvidence.isASCIIWordByte(byte) }
        let index = text.utf8.index(text.startIndex, offsetBy: offset)
        return !CreditEvidence.isWordCharacter(text[text.index(before: index)])
    }

    /// Whether the character starting at byte `offset` is no word character (or there is none).
    private func isBoundary(after offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard offset < bytes.count else { return true }
        let byte = bytes[offset]
        // An ASCII byte followed by a combining mark is another character: ask the string.
        if byte < 0x80 && (offset + 1 == bytes.count || bytes[offset + 1] < 0x80) {
            return !CreditEvidence.isASCIIWordByte(byte)
        }
        return !CreditEvidence.isWordCharacter(text[text.utf8.index(text.startIndex, offsetBy: offset)])
    }
}

import Testing

@testable import CreditLicenses

/// The phrase trie: phrases sharing their beginnings, several payloads on one phrase, phrases
/// spread over tokens, and the walk's stops.
@Suite("Phrase trie")
struct PhraseTrieTests {
    static func trie(_ phrases: [(String, Int)]) -> PhraseTrie<Int> {
        var trie = PhraseTrie<Int>()
        for (phrase, payload) in phrases { trie.insert(phrase, payload: payload) }
        return trie
    }

    /// (index of the last token, payloads) of every phrase starting at token `start`.
    static func found(_ trie: PhraseTrie<Int>, in text: String, at start: Int = 0) -> [[Int]] {
        let tokens = TextFolding.tokenize(text)
        return trie.matches(in: tokens, at: start).map { [$0.end] + $0.payloads }
    }

    @Test("every phrase that ends on a token boundary is found, shortest first")
    func prefixes() {
        let trie = Self.trie([("by", 1), ("by sa", 2), ("by-nc-sa", 3), ("bysa", 4)])
        #expect(Self.found(trie, in: "BY-SA 4.0") == [[0, 1], [1, 2, 4]])
        #expect(Self.found(trie, in: "by nc sa") == [[0, 1], [2, 3]])
        #expect(Self.found(trie, in: "abbey") == [])
        #expect(Self.found(trie, in: "byline") == [])
    }

    @Test("phrases that share their first letters beyond ASCII keep their own payloads")
    func nonASCIIRoots() {
        let trie = Self.trie([("Намеси", 1), ("Намалено", 2), ("署名", 3), ("署", 4), ("éponyme", 5)])
        #expect(Self.found(trie, in: "намеси") == [[0, 1]])
        #expect(Self.found(trie, in: "Намалено") == [[0, 2]])
        #expect(Self.found(trie, in: "署名") == [[0, 4], [1, 3]])
        #expect(Self.found(trie, in: "Éponyme") == [[0, 5]])
        #expect(Self.found(trie, in: "Нам") == [])
    }

    @Test("a phrase added twice keeps both payloads, in the order they were added")
    func repeatedPhrase() {
        let trie = Self.trie([("share alike", 7), ("ShareAlike", 8)])
        #expect(Self.found(trie, in: "share-alike") == [[1, 7, 8]])
    }

    @Test("a walk starts at the given token")
    func walkBounds() {
        let trie = Self.trie([("attribution", 1), ("attribution sharealike", 2)])
        #expect(Self.found(trie, in: "CC Attribution ShareAlike", at: 1) == [[1, 1], [2, 2]])
        #expect(Self.found(trie, in: "CC Attribution ShareAlike", at: 0) == [])
    }
}

import CreditCore
import Foundation
import Testing

@testable import CreditStore

/// The JSON columns are read by ``JSONColumnReader`` instead of `JSONDecoder`: whatever wrote
/// them (this version's writers, GRDB's `JSONEncoder` in older databases, SQLite), they must
/// read back as the same values, and whatever `JSONDecoder` refused must be refused too.
@Suite("JSON columns read without JSONDecoder")
struct JSONColumnsTests {
    /// Strings every escape of JSON touches, non-ASCII and astral ones included.
    static let strings = [
        "", "plain", "https://example.org/a/b.jpg?w=1&h=2", "quote \" back\\slash / slash",
        "line\nbreak\r\ttab\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}", "é ü ß 中文 한국어", "😀 👨‍👩‍👧 𝄞",
        "\u{2028}\u{2029}\u{FEFF}\u{202E}", "</script><!--", "{\"json\": [1, 2]}",
    ]

    /// `JSONEncoder` as GRDB configures it for JSON columns.
    private static func grdb(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func foundation<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    // MARK: Round trips

    @Test("credit origins written by either encoder read back", arguments: strings)
    func origins(text: String) throws {
        let origins: [CreditField: FieldOrigin] = [
            .text: FieldOrigin(method: .text, element: text + "figcaption", line: 3, property: nil),
            .author: FieldOrigin(method: .jsonLD, element: "script", line: 1_000_000, property: text),
            .licenseURL: FieldOrigin(method: .link, element: "a[rel=license]" + text, line: 0, property: "href"),
        ]
        for origins in [origins, [:]] {
            #expect(try JSONColumns.origins(CompactJSONEncoder.origins(origins)) == origins)
            #expect(try JSONColumns.origins(Self.grdb(origins)) == origins)
        }
    }

    @Test("image metadata written by either encoder reads back", arguments: strings)
    func metadata(text: String) throws {
        let values = [
            ImageMetadata(format: .microdata, line: 2),
            ImageMetadata(
                format: .rdfa, line: 7, creditText: text, creator: text + "c", copyrightNotice: "© " + text,
                license: "https://creativecommons.org/licenses/by/4.0/", acquireLicensePage: text + "/buy",
                title: text, attributionURL: "https://example.org/" + text),
        ]
        for value in values {
            #expect(try JSONColumns.metadata(CompactJSONEncoder.metadata(value)) == value)
            #expect(try JSONColumns.metadata(Self.grdb(value)) == value)
        }
    }

    @Test("image evidence written by either encoder reads back", arguments: strings)
    func evidence(text: String) throws {
        let values = [
            ImageEvidence(),
            ImageEvidence(summary: text),
            ImageEvidence(
                article: text + "article", articleBasis: text,
                candidates: [CreditCandidate(strategy: "adjacent-line", text: text, lostTo: nil, reason: text + "/r")],
                check: "link", duplicateOf: "https://example.org/" + text, inArticle: false, licenseFrom: text,
                signals: [EvidenceSignal(name: "card-word", weight: -2, detail: text)], strategy: text,
                summary: text + "s", threshold: 0),
        ]
        for value in values {
            #expect(try JSONColumns.evidence(CompactJSONEncoder.evidence(value), column: "image.evidence") == value)
            #expect(try JSONColumns.evidence(Self.grdb(value), column: "image.evidence") == value)
        }
    }

    @Test("lists of strings and skipped images read back", arguments: strings)
    func lists(text: String) throws {
        for list in [[], [text], [text, "", text + "/x"]] {
            #expect(try JSONColumns.strings(Self.grdb(list), column: "image.sources") == list)
            let plain = JSONEncoder()
            plain.outputFormatting = .withoutEscapingSlashes
            let unescaped = String(decoding: try plain.encode(list), as: UTF8.self)
            #expect(try JSONColumns.strings(unescaped, column: "image.sources") == list)
        }
        let skipped = [
            SkippedImage(src: text, line: 3, reason: "logo"), SkippedImage(src: "p.gif", line: -1, reason: text),
            SkippedImage(src: "q.png", line: 4, reason: "icon", evidence: ImageEvidence(summary: text)),
            SkippedImage(
                src: "r.png", line: 5, reason: text,
                evidence: ImageEvidence(
                    article: text, check: text, duplicateOf: text, inArticle: false,
                    signals: [EvidenceSignal(name: text, weight: -1, detail: text)], threshold: 0)),
        ]
        #expect(try SkippedColumn.images(SkippedColumn.text(skipped)) == skipped)
    }

    // MARK: The same answers as JSONDecoder

    /// Texts for a list of strings, good and bad, each checked against `JSONDecoder`.
    static let stringLists = [
        "[]", " [ ] ", "[\"a\"]", "[ \"a\" , \"b\" ]\n", "[\"\\u00e9\\u4E2D\"]", "[\"\\ud83d\\ude00\"]",
        "[\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"]", "[\"\\u0000\"]",
        // JSONDecoder allows a trailing comma.
        "[\"a\",]", "[\"a\", ]",
        // Damaged: not lists of strings, or not JSON at all.
        "", "[", "]", "[\"a\",,]", "[,]", "[\"a\" \"b\"]", "[\"a\"] x", "[\"a\"][]", "[1]", "[null]", "null",
        "{}", "\"a\"", "[\"a]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]", "[\"\\ud83d\"]",
        "[\"\\ud83dx\"]", "[\"\\ude00\"]", "[\"\\ud83d\\u0041\"]", "[\"tab\there\"]", "[\"line\nbreak\"]",
        "[\"a\\", "[[\"a\"]]",
    ]

    @Test("a list of strings reads as JSONDecoder read it", arguments: stringLists)
    func stringList(text: String) {
        let expected = Self.foundation([String].self, text)
        #expect((try? JSONColumns.strings(text, column: "image.sources")) == expected)
    }

    /// Texts for a credit's origins, good and bad, each checked against `JSONDecoder`.
    static let originTexts = [
        "{}", "{ }", #"{"text":{"element":"p","line":1,"method":"text"}}"#,
        #"{"author":{"method":"json-ld","line":2,"element":"script","property":"creator"}}"#,
        #"{"title":{"element":"h1","line":3,"method":"rdfa","property":null}}"#,
        #"{"title":{"element":"h1","line":3,"method":"rdfa","extra":[1,{"a":null},true,-2.5e3]}}"#,
        #"{"text":{"element":"p","line":1.0,"method":"text"}}"#, #"{"text":{"element":"p","line":-0,"method":"text"}}"#,
        #"{"text":{"element":"p","line":9223372036854775807,"method":"text"}}"#,
        #"{"text":{"element":"p","line":1,"method":"text"},"caption":{"element":"figcaption","line":4,"method":"text"}}"#,
        // A repeated member: the first one counts, the others are not read.
        #"{"text":{"element":"p","line":1,"line":2,"method":"text"}}"#,
        #"{"text":{"element":"p","line":1,"method":"text"},"text":{"element":"q","line":5,"method":"link"}}"#,
        #"{"text":{"element":"p","line":1E1,"method":"text","property":"a","property":null}}"#,
        #"{"text":{"element":"p","line":1,"method":"text"},"text":{"line":"x"}}"#,
        // Damaged: an unknown field or method, a member missing, null or of the wrong type.
        #"{"photographer":{"element":"p","line":1,"method":"text"}}"#,
        #"{"text":{"element":"p","line":1,"method":"telepathy"}}"#, #"{"text":{"element":"p","method":"text"}}"#,
        #"{"text":{"element":null,"line":1,"method":"text"}}"#, #"{"text":{"element":"p","line":"1","method":"text"}}"#,
        #"{"text":{"element":"p","line":1.5,"method":"text"}}"#, #"{"text":{"element":"p","line":01,"method":"text"}}"#,
        #"{"text":{"element":"p","line":9223372036854775808,"method":"text"}}"#,
        #"{"text":{"element":"p","line":1,"method":"text","property":2}}"#,
        #"{"text":{"element":"p","line":1,"method":"text",},}"#, #"{"text":{"element":"p","line":1,"method":"text"}"#,
        #"{,}"#, #"{"text":{"element":"p","line":1,"method":"text"},,}"#,
        #"{"text":{"element":"p","line":1,"method":"text","x":[1,}}"#,
        #"{"text":{"element":"p","line":-,"method":"text"}}"#,
        #"{"text" {"element":"p","line":1,"method":"text"}}"#, #"{text:{"element":"p","line":1,"method":"text"}}"#,
        "[]", "null", "{", "}", "", #"{"text":nul}"#, #"{"text":{"element":"p","line":1,"method":"text","x":tru}}"#,
        #"{"text":{"element":"p","line":1e,"method":"text"}}"#, #"{"text":{"element":"p","line":1.,"method":"text"}}"#,
    ]

    @Test("origins read as JSONDecoder read them", arguments: originTexts)
    func originText(text: String) {
        let expected = Self.foundation([CreditField: FieldOrigin].self, text)
        #expect((try? JSONColumns.origins(text)) == expected)
    }

    /// Texts for an image's metadata, good and bad, each checked against `JSONDecoder`.
    static let metadataTexts = [
        #"{"format":"json-ld","line":4}"#, #"{"line":4,"format":"microdata","creator":"Ann \u00e9","license":null}"#,
        #"{"acquireLicensePage":"https:\/\/x","attributionURL":"u","copyrightNotice":"c","creditText":"t","creator":"a","format":"rdfa","license":"l","line":0,"title":"n"}"#,
        #"{"format":"rdfa","line":0,"unknown":{"nested":[[[]]]}}"#,
        #"{"format":"rdfa","line":0,"title":"a","title":null,"format":7,"creator":null,"creator":"b"}"#,
        // Damaged.
        #"{"format":"rdfa"}"#, #"{"line":1}"#, #"{"format":"html","line":1}"#, #"{"format":"rdfa","line":1,"title":5}"#,
        #"{"format":null,"line":1}"#, "null", "[]", "{\"format\":\"rdfa\",\"line\":1} {}", "",
    ]

    /// Texts for an image's evidence, good and bad, each checked against `JSONDecoder`.
    static let evidenceTexts = [
        "{}", #""links to another page""#, #"{"check":"link","summary":"a \/ b","threshold":2.0}"#,
        #"{"inArticle":true,"signals":[{"detail":"d","name":"n","weight":-1}],"unknown":[{}]}"#,
        #"{"candidates":[{"lostTo":null,"reason":"r","strategy":"s","text":"t"}],"article":null}"#,
        #"{"summary":"a","summary":null,"check":"x","check":5}"#,
        // Damaged.
        #"{"inArticle":"yes"}"#, #"{"signals":[{"name":"n","weight":1}]}"#, #"{"threshold":1.5}"#,
        #"{"candidates":[{"strategy":"s","text":"t"}]}"#, "null", "[]", "5", #"{"check":"a"} {}"#, "",
    ]

    @Test("evidence reads as JSONDecoder read it", arguments: evidenceTexts)
    func evidenceText(text: String) {
        let expected = Self.foundation(ImageEvidence.self, text)
        #expect((try? JSONColumns.evidence(text, column: "image.evidence")) == expected)
    }

    @Test("metadata reads as JSONDecoder read it", arguments: metadataTexts)
    func metadataText(text: String) {
        let expected = Self.foundation(ImageMetadata.self, text)
        #expect((try? JSONColumns.metadata(text)) == expected)
    }

    // MARK: Damage

    @Test("damage is a RecordMappingError naming the column", arguments: ["{", "[", "\"", "{\"a\":", "[1,", "nul"])
    func damaged(text: String) {
        #expect {
            try JSONColumns.strings(text, column: "credit.modifications")
        } throws: { ($0 as? RecordMappingError)?.reason.contains("credit.modifications") == true }
        #expect(throws: RecordMappingError.self) { try JSONColumns.origins(text) }
        #expect(throws: RecordMappingError.self) { try JSONColumns.metadata(text) }
        #expect(throws: RecordMappingError.self) { try JSONColumns.evidence(text, column: "image.evidence") }
        #expect(throws: RecordMappingError.self) { try SkippedColumn.images(text) }
    }

    @Test("nesting deep enough to exhaust the stack is refused, not followed")
    func deepNesting() {
        let deep = #"{"format":"rdfa","line":1,"x":"# + String(repeating: "[", count: 100_000) + "}"
        #expect(throws: RecordMappingError.self) { try JSONColumns.metadata(deep) }
    }

    @Test(
        "a damaged JSON column is a clear error when pages are read back, not a crash",
        arguments: [
            ("credit", "origins"), ("credit", "modifications"), ("image", "sources"), ("image", "missing_parts"),
            ("image", "metadata"),
            ("document", "skipped"),
        ])
    func damagedInStore(table: String, column: String) throws {
        let store = try ReportStore.inMemory()
        let run = try store.record(Fixtures.rich())
        try store.executeForTesting("UPDATE \(table) SET \(column) = '{\"broken' WHERE \(column) IS NOT NULL")
        #expect {
            try store.forEachDocument(run: run) { _ in }
        } throws: { error in
            guard case .unreadable(_, let reason) = error as? StoreError else { return false }
            return reason.contains("\(table).\(column)")
        }
    }
}

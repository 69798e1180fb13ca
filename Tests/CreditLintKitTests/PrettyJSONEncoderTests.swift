import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@testable import CreditModel
@testable import CreditReporting

/// The report's own JSON encoder must write exactly what Foundation's `JSONEncoder` writes
/// with the report's options, on real pages and on values chosen to break it.
@Suite("Pretty JSON encoder against JSONEncoder")
struct PrettyJSONEncoderTests {
    private static func foundation(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test func everyPageOfTheExamplesEncodesTheSame() throws {
        #expect(try Self.compareEncodings(of: TestFiles.examples) >= 5)
    }

    @Test(.needsDevCorpus) func everyPageOfTheDevCorpusEncodesTheSame() throws {
        #expect(try Self.compareEncodings(of: TestFiles.devCorpusPages) >= 40)
    }

    /// Scans a folder and compares both encoders on each page; returns the number of pages.
    private static func compareEncodings(of folder: URL) throws -> Int {
        var options = ScanOptions(root: folder.path)
        options.jobs = 1
        let documents = try CreditLint.scanWithoutRecording(options).documents
        for document in documents {
            #expect(PrettyJSONEncoder.encode(document) == (try Self.foundation(document)), "\(document.path)")
        }
        return documents.count
    }

    static let hostileStrings = [
        "", "plain", "quote \" and back\\slash / slash", "line\nbreak\r\ttab\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}",
        "é ü ß 中文 한국어 😀 👨‍👩‍👧", "\u{2028}\u{2029}\u{FEFF}", "</script><!--", "{\"json\": [1, 2]}",
    ]

    @Test(arguments: hostileStrings)
    func aPageFullOfAwkwardStringsEncodesTheSame(_ text: String) throws {
        // Each field its own value, so that two fields swapped would show.
        var counter = 0
        func value() -> String {
            counter += 1
            return text + String(counter)
        }
        let origin = FieldOrigin(method: .text, element: value(), line: 3, property: text.isEmpty ? nil : value())
        let credit = ImageCredit(
            text: value(), caption: value(), author: nil, source: value(), title: value(), licenseText: value(),
            licenseURL: value(), sourceURL: value(), ownWork: true, modifications: [value(), "cropped"],
            strategy: .figcaption, origins: [.text: origin, .author: origin, .licenseURL: origin])
        let image = ScannedImage(
            src: value(), sources: [value(), value()], line: 7, fingerprint: "f", alt: value(), credit: credit,
            license: ImageLicense(id: "CC-BY-4.0", name: value(), url: value(), evidence: value()),
            metadata: ImageMetadata(
                format: .jsonLD, line: 1, creditText: value(), creator: value(), copyrightNotice: value(),
                license: value(), acquireLicensePage: value(), title: value(), attributionURL: value()),
            findings: [
                Finding(rule: "missing-author", severity: .warning, message: value(), line: 7, column: nil),
                Finding(
                    rule: "missing-title", severity: .note, message: value(), line: 8, column: 3, image: value(),
                    suggestion: value()),
            ])
        var document = DocumentReport(
            path: value(), size: 0, sha256: "", encoding: "utf-8",
            images: [image, ScannedImage(src: "x", line: 1, fingerprint: "")],
            skipped: [
                SkippedImage(src: value(), line: 0, reason: "icon"),
                SkippedImage(
                    src: value(), line: 3, reason: "related-posts",
                    evidence: ImageEvidence(
                        article: value(), check: value(), inArticle: true,
                        signals: [EvidenceSignal(name: value(), weight: 1, detail: value())], summary: value(),
                        threshold: 2)),
            ], findings: [], parseErrors: 2)
        #expect(PrettyJSONEncoder.encode(document) == (try Self.foundation(document)))
        document.reusedFrom = 4
        document.pageLicense = ImageLicense(id: text, evidence: text)
        #expect(PrettyJSONEncoder.encode(document) == (try Self.foundation(document)))
    }

    /// A value with awkward keys and every kind of scalar, given both as `Encodable` and to
    /// the writer in no particular order, so that the writer's key sorting, empty containers
    /// and scalars meet `JSONEncoder`.
    private struct Keys: Encodable, JSONWritable {
        // A capital sorts before every lower-case letter: the key order must follow the bytes.
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var Zeta = 1, alpha = 2, sourceURL = 3, sources = 4
        var nested: [String: [Int]] = ["b": [], "a": [1, -2], "": [Int.max], "a\u{301}": [0]]
        var optional: String? = nil
        var flags = [true, false]

        func write(to writer: inout JSONWriter) {
            var entries: [(key: String, write: (inout JSONWriter) -> Void)] = [
                ("Zeta", { $0.number(Zeta) }), ("alpha", { $0.number(alpha) }),
                ("sourceURL", { $0.number(sourceURL) }), ("sources", { $0.number(sources) }),
            ]
            entries.append(
                (
                    "nested",
                    { writer in
                        writer.sortedObject(
                            nested.map { key, list in
                                (
                                    key,
                                    { writer in
                                        writer.beginArray()
                                        for value in list {
                                            writer.nextItem()
                                            writer.number(value)
                                        }
                                        writer.endArray()
                                    }
                                )
                            })
                    }
                ))
            if let optional { entries.append(("optional", { $0.string(optional) })) }
            entries.append(
                (
                    "flags",
                    { writer in
                        writer.beginArray()
                        for flag in flags {
                            writer.nextItem()
                            writer.bool(flag)
                        }
                        writer.endArray()
                    }
                ))
            writer.sortedObject(entries)
        }
    }

    /// A bare list of optional values.
    private struct Listed: Encodable, JSONWritable {
        var items: [Keys?]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(items)
        }

        func write(to writer: inout JSONWriter) {
            writer.beginArray()
            for item in items {
                writer.nextItem()
                if let item { item.write(to: &writer) } else { writer.null() }
            }
            writer.endArray()
        }
    }

    /// The model writers list their keys in byte order, as `.sortedKeys` writes them; a key
    /// added out of order would make the output differ from `JSONEncoder`'s.
    @Test func modelWritersListTheirKeysInOrder() {
        let origin = FieldOrigin(method: .text, element: "p", line: 3, property: "x")
        let credit = ImageCredit(
            text: "t", caption: "c", author: "a", source: "s", title: "t", licenseText: "l", licenseURL: "u",
            sourceURL: "v", ownWork: true, modifications: ["cropped"], strategy: .figcaption,
            origins: Dictionary(uniqueKeysWithValues: CreditField.allCases.map { ($0, origin) }))
        let license = ImageLicense(id: "CC-BY-4.0", name: "n", url: "u", evidence: "e")
        let image = ScannedImage(
            src: "s", sources: ["a"], line: 7, fingerprint: "f", alt: "a", credit: credit, license: license,
            metadata: ImageMetadata(
                format: .jsonLD, line: 1, creditText: "c", creator: "c", copyrightNotice: "c", license: "l",
                acquireLicensePage: "a", title: "t", attributionURL: "u"),
            findings: [
                Finding(rule: "r", severity: .note, message: "m", line: 8, column: 3, image: "i", suggestion: "s")
            ])
        var document = DocumentReport(
            path: "p", size: 0, sha256: "", encoding: "utf-8", images: [image],
            skipped: [SkippedImage(src: "s", line: 0, reason: "icon", evidence: ImageEvidence(summary: "e"))],
            findings: [], parseErrors: 2)
        document.reusedFrom = 4
        document.pageLicense = license
        var writer = JSONWriter(pretty: true, escapingSlashes: false)
        document.write(to: &writer)
        #if DEBUG
            #expect(writer.keysOutOfOrder.isEmpty, "\(writer.keysOutOfOrder)")
        #endif
        #expect(writer.bytes.count > 500)
    }

    @Test func keysSortByteForByteAndEmptyContainersKeepTheirBlankLine() throws {
        #expect(PrettyJSONEncoder.encode(Keys()) == (try Self.foundation(Keys())))
        let listed = Listed(items: [nil, Keys()])
        #expect(PrettyJSONEncoder.encode(listed) == (try Self.foundation(listed)))
    }

    @Test func indentingMatchesTheReportsLineByLineIndentation() throws {
        let document = DocumentReport(path: "a.html", size: 1, sha256: "s", encoding: "utf-8")
        var expected: [UInt8] = []
        JSONArraySplice.appendIndented(
            Data(try Self.foundation(document)), indent: Array(repeating: 0x20, count: 4), to: &expected)
        #expect(PrettyJSONEncoder.encode(document, indent: 4, indentFirstLine: true) == expected)
    }
}

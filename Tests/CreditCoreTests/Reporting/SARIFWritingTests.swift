import Foundation
import Testing

@testable import CreditModel
@testable import CreditReporting

/// SARIF results are written by ``JSONWriter`` rather than by `JSONEncoder`; the log must not
/// change by a byte, whatever the page text.
@Suite("SARIF results written by the fast writer")
struct SARIFWritingTests {
    static let strings = [
        "", "plain", "https://example.org/a/b.jpg?w=1&h=2", "quote \" back\\slash / slash",
        "line\nbreak\r\ttab\u{8}\u{C}",
        "\u{0}\u{1}\u{1F}\u{7F}", "é ü ß 中文 😀 👨‍👩‍👧", "\u{2028}\u{2029}\u{FEFF}", "</script><!--",
    ]

    private static func results(_ text: String) -> [SARIF.Result] {
        let credit = ImageCredit(
            text: text + "credit", caption: text, author: "Ann " + text, licenseText: "CC BY 4.0",
            licenseURL: "https://creativecommons.org/licenses/by/4.0/", modifications: [text, "cropped"],
            strategy: .figcaption,
            origins: [
                .text: FieldOrigin(method: .text, element: "figcaption", line: 3),
                .author: FieldOrigin(method: .jsonLD, element: text, line: 1, property: "creator"),
            ])
        let license = ImageLicense(id: "CC-BY-4.0", name: text, url: nil, evidence: "text+url")
        let region = SARIF.Region(startLine: 12, startColumn: 4)
        let relative = SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(
                artifactLocation: SARIF.ArtifactLocation(uri: "news/" + text, uriBaseId: "%SRCROOT%"), region: region))
        let absolute = SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(
                artifactLocation: SARIF.ArtifactLocation(
                    uri: "file:///" + text, description: SARIF.Message(text: text)),
                region: SARIF.Region(startLine: 1, startColumn: nil)))
        return [
            SARIF.Result(
                ruleId: "missing-author", ruleIndex: 3, level: "error", message: SARIF.Message(text: text),
                locations: [relative], partialFingerprints: ["creditlintFingerprint/v1": text + "0a1b"],
                properties: SARIF.ResultProperties(image: text, suggestion: text, credit: credit, license: license)),
            SARIF.Result(
                ruleId: text, ruleIndex: nil, level: "note", message: SARIF.Message(text: text, markdown: "*" + text),
                locations: [absolute, relative], partialFingerprints: ["b": text, "a": "1", "": ""], properties: nil),
            SARIF.Result(
                ruleId: "x", ruleIndex: 0, level: "warning", message: SARIF.Message(text: ""), locations: [],
                partialFingerprints: [:],
                properties: SARIF.ResultProperties(image: nil, suggestion: text, credit: nil, license: nil)),
        ]
    }

    @Test("a result reads exactly as JSONEncoder wrote it", arguments: strings)
    func sameAsJSONEncoder(text: String) throws {
        let encoder = JSONRenderer.encoder()
        for result in Self.results(text) {
            let written = String(decoding: PrettyJSONEncoder.encode(result), as: UTF8.self)
            #expect(written == String(decoding: try encoder.encode(result), as: UTF8.self))
            let skeleton = String(decoding: try encoder.encode(["results": [SARIF.Result]()]), as: UTF8.self)
            let splice = try #require(
                JSONArraySplice(skeleton: skeleton, key: SARIF.Run.CodingKeys.results, indent: 2, encoder: encoder))
            for first in [true, false] {
                #expect(splice.writtenElement(result, first: first) == (try splice.element(result, first: first)))
            }
        }
    }
}

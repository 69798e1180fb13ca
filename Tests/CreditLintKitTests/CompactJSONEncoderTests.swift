import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@testable import CreditModel
@testable import CreditReporting

/// The run database's JSON columns (field origins, structured metadata) must be written
/// exactly as GRDB's JSON encoder (`JSONEncoder` with `.sortedKeys`) wrote them, so that old
/// and new rows read back alike.
@Suite("Compact JSON encoder against GRDB's JSONEncoder")
struct CompactJSONEncoderTests {
    private static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(.needsDevCorpus) func everyCreditAndImageOfTheCorpusEncodesTheSame() throws {
        var options = ScanOptions(root: TestFiles.devCorpusPages.path)
        options.jobs = 1
        var (origins, metadata) = (0, 0)
        for document in try CreditLint.scanWithoutRecording(options).documents {
            for image in document.images {
                if let credit = image.credit {
                    #expect(CompactJSONEncoder.origins(credit.origins) == (try Self.foundation(credit.origins)))
                    origins += 1
                }
                if let value = image.metadata {
                    #expect(CompactJSONEncoder.metadata(value) == (try Self.foundation(value)))
                    metadata += 1
                }
            }
        }
        #expect(origins > 50 && metadata > 5)
    }

    @Test(arguments: PrettyJSONEncoderTests.hostileStrings)
    func awkwardStringsEncodeTheSame(_ text: String) throws {
        let origin = FieldOrigin(
            method: .attribute, element: text + "/e", line: 9, property: text.isEmpty ? nil : text + "p")
        let origins: [CreditField: FieldOrigin] = [
            .text: origin, .author: FieldOrigin(method: .jsonLD, element: "script", line: 1, property: nil),
            .licenseURL: origin,
        ]
        #expect(CompactJSONEncoder.origins(origins) == (try Self.foundation(origins)))
        #expect(CompactJSONEncoder.origins([:]) == (try Self.foundation([CreditField: FieldOrigin]())))
        let value = ImageMetadata(
            format: .microdata, line: 2, creditText: text + "1", creator: nil, copyrightNotice: text + "/3",
            license: "https://creativecommons.org/licenses/by/4.0/", acquireLicensePage: nil, title: text,
            attributionURL: text + "5")
        #expect(CompactJSONEncoder.metadata(value) == (try Self.foundation(value)))
        let evidence = ImageEvidence(
            article: text, articleBasis: text + "/b",
            candidates: [CreditCandidate(strategy: text, text: text + "t", lostTo: text, reason: text)],
            check: text, duplicateOf: text + "/d", inArticle: true, licenseFrom: text,
            signals: [EvidenceSignal(name: text, weight: 1, detail: text + "/")], strategy: text, summary: text,
            threshold: 2)
        #expect(CompactJSONEncoder.evidence(evidence) == (try Self.foundation(evidence)))
        #expect(CompactJSONEncoder.evidence(ImageEvidence()) == (try Self.foundation(ImageEvidence())))
    }
}

import CreditTestSupport
import Foundation
import Testing

@testable import CreditModel
@testable import CreditReporting

/// Each JSON object type lists its members once (``JSONObject``); its `Encodable` conformance
/// and the fast writer both follow that list, so the list must be right: every stored
/// property once, in the byte order of the keys `JSONEncoder`'s `.sortedKeys` writes.
@Suite("JSON members described once")
struct JSONDescriptionTests {
    /// A SARIF result with every optional part set.
    static let sarifResult: SARIF.Result = {
        let image = SampleReports.full.documents[0].images[0]
        let finding = image.findings[0]
        return SARIF.Result(
            ruleId: finding.rule, ruleIndex: 2, level: "note", message: SARIF.Message(text: "m", markdown: "*m*"),
            locations: [
                SARIF.Location(
                    physicalLocation: SARIF.PhysicalLocation(
                        artifactLocation: SARIF.ArtifactLocation(
                            uri: "site/a.html", uriBaseId: "%SRCROOT%", description: SARIF.Message(text: "d")),
                        region: SARIF.Region(startLine: 3, startColumn: 4)))
            ],
            partialFingerprints: [SARIFRenderer.fingerprintKey: "0a"],
            properties: SARIF.ResultProperties(
                image: finding.image, suggestion: finding.suggestion, credit: image.credit, license: image.license))
    }()

    /// The shapes of every object type the full sample report and the SARIF result reach.
    static let shapes: [String: JSONShape] = {
        var shapes = JSONShape.shapes(of: SampleReports.full.documents[0])
        shapes.merge(JSONShape.shapes(of: sarifResult)) { first, _ in first }
        return shapes
    }()

    @Test("every type lists each of its stored properties once, keys in byte order")
    func membersAreTheStoredPropertiesInOrder() {
        for (name, shape) in Self.shapes.sorted(by: { $0.key < $1.key }) {
            let keys = shape.members.map(\.key)
            let ordered = zip(keys, keys.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(ordered, "\(name) lists \(keys): not in byte order, or a key twice")
            #expect(
                Set(keys) == Set(shape.storedProperties),
                "\(name): members \(keys), properties \(shape.storedProperties)")
        }
    }

    /// The declarations in `Sources/` that make a type a ``JSONObject``: `struct Name: …JSONObject`
    /// or `extension Name: …JSONObject`.
    static func declaredObjectTypes() throws -> Set<String> {
        let sources = TestFiles.repositoryRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:struct|extension)\s+([A-Za-z.]+)\s*:[^{]*\bJSONObject\b"#)
        var names: Set<String> = []
        for file in try TestFiles.files(under: sources, withExtension: "swift") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                names.insert(String(text[range].split(separator: ".").last ?? ""))
            }
        }
        return names
    }

    @Test("the samples reach every type that declares itself a JSONObject")
    func samplesReachEveryObjectType() throws {
        let declared = try Self.declaredObjectTypes()
        #expect(declared.count >= 14)
        #expect(declared == Set(Self.shapes.keys))
    }

    @Test("the report decodes back to itself from its JSON", arguments: [SampleReports.full, SampleReports.sparse])
    func roundTrip(report: ScanReport) throws {
        let data = try JSONRenderer.encoder().encode(report)
        #expect(try JSONDecoder().decode(ScanReport.self, from: data) == report)
    }

    @Test("a member always there is written, null when nil; one left out when nil is absent")
    func presence() throws {
        let document = SampleReports.sparse.documents[0]
        let json = try JSONValue.parse(String(decoding: PrettyJSONEncoder.encode(document), as: UTF8.self))
        #expect(json["pageLicense"] == .null)
        #expect(json.object?["reusedFrom"] == nil)
        #expect(json["images"]?[0]?["credit"] == .null)
        #expect(json["images"]?[0]?.object?["alt"] == nil)
        #expect(json["images"]?[1]?["credit"]?["origins"]?["text"]?.object?["property"] == nil)
    }
}

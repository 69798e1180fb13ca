import CreditCore
import CreditTestSupport
import Foundation
import Testing

/// The published schema of the JSON report (`Reports/report.schema.json`) is written by hand,
/// for its descriptions, and held here to the report's Swift types: the same objects, the same
/// members, the same members always there or nullable, the same enumerations. Reports validate
/// against it.
@Suite("JSON report schema")
struct ReportSchemaTests {
    static let schemaFile = TestFiles.repositoryRoot.appendingPathComponent("Reports/report.schema.json")

    static func schema() throws -> JSONValue {
        try JSONValue.parse(try String(contentsOf: schemaFile, encoding: .utf8))
    }

    static func definitions() throws -> [String: JSONValue] {
        try #require(try schema()["definitions"]?.object)
    }

    static func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: try schema())
    }

    /// The members of each object of the report and when each is there, by the name of the
    /// definition that describes the object.
    static let objects: [String: [String: JSONShape.Presence]] = {
        let report = SampleReports.full
        var top = JSONShape(synthesizedFrom: report).presenceByKey
        // `JSONRenderer` writes the summary beside the report's own members.
        top["summary"] = .always
        var objects = [
            "report": top,
            "summary": JSONShape(synthesizedFrom: report.summary).presenceByKey,
            "failure": JSONShape(synthesizedFrom: report.failures[0]).presenceByKey,
            "suppressed": JSONShape(synthesizedFrom: SuppressedFindings()).presenceByKey,
            "baseline": JSONShape(synthesizedFrom: BaselineStatus(path: "", matched: 0, stale: [], strict: false))
                .presenceByKey,
            "baselineEntry": JSONShape(synthesizedFrom: BaselineEntry(path: "", rule: "", fingerprint: ""))
                .presenceByKey,
        ]
        let described = JSONShape.shapes(of: report.documents[0])
        let names = [
            "document": "DocumentReport", "image": "ScannedImage", "skippedImage": "SkippedImage", "finding": "Finding",
            "credit": "ImageCredit", "license": "ImageLicense", "metadata": "ImageMetadata", "origin": "FieldOrigin",
            "evidence": "ImageEvidence", "signal": "EvidenceSignal", "candidate": "CreditCandidate",
            "embedded": "EmbeddedMetadata",
        ]
        for (definition, type) in names { objects[definition] = described[type]?.presenceByKey }
        return objects
    }()

    @Test("the schema defines exactly the report's objects, each with the type's members")
    func sameObjectsAndMembers() throws {
        let definitions = try Self.definitions()
        let objectDefinitions = definitions.filter { $0.value["type"] == .string("object") }
        #expect(Set(objectDefinitions.keys) == Set(Self.objects.keys).union(["origins"]))
        #expect(Set(JSONShape.shapes(of: SampleReports.full.documents[0]).keys).count == 12)
        for (name, presence) in Self.objects.sorted(by: { $0.key < $1.key }) {
            let definition = try #require(definitions[name]?.object, "no definition \(name)")
            let properties = definition["properties"]?.object ?? [:]
            #expect(Set(properties.keys) == Set(presence.keys), "\(name): schema \(properties.keys.sorted())")
            let required = Set(definition["required"]?.array?.compactMap(\.string) ?? [])
            #expect(
                required == Set(presence.filter { $0.value != .ifPresent }.keys),
                "\(name): required \(required.sorted())")
            let nullable = Set(properties.filter { Self.allowsNull($0.value) }.keys)
            #expect(
                nullable == Set(presence.filter { $0.value == .orNull }.keys), "\(name): nullable \(nullable.sorted())")
        }
    }

    /// Whether a property's schema admits `null`.
    static func allowsNull(_ schema: JSONValue) -> Bool {
        if schema["type"] == .string("null") { return true }
        if case .array(let types) = schema["type"], types.contains(.string("null")) { return true }
        return schema["anyOf"]?.array?.contains(where: allowsNull) ?? false
    }

    @Test("a credit's origins are keyed by its fields")
    func origins() throws {
        let origins = try #require(try Self.definitions()["origins"])
        #expect(Set(origins["properties"]?.object?.keys ?? [:].keys) == Set(CreditField.allCases.map(\.rawValue)))
        #expect(origins["required"]?.array?.isEmpty == true)
    }

    @Test(
        "enumerations list every case of their Swift type",
        arguments: [
            ("severity", Severity.allCases.map(\.rawValue)),
            ("strategy", CreditStrategy.allCases.map(\.rawValue)),
            ("method", FieldOrigin.Method.allCases.map(\.rawValue)),
        ])
    func enumerations(definition: String, cases: [String]) throws {
        let values = try #require(try Self.definitions()[definition]?["enum"]?.array)
        #expect(Set(values.compactMap(\.string)) == Set(cases))
        #expect(values.count == cases.count)
    }

    @Test("the summary counts findings under every severity")
    func severitiesInSummary() throws {
        let counts = try #require(try Self.definitions()["summary"]?["properties"]?["findingsBySeverity"])
        #expect(Set(counts["required"]?.array?.compactMap(\.string) ?? []) == Set(Severity.allCases.map(\.rawValue)))
    }

    /// The JSON reports the tests have at hand: the sample of `Examples/`, the renderer
    /// snapshot's, and the two samples that set every member and leave every member out.
    static func reports() throws -> [(name: String, text: String)] {
        let examples = try String(
            contentsOf: TestFiles.repositoryRoot.appendingPathComponent("Reports/examples.json"), encoding: .utf8)
        return [
            ("Reports/examples.json", examples),
            ("snapshot", try JSONRenderer().render(RendererSnapshotTests.report)),
            ("full", try JSONRenderer().render(SampleReports.full)),
            ("sparse", try JSONRenderer().render(SampleReports.sparse)),
        ]
    }

    @Test("reports are valid against the schema")
    func validReports() throws {
        let validator = try Self.validator()
        for report in try Self.reports() {
            let errors = validator.validate(try JSONValue.parse(report.text))
            #expect(errors.isEmpty, "\(report.name): \(errors.prefix(5))")
        }
    }

    @Test(
        "the schema rejects a broken report",
        arguments: [
            (#""schemaVersion" : 2"#, #""schemaVersion" : 1"#),
            (#""strategy" : "adjacent-text""#, #""strategy" : "caption""#),
            (#""severity" : "error""#, #""severity" : "info""#),
            (#""sha256" : "#, #""sha-256" : "#),
            (#""line" : 30"#, #""line" : "30""#),
            (#""metadata" : null"#, #""metadata" : "none""#),
            (#""ownWork" : false"#, #""ownWork" : 0"#),
            (#""failedFiles" : 0"#, #""failedFiles" : -1"#),
        ])
    func rejectsBrokenReports(original: String, replacement: String) throws {
        let report = try JSONRenderer().render(SampleReports.sparse)
        #expect(report.contains(original))
        let broken = report.replacingOccurrences(of: original, with: replacement)
        #expect(!(try Self.validator().validate(try JSONValue.parse(broken))).isEmpty)
    }
}

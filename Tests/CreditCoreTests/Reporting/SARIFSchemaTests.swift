import CreditCore
import CreditTestSupport
import Foundation
import Testing

/// SARIF output checked against the OASIS schema, committed in `Tests/Data`.
@Suite("SARIF schema")
struct SARIFSchemaTests {
    static let schemaFile = TestFiles.sarifSchema

    static func validator() throws -> JSONSchemaValidator {
        guard let text = try? String(contentsOf: schemaFile, encoding: .utf8) else {
            throw SchemaMissing(path: schemaFile.path)
        }
        return try JSONSchemaValidator(schema: try JSONValue.parse(text))
    }

    struct SchemaMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "cannot read \(path); the SARIF schema belongs in Tests/Data" }
    }

    static func snapshotSARIF() throws -> String {
        try SARIFRenderer().render(RendererSnapshotTests.report)
    }

    @Test("the snapshot report and the sample report of Examples/ are valid SARIF 2.1.0")
    func validDocuments() throws {
        let validator = try Self.validator()
        let sample = try String(
            contentsOf: TestFiles.repositoryRoot.appendingPathComponent("Reports/examples.sarif"), encoding: .utf8)
        for document in [try Self.snapshotSARIF(), sample] {
            let errors = validator.validate(try JSONValue.parse(document))
            #expect(errors.isEmpty, "\(errors.prefix(5))")
        }
    }

    @Test(
        "the schema rejects a broken SARIF log",
        arguments: [
            (#""version" : "2.1.0""#, #""version" : "2.0.0""#),
            (#""startLine" : 30"#, #""startLine" : 0"#),
            (#""level" : "error""#, #""level" : "fatal""#),
            (#""ruleIndex" : 0"#, #""ruleIndex" : -2"#),
            (#""uriBaseId" : "%SRCROOT%""#, #""uriBaseId" : 5"#),
            (#""ruleId" : "#, #""surprise" : 1, "ruleId" : "#),
            (#""executionSuccessful" : false"#, #""executionSuccessful" : "no""#),
            (#""name" : "creditlint""#, #""nom" : "creditlint""#),
        ])
    func rejectsBrokenLogs(original: String, replacement: String) throws {
        let sarif = try Self.snapshotSARIF()
        #expect(sarif.contains(original))
        let broken = sarif.replacingOccurrences(of: original, with: replacement)
        #expect(!(try Self.validator().validate(try JSONValue.parse(broken))).isEmpty)
    }

    @Test("every registered rule is described, results point into that list, locations are relative")
    func content() throws {
        let run = try #require(try JSONValue.parse(Self.snapshotSARIF())["runs"]?[0])
        let driver = try #require(run["tool"]?["driver"])
        let rules = try #require(driver["rules"]?.array)
        var registered: [String] = []
        for rule in RuleRegistry.all { registered.append(rule.id) }
        #expect(rules.map { $0["id"]?.string } == registered)
        #expect(rules.allSatisfy { $0["fullDescription"] != nil && $0["help"] != nil })
        #expect(driver["version"]?.string == "0.0.0-test")
        let results = try #require(run["results"]?.array)
        #expect(results.count == 3)
        for result in results {
            let index = try #require(result["ruleIndex"]?.int)
            #expect(rules[index]["id"]?.string == result["ruleId"]?.string)
            let location = try #require(result["locations"]?[0]?["physicalLocation"])
            #expect(location["artifactLocation"]?["uri"]?.string?.hasPrefix("site/") == true)
            #expect(location["artifactLocation"]?["uriBaseId"]?.string == "%SRCROOT%")
            #expect((location["region"]?["startLine"]?.int ?? 0) >= 1)
            #expect(result["partialFingerprints"]?[SARIFRenderer.fingerprintKey]?.string != nil)
        }
        #expect(results.contains { $0["ruleId"]?.string == "unreadable-file" })
        #expect(run["invocations"]?[0]?["executionSuccessful"]?.bool == false)
        #expect(run["originalUriBaseIds"]?["%SRCROOT%"] != nil)
    }

    @Test("a path with spaces and non-ASCII is percent-encoded; an absolute root gives a file URI")
    func uris() throws {
        var report = RendererSnapshotTests.report
        report.root = "/srv/my site"
        report.documents[0].path = "nyheter/kran på kajen#1.html"
        let sarif = try SARIFRenderer().render(report)
        #expect(sarif.contains(#""uri" : "file:///srv/my%20site/nyheter/kran%20p%C3%A5%20kajen%231.html""#))
        #expect(try Self.validator().validate(try JSONValue.parse(sarif)).isEmpty)
    }
}

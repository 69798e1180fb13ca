import CreditCore
import CreditTestSupport
import Foundation
import Testing

/// The repository root, found from this file: `Tests/CreditCoreTests/Reporting/`.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

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
            contentsOf: repositoryRoot.appendingPathComponent("Reports/examples.sarif"), encoding: .utf8)
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
        let log = try #require(try JSONSerialization.jsonObject(with: Data(Self.snapshotSARIF().utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        var registered: [String] = []
        for rule in RuleRegistry.all { registered.append(rule.id) }
        #expect(rules.map { $0["id"] as? String } == registered)
        #expect(rules.allSatisfy { $0["fullDescription"] != nil && $0["help"] != nil })
        #expect(driver["version"] as? String == "0.0.0-test")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect((artifact["uri"] as? String)?.hasPrefix("site/") == true)
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
            #expect((result["partialFingerprints"] as? [String: String])?[SARIFRenderer.fingerprintKey] != nil)
        }
        #expect(results.contains { $0["ruleId"] as? String == "unreadable-file" })
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] != nil)
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

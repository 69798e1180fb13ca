import CreditTestSupport
import Foundation
import Testing

/// The html5lib-tests inputs committed in `Tests/Data`: broken HTML on purpose, control
/// characters, lone surrogates, and pages whose charset a browser must sniff. Missing data
/// fails the tests rather than skipping them.
@Suite("html5lib-tests inputs through the real binary", .serialized)
struct Html5libTests {
    private func scanJSON(_ folder: String, database: String) throws -> (BoundedProcess.Result, JSONValue) {
        let result = try BoundedProcess.run(
            ["scan", folder, "--format", "json", "--db", database], timeout: 600)
        return (result, try JSONValue.parse(result.stdout))
    }

    @Test("every tokenizer input is scanned as a page: no crash, no hang, nothing on stderr")
    func tokenizerInputs() throws {
        let inputs = try Html5libCorpus.tokenizerInputs()
        #expect(inputs.count >= 2_600, "the html5lib tokenizer inputs are missing or incomplete")
        let site = try TemporaryFolder()
        for input in inputs { try site.write("pages/" + input.name, Data(input.bytes)) }

        let (result, json) = try scanJSON(site.file("pages"), database: site.file("runs.sqlite"))
        #expect(!result.timedOut && !result.signalled)
        #expect(result.status == 0 || result.status == 1, "exit \(result.status)")
        #expect(result.stderr.isEmpty, "\(result.stderr.prefix(2000))")
        let documents = json["documents"]?.array ?? []
        let failures = json["failures"]?.array ?? []
        // Every input is a page, however odd: none may be rejected as binary or lost.
        #expect(documents.count == inputs.count, "\(failures.prefix(5))")
        #expect(failures.isEmpty)
        print("html5lib tokenizer: \(inputs.count) inputs, \(documents.count) scanned, \(failures.count) failed")
    }

    @Test("the charset of at least 90 % of the encoding cases matches html5lib's")
    func encodingCases() throws {
        let cases = try Html5libCorpus.encodingCases()
        #expect(cases.count >= 80, "the html5lib encoding cases are missing or incomplete")
        let site = try TemporaryFolder()
        for item in cases { try site.write("pages/" + item.name, Data(item.bytes)) }

        let (result, json) = try scanJSON(site.file("pages"), database: site.file("runs.sqlite"))
        #expect(result.stderr.isEmpty)
        var reported: [String: String] = [:]
        for document in json["documents"]?.array ?? [] {
            if let path = document["path"]?.string { reported[path] = document["encoding"]?.string }
        }
        let wrong = cases.filter { reported[$0.name] != $0.expected }
        let right = cases.count - wrong.count
        print("html5lib encoding: \(right) of \(cases.count) right")
        for item in wrong {
            print("  \(item.name): expected \(item.expected), got \(reported[item.name] ?? "nothing")")
        }
        #expect(!cases.isEmpty && Double(right) >= 0.9 * Double(cases.count), "\(right) of \(cases.count)")
    }
}

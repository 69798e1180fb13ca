import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

/// SARIF fingerprints identify a finding by page, image and rule, so they survive line shifts.
@Suite("SARIF fingerprints on real pages")
struct SARIFFingerprintTests {
    private static let page = """
        <html><body><article>
        <p>Intro.</p>
        <figure><img src="one.jpg"><figcaption>The harbour.</figcaption></figure>
        <figure><img src="two.jpg"><figcaption>The quay.</figcaption></figure>
        </article></body></html>
        """

    /// (rule, fingerprint, startLine) of every result.
    private func results(_ folder: TemporaryFolder) throws -> [(String, String, Int)] {
        let report = try CreditLint.scanWithoutRecording(ScanOptions(root: folder.path))
        let sarif = try report.render(.sarif)
        let results = try #require(try JSONValue.parse(sarif)["runs"]?[0]?["results"]?.array)
        return try results.map { result in
            let fingerprint = try #require(result["partialFingerprints"]?[SARIFRenderer.fingerprintKey]?.string)
            let line = try #require(result["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"]?.int)
            return (try #require(result["ruleId"]?.string), fingerprint, line)
        }
    }

    @Test("shifting the page's lines moves the results but keeps their fingerprints")
    func survivesLineShift() throws {
        let folder = try TemporaryFolder(["news/a.html": Self.page])
        let before = try results(folder)
        try folder.write("news/a.html", "\n\n\n<!-- a comment -->\n\n" + Self.page)
        let after = try results(folder)
        #expect(before.count == 2)
        #expect(before.map(\.0) == ["missing-attribution", "missing-attribution"])
        #expect(Set(before.map(\.1)).count == 2, "two images must not share a fingerprint")
        #expect(before.map(\.1) == after.map(\.1))
        #expect(zip(before, after).allSatisfy { $0.2 + 5 == $1.2 })
    }
}

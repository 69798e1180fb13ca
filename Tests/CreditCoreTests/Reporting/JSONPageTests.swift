import Foundation
import Testing

@testable import CreditModel
@testable import CreditReporting

/// The JSON report written from recorded page elements (what a recorded run keeps) must be
/// byte for byte the report encoded from the pages.
@Suite("JSON report from recorded page elements")
struct JSONPageTests {
    /// The golden-file report, a page whose texts look like the keys the elements are edited at.
    static let report: ScanReport = {
        var report = RendererSnapshotTests.report
        var tricky = report.documents[1]
        tricky.path = "tricky \"sha256\" : .html"
        tricky.findings = [
            Finding(
                rule: "page-rule", severity: .warning, message: "\n      \"sha256\" : \"0\",\n  \"reusedFrom\" : 1",
                line: 1, image: nil, suggestion: "é ☕ \u{0} / \\")
        ]
        report.documents.append(tricky)
        return report
    }()

    /// A stream over `report` whose JSON report is written from `json`.
    private static func stream(_ report: ScanReport, json: [JSONPage]) -> ReportStream {
        let documents = report.documents
        return ReportStream(
            header: report, totals: ReportTotals(report),
            pages: { body in for document in documents { try body(document) } },
            jsonPages: { body in for page in json { try body(page) } })
    }

    private static func render(_ stream: ReportStream) throws -> String {
        var text = ""
        try JSONRenderer().render(stream) { text += $0 }
        return text
    }

    /// The element a recorded run hands the renderer for `document`.
    private static func recorded(_ document: DocumentReport) throws -> JSONPage {
        let element = try JSONRenderer.documentElement(document)
        return .element(try #require(RecordedJSONElement(element, reusedFrom: document.reusedFrom)))
    }

    @Test(
        "elements, with reusedFrom inserted, give the report encoded from the pages",
        arguments: [[nil, nil, nil], [1, 1, 1], [nil, 42, nil], [123_456_789, nil, 7]])
    func elementsMatchEncoding(reusedFrom: [Int?]) throws {
        var report = Self.report
        for (index, run) in reusedFrom.enumerated() { report.documents[index].reusedFrom = run }
        let expected = try JSONRenderer().render(report)
        if reusedFrom.contains(where: { $0 != nil }) { #expect(expected.contains("\"reusedFrom\" : ")) }
        let elements = try report.documents.map(Self.recorded)
        #expect(try Self.render(Self.stream(report, json: elements)) == expected)
        // A run recorded partly before elements were kept mixes both kinds of page.
        let mixed = [elements[0], .document(report.documents[1]), elements[2]]
        #expect(try Self.render(Self.stream(report, json: mixed)) == expected)
        let none = report.documents.map(JSONPage.document)
        #expect(try Self.render(Self.stream(report, json: none)) == expected)
    }

    @Test("the golden JSON report is what the elements give")
    func golden() throws {
        let report = RendererSnapshotTests.report
        let golden = try String(
            contentsOf: RendererSnapshotTests.snapshots.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(try Self.render(Self.stream(report, json: report.documents.map(Self.recorded))) == golden)
    }

    @Test("a report without pages is the same either way, and reads back as that report")
    func empty() throws {
        var report = Self.report
        report.documents = []
        let json = try Self.render(Self.stream(report, json: []))
        #expect(json == (try JSONRenderer().render(report)))
        #expect(try JSONDecoder().decode(ScanReport.self, from: Data(json.utf8)) == report)
    }

    @Test("an element leaves reusedFrom out, whatever the page says")
    func elementWithoutReuse() throws {
        var page = Self.report.documents[0]
        let fresh = try JSONRenderer.documentElement(page)
        page.reusedFrom = 9
        #expect(try JSONRenderer.documentElement(page) == fresh)
        #expect(!fresh.contains("reusedFrom"))
        #expect(fresh.hasPrefix("    {\n      \"encoding\" : "))
        #expect(fresh.hasSuffix("\n    }"))
    }

    @Test("text that is not a page's element is refused, so that the page is encoded instead")
    func damaged() throws {
        #expect(JSONRenderer.documentElement("{}", reusedFrom: 3) == nil)
        #expect(JSONRenderer.documentElement("{}", reusedFrom: nil) == nil)
        #expect(JSONRenderer.documentElement("", reusedFrom: 3) == nil)
        let element = try JSONRenderer.documentElement(Self.report.documents[0])
        #expect(JSONRenderer.documentElement(element, reusedFrom: nil) == element)
        #expect(JSONRenderer.documentElement(String(element.prefix(20)), reusedFrom: 1) == nil)
        #expect(JSONRenderer.documentElement(String(element.prefix(20)), reusedFrom: nil) == nil)
    }

    @Test(
        "the search for where reusedFrom goes finds the last match wherever it stands",
        arguments: [("\n  k6\" : ", 4), ("6\"", 0), ("k\n6\"", 2), ("\n      \"sha256\" : ", 13)])
    func lastOffset(needle: String, pair: Int) {
        let needle = Array(needle.utf8)
        // Lines of every length around the eight bytes tested at once, holding the pair the
        // search looks for, and the needle at every offset from either end, once, twice or not
        // at all.
        let lines = (0..<12).map { String(repeating: "x", count: $0) + "6\"\n" }.joined()
        for tail in 0..<24 {
            for head in 0..<12 {
                for copies in 0...2 {
                    var text = Array(lines.utf8.prefix(head))
                    for _ in 0..<copies { text += needle + Array(lines.utf8) }
                    text += Array(lines.utf8.prefix(tail))
                    let expected = Self.naiveLastOffset(of: needle, in: text)
                    let found = text.withUnsafeBytes { JSONRenderer.lastOffset(of: needle, pairAt: pair, in: $0) }
                    #expect(found == expected, "head \(head) tail \(tail) copies \(copies)")
                }
            }
        }
        #expect(needle.dropLast().withUnsafeBytes { JSONRenderer.lastOffset(of: needle, pairAt: pair, in: $0) } == nil)
    }

    @Test("an element whose bytes are not UTF-8 is refused, so that the page is encoded instead")
    func notUTF8() throws {
        let element = try JSONRenderer.documentElement(Self.report.documents[0])
        var bytes = Array(element.utf8)
        // Inside the path's value, where any character may stand.
        let key = Array("\"path\" : \"".utf8)
        let quote =
            try #require(
                (0..<(bytes.count - key.count)).first { Array(bytes[$0..<($0 + key.count)]) == key }) + key.count - 1
        #expect(bytes.withUnsafeBytes { RecordedJSONElement(utf8: $0, reusedFrom: 1) } != nil)
        for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82]] {
            var damaged = bytes
            damaged.insert(contentsOf: bad, at: quote + 1)
            #expect(damaged.withUnsafeBytes { RecordedJSONElement(utf8: $0, reusedFrom: 1) } == nil)
        }
        bytes.insert(contentsOf: Array("é☕😀".utf8), at: quote + 1)
        let accepted = try #require(bytes.withUnsafeBytes { RecordedJSONElement(utf8: $0, reusedFrom: nil) })
        #expect(accepted.text == String(decoding: bytes, as: UTF8.self))
    }

    private static func naiveLastOffset(of needle: [UInt8], in text: [UInt8]) -> Int? {
        guard text.count >= needle.count else { return nil }
        return (0...(text.count - needle.count)).last { Array(text[$0..<($0 + needle.count)]) == needle }
    }
}

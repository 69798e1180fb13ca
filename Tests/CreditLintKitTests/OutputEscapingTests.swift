import CreditCore
import CreditTestSupport
import Foundation
import Testing

/// Page text reaches the reports verbatim. JSON must carry it exactly and validly; the text
/// report must show it without letting it act on a terminal or forge log lines. (The other
/// formats' escaping is tested with those formats.)
@Suite("Escaping page text in the text and JSON reports", .serialized)
struct OutputEscapingTests {
    @Test(
        "control, C1, line-separator and bidi characters are written out; the rest is kept",
        arguments: [
            ("plain café 写真 👍🏽", "plain café 写真 👍🏽"),
            ("tab\tkept", "tab\tkept"),
            ("\u{1B}[2J\u{1B}]0;owned\u{07}", "\\u{1B}[2J\\u{1B}]0;owned\\u{7}"),
            ("line\r\nresult: pass", "line\\u{D}\\u{A}result: pass"),
            ("nul\u{0}del\u{7F}csi\u{9B}31m", "nul\\u{0}del\\u{7F}csi\\u{9B}31m"),
            (
                "a\u{202E}gpj.exe\u{202C} \u{2066}x\u{2069} \u{200F}\u{61C}",
                "a\\u{202E}gpj.exe\\u{202C} \\u{2066}x\\u{2069} \\u{200F}\\u{61C}"
            ),
            ("sep\u{2028}par\u{2029}", "sep\\u{2028}par\\u{2029}"),
        ] as [(String, String)])
    func terminalEscaping(input: String, expected: String) {
        #expect(input.escapingForTerminal() == expected)
    }

    /// Characters that must never reach a terminal raw, other than the report's own newlines.
    private static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || [0x2028, 0x2029, 0x61C, 0x200E, 0x200F].contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    private let hostileSource = "x\u{1B}[31m\u{202E}gpj.jpg"
    private let hostileName = "evil\nresult: pass\u{1B}[2J.html"

    private func hostileSite() throws -> TemporaryFolder {
        let page = """
            <article><p>Text.</p>
            <figure><img src="\(hostileSource)" alt="alt \u{1B}]0;title\u{07} \u{0D}result: pass \u{2066}">
            <figcaption>Harbour "at" dawn \\ \u{9B}2J \u{2028}result: pass</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>Photo: Jane \u{1B}[8mDoe\u{1B}[0m, CC BY-SA 4.0 \u{202E}</figcaption></figure>
            </article>
            """
        let site = try TemporaryFolder()
        try site.write("site/" + hostileName, page)
        try site.write("site/binary.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        return site
    }

    @Test("the text report shows page text and file names written out, and no forged lines")
    func textReport() throws {
        let site = try hostileSite()
        let result = try CreditlintProcess.run(["scan", site.file("site"), "--db", site.file("runs.sqlite")])
        #expect(result.status == 1)
        let dangerous = result.stdout.unicodeScalars.filter(Self.isDangerous)
        #expect(dangerous.isEmpty, "raw control characters in the text report: \(dangerous.map(\.value))")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("result: pass") })
        #expect(lines.filter { $0.hasPrefix("result: ") } == ["result: FAIL (findings at or above error)"])
        #expect(result.stdout.contains("evil\\nresult: pass\\u{1B}[2J.html"))
        #expect(result.stdout.contains("x\\u{1B}[31m\\u{202E}gpj.jpg"))
    }

    @Test("the JSON report is valid, carries page text exactly and escapes control characters")
    func jsonReport() throws {
        let site = try hostileSite()
        let result = try CreditlintProcess.run(
            ["scan", site.file("site"), "--format", "json", "--db", site.file("runs.sqlite")])
        let raw = Array(result.stdout.utf8)
        #expect(!raw.contains(0x1B) && !raw.contains(0x07) && !raw.contains(0x0D) && !raw.contains(0x00))
        let json = try JSONValue.parse(Data(raw))
        let documents = try #require(json["documents"]?.array)
        let page = try #require(documents.first { $0["path"]?.string == hostileName })
        #expect(page["images"]?[0]?["src"]?.string == hostileSource)
        #expect(page["images"]?[0]?["alt"]?.string?.contains("\u{1B}]0;title\u{07}") == true)
        #expect(json["failures"]?.array?.map { $0["path"]?.string } == ["binary.html"])
    }
}

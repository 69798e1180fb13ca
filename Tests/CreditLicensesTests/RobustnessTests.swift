import CreditLicenses
import Testing

/// Odd input never crashes and never invents a licence.
@Suite("Robustness")
struct RobustnessTests {
    @Test(
        "odd input is handled",
        arguments: [
            "", " ", "\n\n", "©", "(c)", "Copyright", "(", ")", "[]", "()", "\"", "“”", "CC", "cc-", "-cc-by-",
            "3.0", "4", "by", "DE", "//", "http://", "https://creativecommons.org", "web.archive.org/web/",
            "https://web.archive.org/web/2019/", "👍🏽 Photo: 🐈 via 📷", "e\u{301}\u{301}\u{301}", "Ｃｃ ＢＹ ４.０",
            String(repeating: "CC BY-SA 3.0 ", count: 200), String(repeating: "a", count: 5000),
            "Photo: / / / via", "by by by by", "via via", "\"\"\"#", "Foto:", "Bild: ()", "CC BY-SA 3.0 (",
        ])
    func oddInput(_ text: String) {
        _ = LicenseIdentifier.identify(text)
        _ = LicenseIdentifier.identify(url: text)
        _ = LicenseIdentifier.identify(text: text)
        let mentions = LicenseIdentifier.mentions(in: text)
        for mention in mentions {
            #expect(text.contains(mention.matchedText))
            #expect(["text", "url"].contains(mention.evidence))
        }
        let parts = CreditParser.parse(text, links: [CreditLink(text: text, href: text)])
        #expect((0...1).contains(parts.confidence))
    }

    @Test("full-width text is folded like ASCII")
    func fullWidth() {
        #expect(LicenseIdentifier.identify(text: "ＣＣ ＢＹ-ＳＡ ４.０").contractValue == "CC-BY-SA-4.0")
    }

    @Test("a link's words win over a disagreeing target when identifying the text")
    func textBeforeURL() {
        let text = "CC BY-SA 4.0 (https://creativecommons.org/licenses/by/4.0/legalcode)"
        #expect(LicenseIdentifier.identify(text: text).contractValue == "CC-BY-SA-4.0")
        #expect(LicenseIdentifier.licenses(in: text).map(\.contractValue) == ["CC-BY-SA-4.0", "CC-BY-4.0"])
    }
}

import CreditLicenses
import Testing

@testable import CreditModel
@testable import CreditRules

/// The helpers rules share: licence facts, suggested credits and image names.
@Suite struct SupportTests {
    @Test(
        "Short names follow CC usage",
        arguments: [
            (Fixture.ccBySA4, "CC BY-SA 4.0"),
            (Fixture.cc0, "CC0 1.0"),
            (
                Fixture.cc(
                    "CC-BY-ND-NC-1.0", "Attribution-NoDerivs-NonCommercial 1.0", "by-nd-nc", "1.0"),
                "CC BY-NC-ND 1.0"
            ),
            (Fixture.samplingPlus1, "CC Sampling Plus 1.0"),
            (
                LicenseDefinition(
                    id: "CC-BY-SA-3.0-DE", name: "Attribution-ShareAlike 3.0 Germany", url: nil,
                    family: .creativeCommons, unit: "by-sa", version: "3.0", jurisdiction: "de",
                    requiresAttribution: true), "CC BY-SA 3.0 DE"
            ),
            (
                LicenseDefinition(
                    id: "LicenseRef-PDM", name: "Public Domain Mark 1.0", url: nil,
                    family: .publicDomain, unit: "mark", version: "1.0", requiresAttribution: false),
                "Public Domain Mark 1.0"
            ),
            (
                LicenseDefinition(
                    id: "GFDL-1.3", name: "GNU Free Documentation License 1.3", url: nil,
                    family: .otherOpen, requiresAttribution: true),
                "GNU Free Documentation License 1.3"
            ),
        ])
    func shortNames(_ definition: LicenseDefinition, _ expected: String) {
        #expect(LicenseFacts.shortName(of: definition) == expected)
    }

    @Test(arguments: [("3.0", [3, 0]), ("2.5", [2, 5]), ("4", [4])])
    func versions(_ text: String, _ expected: [Int]) {
        #expect(LicenseFacts.parseVersion(text) == expected)
    }

    @Test func badVersionsAreNil() {
        #expect(LicenseFacts.parseVersion("") == nil)
        #expect(LicenseFacts.parseVersion("v3") == nil)
    }

    @Test func factsFallBackToTheImageLicenseURL() {
        let noURL = LicenseDefinition(
            id: "X-1.0", name: "X", url: nil, family: .otherOpen, requiresAttribution: true)
        let image = Fixture.image(
            ImageCredit(text: "x", strategy: .figcaption),
            ImageLicense(id: "x-1.0", url: "https://example.org/x", evidence: "url"))
        let facts = LicenseFacts(image: image, context: Fixture.context([noURL]))
        #expect(facts?.definition == noURL)
        #expect(facts?.url == "https://example.org/x")
        #expect(LicenseFacts(image: Fixture.image(nil), context: Fixture.context()) == nil)
    }

    @Test func suggestionFillsKnownParts() {
        let credit = ExampleLicense.completeCredit(license: "CC BY 3.0", path: "by/3.0")
        let text = CreditSuggestion.make(
            credit: credit, license: LicenseFacts(definition: Fixture.ccBy3))
        #expect(
            text == "Photo: \"Harbour at Dusk\", Jane Doe / Wikimedia Commons "
                + "(https://commons.wikimedia.org/wiki/File:Harbour_at_Dusk.jpg), CC BY 3.0 "
                + "(https://creativecommons.org/licenses/by/3.0/)")
    }

    @Test func suggestionForNonCCLeavesOutTitleAndLink() {
        let credit = ImageCredit(
            text: "Reuters", source: "Reuters", title: "T", strategy: .figcaption)
        #expect(
            CreditSuggestion.make(credit: credit, license: nil)
                == "Photo: <author> / Reuters, <licence> (<licence URL>)")
    }

    @Test(
        arguments: [
            ("https://cdn.example/a/b/harbour.jpg?w=1#x", "\"a/b/harbour.jpg\""),
            ("harbour.jpg", "\"harbour.jpg\""),
            ("data:image/png;base64,AAAA", "(inline data: image)"),
            ("https://cdn.example/", "\"cdn.example\""),
        ])
    func displayNames(_ src: String, _ expected: String) {
        #expect(Fixture.image(nil, src: src).displayName == expected)
    }

    @Test func textWordsMatchWholeWords() {
        #expect(TextWords("Creative  Commons BY").namesCreativeCommons)
        #expect(TextWords("cc-by").namesCreativeCommons)
        #expect(!TextWords("accent").namesCreativeCommons)
        #expect(!TextWords("Syncopated").namesNonCommercial)
    }

    @Test func blankStrings() {
        let none: String? = nil
        let blank: String? = " \t"
        let text: String? = "a"
        #expect(none.isBlank)
        #expect(blank.isBlank)
        #expect(!text.isBlank)
    }
}

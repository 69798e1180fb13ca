import CreditLicenses
import Testing

@testable import CreditModel
@testable import CreditRules

/// Edge cases of the rules about the licence itself.
@Suite struct LicenseRuleTests {
    func findings(_ image: ScannedImage, commercial: Bool = false) -> [Finding] {
        Fixture.engine(commercial: commercial).check(image, path: "a.html")
    }

    /// A complete credit under `license`, with the given licence text and link.
    func credit(_ text: String?, url: String?) -> ImageCredit {
        ImageCredit(
            text: "\"Harbour\" by Jane Doe, \(text ?? "")", author: "Jane Doe", title: "Harbour",
            licenseText: text, licenseURL: url, sourceURL: "https://example.org/original",
            strategy: .figcaption)
    }

    @Test("license-not-linked suggests the canonical licence URL")
    func notLinkedSuggestion() throws {
        let image = Fixture.image(
            credit("CC BY-SA 4.0", url: nil), Fixture.license(Fixture.ccBySA4))
        let finding = try #require(findings(image).first)
        #expect(finding.rule == "license-not-linked")
        #expect(finding.message.contains("https://creativecommons.org/licenses/by-sa/4.0/"))
        #expect(
            finding.suggestion?.hasSuffix(
                "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)") == true)
    }

    @Test("license-not-linked accepts a link and ignores public-domain tools")
    func notLinkedScope() {
        #expect(
            findings(
                Fixture.image(
                    credit("CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.de"),
                    Fixture.license(Fixture.ccBy4))
            ).isEmpty)
        #expect(
            findings(Fixture.image(credit("CC0", url: nil), Fixture.license(Fixture.cc0))).isEmpty)
    }

    @Test("license-link-mismatch compares licence ids, not URL spellings")
    func mismatchNeedsDifferentIDs() {
        let same = credit(
            "CC BY 4.0", url: "http://www.creativecommons.org/licenses/by/4.0/legalcode")
        #expect(findings(Fixture.image(same, Fixture.license(Fixture.ccBy4))).isEmpty)
        let different = credit("CC BY 3.0", url: "https://creativecommons.org/licenses/by/4.0/")
        #expect(
            findings(Fixture.image(different, Fixture.license(Fixture.ccBy3))).map(\.rule) == [
                "license-link-mismatch"
            ])
    }

    @Test("license-link-mismatch accepts a link to a port of the named licence, not the reverse")
    func mismatchPorts() {
        let port = LicenseDefinition(
            id: "CC-BY-SA-3.0-DE", name: "Attribution-ShareAlike 3.0 Germany",
            url: "https://creativecommons.org/licenses/by-sa/3.0/de/", family: .creativeCommons,
            unit: "by-sa", version: "3.0", jurisdiction: "de", requiresAttribution: true,
            shareAlike: true)
        let unported = Fixture.cc(
            "CC-BY-SA-3.0", "Attribution-ShareAlike 3.0 Unported", "by-sa", "3.0", sa: true)
        let engine = Fixture.engine([port, unported])
        let toPort = credit(
            "CC BY-SA 3.0", url: "https://creativecommons.org/licenses/by-sa/3.0/de/deed.de")
        #expect(
            engine.check(Fixture.image(toPort, Fixture.license(unported)), path: "a.html").isEmpty)
        let toUnported = credit(
            "CC BY-SA 3.0 DE", url: "https://creativecommons.org/licenses/by-sa/3.0/")
        #expect(
            engine.check(Fixture.image(toUnported, Fixture.license(port)), path: "a.html").map(
                \.rule) == ["license-link-mismatch"])
        let otherUnit = Fixture.cc("CC-BY-3.0-DE", "Attribution 3.0 Germany", "by", "3.0")
        #expect(!LicenseLinkMismatchRule.linkIsPortOf(unported, otherUnit))
        let sameElements = Fixture.cc("X", "x", "by-nd-nc", "1.0")
        var sameElementsPort = Fixture.cc("Y", "y", "by-nc-nd", "1.0")
        sameElementsPort.jurisdiction = "fi"
        #expect(LicenseLinkMismatchRule.linkIsPortOf(sameElements, sameElementsPort))
    }

    @Test("license-link-mismatch keeps the named licence in its suggestion")
    func mismatchSuggestion() throws {
        let example = try #require(LicenseLinkMismatchRule.examples.first { $0.triggers })
        let finding = try #require(Fixture.run(example, with: Fixture.engine()).first)
        #expect(finding.message.contains("names CC BY-SA 4.0 but links to CC BY 4.0"))
        #expect(
            finding.suggestion?.hasSuffix(
                "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)") == true)
    }

    @Test("license-link-mismatch does not compare an unversioned name")
    func mismatchSkipsAmbiguous() {
        let image = Fixture.image(
            credit("CC BY", url: "https://creativecommons.org/licenses/by-sa/4.0/"),
            ExampleLicense.ambiguousCCBy)
        #expect(!findings(image).map(\.rule).contains("license-link-mismatch"))
    }

    @Test("ambiguous-license asks for the version and is not unknown-license")
    func ambiguous() throws {
        let image = Fixture.image(
            credit("CC BY", url: "https://creativecommons.org/licenses/by/"),
            ExampleLicense.ambiguousCCBy)
        let found = findings(image)
        #expect(found.map(\.rule) == ["ambiguous-license"])
        #expect(found.first?.suggestion?.contains("CC BY <version> (<licence URL>)") == true)
    }

    @Test("unknown-license needs a named but unidentified licence")
    func unknown() {
        #expect(findings(Fixture.image(credit(nil, url: nil))).map(\.rule).isEmpty)
        #expect(findings(Fixture.image(credit(" ", url: nil))).map(\.rule).isEmpty)
        #expect(
            findings(Fixture.image(credit("Free Licence", url: nil))).map(\.rule) == [
                "unknown-license"
            ])
        let unknownID = ImageLicense(id: "LicenseRef-Nope", evidence: "url")
        #expect(
            findings(Fixture.image(credit(nil, url: "https://example.org/l"), unknownID)).map(
                \.rule) == ["unknown-license"])
    }

    @Test(
        "retired-license suggests the 4.0 licence with the same terms",
        arguments: [
            (Fixture.cc("R1", "Sampling Plus 1.0", "sampling+", "1.0", retired: true), "CC-BY-4.0"),
            (
                Fixture.cc(
                    "R2", "NonCommercial Sampling Plus 1.0", "nc-sampling+", "1.0", nc: true,
                    retired: true), "CC-BY-NC-4.0"
            ),
            (
                Fixture.cc("R3", "ShareAlike 1.0", "sa", "1.0", sa: true, retired: true),
                "CC-BY-SA-4.0"
            ),
            (
                Fixture.cc(
                    "R4", "NoDerivs-NonCommercial 1.0", "nd-nc", "1.0", nc: true, nd: true,
                    retired: true), "CC-BY-NC-ND-4.0"
            ),
            (
                LicenseDefinition(
                    id: "CC-PDDC", name: "Public Domain Dedication and Certification", url: nil,
                    family: .publicDomain, requiresAttribution: false, retired: true), "CC0-1.0"
            ),
        ])
    func retiredEquivalent(_ retired: LicenseDefinition, _ current: String) {
        #expect(RetiredLicenseRule.currentEquivalent(of: retired).id == current)
    }

    @Test("retired-license names the equivalent's deed in message and suggestion")
    func retiredMessage() throws {
        let example = try #require(RetiredLicenseRule.examples.first { $0.triggers })
        let finding = try #require(Fixture.run(example, with: Fixture.engine()).first)
        #expect(
            finding.message.contains("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"))
        #expect(
            finding.suggestion?.hasSuffix(
                "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)") == true)
        #expect(
            findings(
                Fixture.image(
                    credit("CC BY-SA 2.0", url: Fixture.ccBySA2.url),
                    Fixture.license(Fixture.ccBySA2))
            ).isEmpty)
    }

    @Test(
        "noncommercial-license reads NC from an unversioned or unknown licence name",
        arguments: [
            "CC BY-NC", "CC BY-NC-SA", "Creative Commons Non-Commercial", "CC BY NonCommercial",
        ])
    func noncommercialFromText(_ text: String) {
        let image = Fixture.image(
            credit(text, url: nil), ImageLicense(id: "AMBIGUOUS", evidence: "text"))
        #expect(findings(image, commercial: true).map(\.rule).contains("noncommercial-license"))
        #expect(!findings(image, commercial: false).map(\.rule).contains("noncommercial-license"))
    }

    @Test("noncommercial-license is not fooled by words merely containing nc")
    func noncommercialWords() {
        let image = Fixture.image(
            credit("CC BY Syncopated", url: nil), ImageLicense(id: "AMBIGUOUS", evidence: "text"))
        #expect(!findings(image, commercial: true).map(\.rule).contains("noncommercial-license"))
    }

    @Test("credit-not-visible names where the credit is and proposes it as a caption")
    func notVisible() throws {
        let hidden = ImageCredit(
            text: "Foto: Reuters", source: "Reuters", strategy: .titleAttribute)
        let finding = try #require(findings(Fixture.image(hidden)).first)
        #expect(finding.rule == "credit-not-visible")
        #expect(finding.message.contains("title attribute"))
        #expect(finding.suggestion == "Foto: Reuters")
        let shown = ImageCredit(
            text: "Foto: Reuters", source: "Reuters", strategy: .altText, visible: true)
        #expect(findings(Fixture.image(shown)).isEmpty)
    }
}

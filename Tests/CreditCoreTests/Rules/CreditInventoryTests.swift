import CreditLicenses
import Testing

@testable import CreditModel
@testable import CreditRules

/// What a credit has and lacks, the one suggestion per image, and credits that need no licence.
@Suite struct CreditInventoryTests {
    static let allRightsReserved = LicenseDefinition(
        id: "LicenseRef-AllRightsReserved", name: "All rights reserved", url: nil, family: .proprietary,
        requiresAttribution: true)
    static let agencyCredit = ImageCredit(text: "© dpa", source: "dpa", strategy: .figcaption)

    @Test(
        arguments: [
            (
                ImageCredit(
                    text: "Reuters, CC BY 4.0", source: "Reuters", licenseText: "CC BY 4.0", strategy: .figcaption),
                Fixture.ccBy4,
                "the page has: source \"Reuters\", licence CC BY 4.0; missing: author, link to the original, licence link"
            ),
            (
                ImageCredit(
                    text: "Jane Doe, CC BY-SA 2.0", author: "Jane Doe", licenseText: "CC BY-SA 2.0",
                    licenseURL: "https://creativecommons.org/licenses/by-sa/2.0/", strategy: .figcaption),
                Fixture.ccBySA2,
                "the page has: author \"Jane Doe\", licence CC BY-SA 2.0, licence link; missing: title, source, link to the original"
            ),
            (
                ImageCredit(
                    text: "Jane Doe (creativecommons.org/licenses/by/4.0)", author: "Jane Doe", source: "Flickr",
                    sourceURL: "https://flickr.com/p/1", strategy: .figcaption),
                Fixture.ccBy4, nil
            ),
            (agencyCredit, allRightsReserved, "the page has: source \"dpa\"; missing: author"),
        ] as [(ImageCredit, LicenseDefinition, String?)])
    func inventory(_ credit: ImageCredit, _ license: LicenseDefinition, _ expected: String?) {
        let inventory = CreditInventory(credit: credit, license: LicenseFacts(definition: license))
        #expect(inventory.sentence == expected)
    }

    @Test func uncreditedImageOfUnknownLicenceLacksEverything() {
        #expect(
            CreditInventory(credit: nil, license: nil).sentence
                == "missing: author, source, licence, licence link")
        #expect(
            RuleEngine.creditInventory(of: Fixture.image(nil)).missing
                == ["author", "source", "licence", "licence link"])
    }

    /// An agency's all-rights-reserved credit is complete with creator and source: nothing asks
    /// it for a licence or a link to one.
    @Test func agencyCreditIsNotAskedForALicence() {
        let facts = LicenseFacts(definition: Self.allRightsReserved)
        #expect(!facts.asksForLicenseLink)
        #expect(CreditSuggestion.make(credit: Self.agencyCredit, license: facts) == "Photo: <author> / dpa")
        #expect(!LicenseRequirements.describe(Self.allRightsReserved).contains("licence"))
        #expect(LicenseRequirements.describe(Fixture.ccBy4).contains("licence link"))
        let image = Fixture.image(Self.agencyCredit, Fixture.license(Self.allRightsReserved))
        #expect(Fixture.engine(Fixture.definitions + [Self.allRightsReserved]).check(image, path: "a.html").isEmpty)
    }

    /// A suggestion that changes the licence answers the findings that name the old one too.
    @Test(
        arguments: [
            (["missing-title": "A", "retired-license": "B", "credit-not-visible": "C"], "B"),
            (["missing-source-link": "A", "license-link-mismatch": "B"], "B"),
            (["missing-source-link": "A", "missing-title": "A"], "A"),
            (["noncommercial-license": nil, "missing-source-link": "A"], "A"),
            (["noncommercial-license": nil], nil),
        ] as [([String: String?], String?)])
    func oneSuggestionPerImage(_ suggestions: [String: String?], _ expected: String?) {
        let order = RuleRegistry.all.map { $0.id }
        let findings = suggestions.sorted { order.firstIndex(of: $0.key)! < order.firstIndex(of: $1.key)! }.map {
            Finding(rule: $0.key, severity: .warning, message: "m", line: 1, suggestion: $0.value)
        }
        #expect(RuleEngine.imageSuggestion(findings) == expected)
    }
}

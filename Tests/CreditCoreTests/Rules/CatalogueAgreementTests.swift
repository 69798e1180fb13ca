import CreditLicenses
import Testing

@testable import CreditModel
@testable import CreditRules

/// Checks that the fixture catalogue the rule tests use tells the truth about the real one,
/// and that every rule example behaves the same with the real lookups.
@Suite struct CatalogueAgreementTests {
    @Test("A fixture licence has the catalogue's terms", arguments: Fixture.definitions)
    func fixtureMatchesCatalogue(_ fixture: LicenseDefinition) throws {
        let real = try #require(LicenseCatalog.license(id: fixture.id))
        #expect(real.family == fixture.family)
        #expect(real.unit == fixture.unit)
        #expect(real.version == fixture.version)
        #expect(real.requiresAttribution == fixture.requiresAttribution)
        #expect(real.shareAlike == fixture.shareAlike)
        #expect(real.nonCommercial == fixture.nonCommercial)
        #expect(real.noDerivatives == fixture.noDerivatives)
        #expect(real.retired == fixture.retired)
        #expect(real.url.map(Lookups.urlKey) == fixture.url.map(Lookups.urlKey))
    }

    @Test(
        "The real identifier reads a credit's licence name and deed link",
        arguments: Fixture.definitions)
    func identifierAgrees(_ fixture: LicenseDefinition) throws {
        let url = try #require(fixture.url)
        #expect(LicenseIdentifier.identify(url: url).contractValue == fixture.id)
        if fixture.family == .creativeCommons, !fixture.retired {
            let name = LicenseFacts.shortName(of: fixture)
            #expect(LicenseIdentifier.identify(text: name).contractValue == fixture.id)
        }
    }

    @Test(
        "A rule example gives the same findings with the real catalogue", arguments: ExampleCase.all
    )
    func examplesHold(_ c: ExampleCase) {
        let findings = Fixture.run(
            c.example,
            with: RuleEngine(
                severityOverrides: c.switchedOn, commercial: c.example.commercial,
                licensePolicy: c.example.policy ?? LicensePolicy()))
        #expect(findings.map(\.rule) == (c.example.triggers ? [c.rule.id] : []))
    }

    @Test("Every retired licence has a current, catalogued equivalent")
    func retiredEquivalentsExist() {
        let retired = LicenseCatalog.all.filter(\.retired)
        #expect(!retired.isEmpty)
        for definition in retired {
            let current = RetiredLicenseRule.currentEquivalent(of: definition)
            let real = LicenseCatalog.license(id: current.id)
            #expect(real != nil, "\(definition.id) → \(current.id)")
            #expect(real?.retired == false)
            #expect(real?.url == current.url)
        }
    }

    /// A realistic credit, its licence identified the way the scanner does, and the rules
    /// it should break on a commercial or non-commercial site.
    struct Scenario: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var licenseText: String?
        var licenseURL: String?
        var author: String? = "Max Mustermann"
        var title: String? = "Rathaus"
        var commercial = false
        var expected: [String]
    }

    static let scenarios: [Scenario] = [
        Scenario(
            testDescription: "German port, named and linked", licenseText: "CC BY-SA 3.0 DE",
            licenseURL: "https://creativecommons.org/licenses/by-sa/3.0/de/deed.de", expected: []),
        Scenario(
            testDescription: "Unported name linking the German port", licenseText: "CC BY-SA 3.0",
            licenseURL: "https://creativecommons.org/licenses/by-sa/3.0/de/", expected: []),
        Scenario(
            testDescription: "BY-SA named, BY linked", licenseText: "CC BY-SA 4.0",
            licenseURL: "https://creativecommons.org/licenses/by/4.0/",
            expected: ["license-link-mismatch"]),
        Scenario(
            testDescription: "2.5 without title", licenseText: "CC BY 2.5",
            licenseURL: "https://creativecommons.org/licenses/by/2.5/", title: nil,
            expected: ["missing-title"]),
        Scenario(
            testDescription: "CC0 without author", licenseText: "CC0", licenseURL: nil,
            author: nil, expected: []),
        Scenario(
            testDescription: "NC-ND on a commercial site", licenseText: "CC BY-NC-ND 2.0",
            licenseURL: "https://creativecommons.org/licenses/by-nc-nd/2.0/", commercial: true,
            expected: ["noncommercial-license"]),
        Scenario(
            testDescription: "Unversioned CC BY", licenseText: "CC BY",
            licenseURL: "https://creativecommons.org/licenses/by/",
            expected: ["ambiguous-license"]),
        Scenario(
            testDescription: "Sampling Plus", licenseText: "Sampling Plus 1.0",
            licenseURL: "https://creativecommons.org/licenses/sampling+/1.0/",
            expected: ["retired-license"]),
    ]

    @Test("Realistic credits with the real catalogue", arguments: scenarios)
    func realCredits(_ scenario: Scenario) throws {
        let identification = LicenseIdentifier.identify(
            scenario.licenseURL ?? scenario.licenseText ?? "")
        let license: ImageLicense
        switch identification {
        case .identified(let definition):
            license = ImageLicense(id: definition.id, name: definition.name, evidence: "url")
        case .ambiguous(let family):
            license = ImageLicense(id: "AMBIGUOUS", name: family, evidence: "text")
        case .none:
            Issue.record("not identified: \(scenario.licenseURL ?? scenario.licenseText ?? "")")
            return
        }
        let credit = ImageCredit(
            text: "Foto: \(scenario.author ?? "Wikimedia Commons"), \(scenario.licenseText ?? "")",
            author: scenario.author, source: "Wikimedia Commons", title: scenario.title,
            licenseText: scenario.licenseText, licenseURL: scenario.licenseURL,
            sourceURL: "https://commons.wikimedia.org/wiki/File:Rathaus.jpg", strategy: .figcaption)
        let engine = RuleEngine(commercial: scenario.commercial)
        let findings = engine.check(Fixture.image(credit, license), path: "a.html")
        #expect(findings.map(\.rule) == scenario.expected)
    }
}

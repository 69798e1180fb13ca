import CreditLicenses
import Testing

@testable import CreditCore

/// Checks that the fixture catalogue the rule tests use tells the truth about the real one,
/// and that every rule example behaves the same with the real lookups.
///
/// Skipped while the generated catalogue is empty (before the licence module lands).
@Suite(.enabled(if: !LicenseCatalog.all.isEmpty, "needs the generated licence catalogue"))
struct CatalogueAgreementTests {
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
        let findings = Fixture.run(c.example, with: RuleEngine(commercial: c.example.commercial))
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
}

import CreditLicenses
import Testing

@testable import CreditModel
@testable import CreditRules

/// Severity configuration, the commercial flag, ordering and page-level findings.
@Suite struct RuleEngineTests {
    let uncredited = Fixture.image(nil)

    /// A CC BY-SA 3.0 credit that is only in alt text and lacks author, title and both links:
    /// it breaks five rules at once.
    let poorlyCredited = Fixture.image(
        ImageCredit(text: "CC BY-SA 2.0", licenseText: "CC BY-SA 2.0", strategy: .altText),
        Fixture.license(Fixture.ccBySA2))

    @Test(arguments: RuleRegistry.all.map { ($0.id, $0.enabledByDefault ? $0.defaultSeverity : nil) })
    func defaultSeverityApplies(_ id: String, _ severity: Severity?) {
        #expect(Fixture.engine().severity(of: id) == severity)
    }

    @Test(arguments: [Severity.note, .warning, .error])
    func overrideChangesSeverity(_ severity: Severity) {
        let engine = Fixture.engine(overrides: ["missing-attribution": severity])
        #expect(engine.check(uncredited, path: "a.html").map(\.severity) == [severity])
    }

    @Test func nilOverrideSwitchesTheRuleOff() {
        let engine = Fixture.engine(overrides: ["missing-attribution": nil])
        #expect(engine.check(uncredited, path: "a.html").isEmpty)
        #expect(engine.severity(of: "missing-attribution") == nil)
        #expect(!engine.enabledRuleIDs.contains("missing-attribution"))
        #expect(engine.enabledRuleIDs.count == RuleRegistry.all.filter { $0.enabledByDefault }.count - 1)
    }

    @Test func overrideLeavesOtherRulesAlone() {
        let engine = Fixture.engine(overrides: ["missing-title": .error, "credit-not-visible": nil])
        let findings = engine.check(poorlyCredited, path: "a.html")
        let severities = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule, $0.severity) })
        #expect(severities["missing-title"] == .error)
        #expect(severities["credit-not-visible"] == nil)
        #expect(severities["missing-author"] == .error)
        #expect(severities["missing-source-link"] == .warning)
        #expect(severities["license-not-linked"] == .warning)
    }

    @Test func findingsComeInRegistryOrder() {
        let ids = Fixture.engine().check(poorlyCredited, path: "a.html").map(\.rule)
        #expect(
            ids == [
                "missing-author", "missing-source-link", "missing-title", "license-not-linked",
                "credit-not-visible",
            ])
        let order = RuleRegistry.all.map { $0.id }
        #expect(ids == ids.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
    }

    @Test func findingsPointAtTheImage() {
        let image = Fixture.image(nil, src: "https://cdn.example/x/harbour.jpg?w=800", line: 42)
        let finding = Fixture.engine().check(image, path: "a.html").first
        #expect(finding?.line == 42)
        #expect(finding?.image == "https://cdn.example/x/harbour.jpg?w=800")
        #expect(finding?.message.contains("\"x/harbour.jpg\"") == true)
    }

    @Test(arguments: [true, false])
    func commercialFlagDecidesNoncommercial(_ commercial: Bool) {
        let image = Fixture.image(
            ExampleLicense.completeCredit(license: "CC BY-NC 4.0", path: "by-nc/4.0"),
            Fixture.license(Fixture.ccByNC4))
        let engine = Fixture.engine(commercial: commercial)
        #expect(engine.commercial == commercial)
        #expect(engine.context(path: "a.html").commercial == commercial)
        let ids = engine.check(image, path: "a.html").map(\.rule)
        #expect(ids == (commercial ? ["noncommercial-license"] : []))
    }

    @Test func unknownOverrideIDsAreReported() {
        let overrides: [String: Severity?] = [
            "missing-title": nil, "no-such-rule": .error, "Missing-Author": .note,
        ]
        #expect(RuleEngine.unknownRuleIDs(in: overrides) == ["Missing-Author", "no-such-rule"])
    }

    @Test func checkedImageCarriesItsFindings() {
        var stale = poorlyCredited
        stale.findings = [RuleEngine.unreadableFileFinding(reason: "stale")]
        let engine = Fixture.engine()
        let checked = engine.checked(stale, path: "a.html")
        #expect(checked.findings == engine.check(poorlyCredited, path: "a.html"))
        #expect(checked.findings.count == 5)
        #expect(checked.src == stale.src && checked.credit == stale.credit)
    }

    @Test func contextCarriesThePath() {
        #expect(Fixture.engine().context(path: "news/a.html").path == "news/a.html")
    }

    @Test func unreadableFileFindingIsAPageFinding() {
        let finding = RuleEngine.unreadableFileFinding(reason: "undecodable")
        #expect(finding.rule == "unreadable-file")
        #expect(finding.severity == .error)
        #expect(finding.line == 1)
        #expect(finding.image == nil)
        #expect(finding.message.contains("undecodable"))
    }

    @Test func unreadableFileHonoursConfiguration() {
        let warn = Fixture.engine(overrides: ["unreadable-file": .warning])
        #expect(
            warn.check(unreadableFile: "not HTML", path: "a.html").map(\.severity) == [.warning])
        let off = Fixture.engine(overrides: ["unreadable-file": nil])
        #expect(off.check(unreadableFile: "not HTML", path: "a.html").isEmpty)
        #expect(
            Fixture.engine().check(unreadableFile: "not HTML", path: "a.html").map(\.rule) == [
                "unreadable-file"
            ])
    }

    /// A German port and a GFDL are in the compiled catalogue but not among the fixture's
    /// licences, so only a context that reads the catalogue knows them.
    @Test func defaultContextUsesTheCatalogue() {
        let context = RuleContext()
        #expect(context.licenseLookup("cc-by-sa-3.0-de")?.name == "Attribution-ShareAlike 3.0 Germany")
        #expect(context.licenseLookup("GFDL-1.3-or-later")?.family == .otherOpen)
        #expect(context.licenseLookup("CC-BY-99.0") == nil)
        let port = context.urlLookup("https://creativecommons.org/licenses/by-sa/3.0/de/deed.de")
        #expect(port.contractValue == "CC-BY-SA-3.0-DE")
        #expect(context.textLookup("CC BY-NC-ND 2.5").contractValue == "CC-BY-NC-ND-2.5")
        #expect(context.textLookup("CC BY").contractValue == "AMBIGUOUS")
        #expect(context.textLookup("a harbour at dawn") == .none)
    }

    /// An NC licence that the policy also denies is one fact: `noncommercial-license` stands
    /// for it unless configuration puts the policy rule above it or switches it off.
    @Test(arguments: [
        ([String: Severity?](), ["noncommercial-license"]),
        (
            ["license-not-allowed": .error, "noncommercial-license": .warning],
            ["noncommercial-license", "license-not-allowed"]
        ),
        (["noncommercial-license": nil], ["license-not-allowed"]),
        (["noncommercial-license": .error, "license-not-allowed": .warning], ["noncommercial-license"]),
    ])
    func deniedNoncommercialLicenceIsOneFinding(_ overrides: [String: Severity?], _ expected: [String]) {
        let image = Fixture.image(
            ExampleLicense.completeCredit(license: "CC BY-NC 4.0", path: "by-nc/4.0"),
            Fixture.license(Fixture.ccByNC4))
        let engine = Fixture.engine(
            overrides: overrides, commercial: true, policy: LicensePolicy(denied: ["CC-BY-NC-*"]))
        #expect(engine.check(image, path: "a.html").map(\.rule) == expected)
    }

    /// Every id a rule supersedes names another rule, and no two rules supersede each other.
    @Test(arguments: RuleRegistry.all.map { ($0.id, $0.supersedes) })
    func supersededRulesExist(_ id: String, _ superseded: [String]) {
        let ids = Set(RuleRegistry.all.map { $0.id })
        for other in superseded {
            #expect(ids.contains(other) && other != id)
            #expect(RuleEngine.superseded[other]?.contains(id) != true)
        }
    }

    /// An uncredited image is one fact, whatever its licence asks for: the rules about a
    /// credit's parts (author, source link, title, licence link) need a credit to judge.
    @Test(arguments: [nil, Fixture.ccBySA2, Fixture.ccBy4, Fixture.ccByNC4])
    func uncreditedImageIsOneFinding(_ definition: LicenseDefinition?) {
        let image = Fixture.image(nil, definition.map(Fixture.license))
        #expect(Fixture.engine().check(image, path: "a.html").map(\.rule) == ["missing-attribution"])
    }
}

import CreditLicenses
import Testing

@testable import CreditModel
@testable import CreditRules

/// Edge cases of the rules about the parts of a credit: author, source link, title.
@Suite struct AttributionRuleTests {
    func ids(_ image: ScannedImage, _ definitions: [LicenseDefinition] = Fixture.definitions)
        -> [String]
    {
        Fixture.engine(definitions).check(image, path: "a.html").map(\.rule)
    }

    /// A complete CC BY 4.0 credit except for the given author and source.
    func credit(author: String?, source: String?) -> ImageCredit {
        ImageCredit(
            text: "Photo, CC BY 4.0", author: author, source: source, licenseText: "CC BY 4.0",
            licenseURL: "https://creativecommons.org/licenses/by/4.0/",
            sourceURL: "https://example.org/original", strategy: .figcaption)
    }

    @Test("missing-attribution suggests the template credit")
    func missingAttributionSuggestion() throws {
        let finding = try #require(Fixture.engine().check(Fixture.image(nil), path: "a.html").first)
        #expect(finding.rule == "missing-attribution")
        #expect(finding.suggestion == "Photo: <author> / <source>, <licence> (<licence URL>)")
        #expect(finding.message.contains("\"img/photo.jpg\""))
    }

    @Test(
        "missing-author: no author and no source, or only a platform, is flagged",
        arguments: [
            nil, "", "  ", "Wikimedia Commons", "wikimedia   commons", "Flickr", "Wikipedia",
        ])
    func authorlessFlagged(_ source: String?) {
        let image = Fixture.image(
            credit(author: nil, source: source), Fixture.license(Fixture.ccBy4))
        #expect(ids(image) == ["missing-author"])
    }

    @Test(
        "missing-author: an organisation as source is accepted",
        arguments: ["NASA", "Bundesarchiv", "Reuters"])
    func organisationAccepted(_ source: String) {
        let image = Fixture.image(
            credit(author: nil, source: source), Fixture.license(Fixture.ccBy4))
        #expect(ids(image).isEmpty)
    }

    @Test("missing-author: a blank author counts as none")
    func blankAuthor() {
        let image = Fixture.image(credit(author: " ", source: nil), Fixture.license(Fixture.ccBy4))
        #expect(ids(image) == ["missing-author"])
    }

    @Test("missing-author: a credit without a licence, or a public-domain one, is not checked")
    func outOfScope() {
        var unlicensed = credit(author: nil, source: nil)
        unlicensed.licenseText = nil
        #expect(ids(Fixture.image(unlicensed)).isEmpty)
        let pd = ImageCredit(text: "CC0", licenseText: "CC0", strategy: .figcaption)
        #expect(ids(Fixture.image(pd, Fixture.license(Fixture.cc0))).isEmpty)
    }

    @Test("missing-author: an unversioned CC BY still needs the creator")
    func ambiguousNeedsAuthor() {
        let image = Fixture.image(credit(author: nil, source: nil), ExampleLicense.ambiguousCCBy)
        #expect(ids(image).contains("missing-author"))
    }

    @Test("missing-author suggests a credit that keeps what is known")
    func authorSuggestion() throws {
        let image = Fixture.image(
            credit(author: nil, source: "Flickr"), Fixture.license(Fixture.ccBy4))
        let finding = try #require(Fixture.engine().check(image, path: "a.html").first)
        #expect(
            finding.suggestion
                == "Photo: <author> / Flickr (https://example.org/original), CC BY 4.0 "
                + "(https://creativecommons.org/licenses/by/4.0/)")
    }

    @Test("missing-source-link: a blank source URL counts as none")
    func blankSourceLink() {
        var credit = credit(author: "Jane Doe", source: nil)
        credit.sourceURL = " "
        #expect(
            ids(Fixture.image(credit, Fixture.license(Fixture.ccBy4))) == ["missing-source-link"])
        credit.sourceURL = nil
        #expect(ids(Fixture.image(credit, Fixture.license(Fixture.cc0))).isEmpty)
    }

    @Test(
        "missing-title applies to versions up to 3.0 only",
        arguments: [("1.0", true), ("2.0", true), ("2.5", true), ("3.0", true), ("4.0", false)])
    func titleByVersion(_ version: String, _ flagged: Bool) {
        let definition = Fixture.cc("CC-BY-\(version)", "Attribution \(version)", "by", version)
        let credit = ImageCredit(
            text: "Jane Doe, CC BY \(version)", author: "Jane Doe", licenseText: "CC BY \(version)",
            licenseURL: definition.url, sourceURL: "https://example.org/original",
            strategy: .figcaption)
        let found = ids(Fixture.image(credit, Fixture.license(definition)), [definition])
        #expect(found == (flagged ? ["missing-title"] : []))
    }

    @Test("missing-title suggests a title placeholder")
    func titleSuggestion() throws {
        let example = try #require(MissingTitleRule.examples.first { $0.triggers })
        let finding = try #require(Fixture.run(example, with: Fixture.engine()).first)
        #expect(finding.suggestion?.hasPrefix("Photo: \"<title>\", Jane Doe / Flickr") == true)
    }

    @Test("missing-title ignores ports without a version and public-domain tools")
    func titleOutOfScope() {
        let unversioned = LicenseDefinition(
            id: "LicenseRef-X", name: "X", url: nil, family: .creativeCommons, unit: "by",
            requiresAttribution: true)
        let credit = ImageCredit(
            text: "Jane Doe", author: "Jane Doe", licenseURL: "https://example.org/x",
            sourceURL: "https://example.org/original", strategy: .figcaption)
        #expect(ids(Fixture.image(credit, Fixture.license(unversioned)), [unversioned]).isEmpty)
        #expect(ids(Fixture.image(credit, Fixture.license(Fixture.cc0))).isEmpty)
    }
}

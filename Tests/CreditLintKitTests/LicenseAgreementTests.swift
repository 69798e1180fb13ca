import CreditCore
import CreditHTML
import CreditLicenses
import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

/// `creditlint license` must give a licence string the id a scan gives a credit made of it.
@Suite("creditlint license agrees with the scanner")
struct LicenseAgreementTests {
    /// One input: a licence text, or a URL that the page holds as a link.
    struct Input: Sendable, CustomTestStringConvertible {
        let kind: String
        let text: String
        var testDescription: String { "\(kind) \(text)" }
    }

    /// Every row of the licence case table, and forms written for these tests.
    static let inputs: [Input] =
        caseTable.map { Input(kind: $0.kind, text: $0.input) }
        + [
            "© Mira Tamm CC BY 4.0", "all rights reserved (CC BY-NC-ND 3.0)", "PDM 1.0",
            "Non Commercial Sharealike V4.0", "CC BY-SA 4.0 or GFDL", "[GFDL or CC-BY-SA-3.0]",
            "Photo: Ode Vrij [CC-BY-3.0 (http://creativecommons.org/licenses/by/3.0)]",
            "Bild: Ulla Berg, Namensnennung – Weitergabe unter gleichen Bedingungen 3.0 Deutschland",
            "Flickr Creative Commons", "CC NC-SA", "Mill Pond Archive terms",
        ].map { Input(kind: "text", text: $0) } + [
            Input(kind: "url", text: "https://millpond.example/terms/photos")
        ]

    static let configuration = """
        licenses:
          - id: LicenseRef-MillPondArchive
            family: proprietary
            name: Mill Pond Archive terms
            attribution: yes
            aliases: [mill pond archive terms]
            urls: [millpond.example/terms]
        creditSelectors: ["div.credit"]
        """

    @Test("the lookup and the scanner's credit assembly give the same id", arguments: inputs)
    func sameID(_ input: Input) throws {
        let lookup = try LicenseLookup(configuration: Self.loadedConfiguration().configuration)
        let page = Self.page(for: input)
        let document = HTMLParser.parse(Data(page.utf8))
        let element = try #require(document.elements(named: ["div"]).first)
        let assembled = try #require(SelectedCredit.credit(element: element, in: document))
        var scanned = assembled.license?.id ?? "NONE"
        // A scan asks the site's own licences only when the catalogue names nothing.
        if assembled.license == nil, let extra = try Self.scanLicense(page: page) { scanned = extra }
        #expect(lookup.identify(input.text).contractValue == scanned)
    }

    /// The rows of the licence case table; none when it cannot be read, which fails below.
    static let caseTable = LicenseCase.load().filter { $0.kind != "missing" }

    @Test("the case table is part of the inputs")
    func caseTableIsRead() {
        #expect(Self.caseTable.count == 156)
    }

    @Test("a scan and the lookup both use the configuration's licences and policy")
    func configuration() throws {
        let lookup = try LicenseLookup(configuration: Self.loadedConfiguration().configuration)
        #expect(lookup.identify("Mill Pond Archive terms").contractValue == "LicenseRef-MillPondArchive")
        #expect(try LicenseLookup().identify("Mill Pond Archive terms") == .none)
        let policy = try Configuration.parse("deniedLicenses: [\"*-SA-*\"]\n", path: "test.yml").configuration
        let strict = try LicenseLookup(configuration: policy)
        #expect(strict.describe("CC BY-SA 4.0").contains("site policy: refused"))
        #expect(strict.describe("GFDL or CC BY-SA 4.0").contains("site policy: accepted"))
    }

    /// A page whose only credit is the input in a selected element.
    static func page(for input: Input) -> String {
        let escaped = input.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;")
        let credit = input.kind == "url" ? "<a href=\"\(escaped)\">\(escaped)</a>" : escaped
        return
            "<html><body><figure><img src=\"a.jpg\" alt=\"\"><div class=\"credit\">\(credit)</div></figure></body></html>"
    }

    /// The licence a full scan with the configuration reports for the page's image.
    static func scanLicense(page: String) throws -> String? {
        let folder = try TemporaryFolder(["page.html": page, ".creditlint.yml": configuration])
        let loaded = try Configuration.load(forRoot: folder.path)
        let (options, _) = try ScanOptions.merged(
            root: folder.path, configuration: loaded, commandLine: CommandLineOverrides(databasePath: "/dev/null"),
            knownRules: RuleCatalogText.ruleIDs)
        let report = try CreditLint.scanWithoutRecording(options)
        return report.documents.first?.images.first?.license?.id
    }

    static func loadedConfiguration() throws -> LoadedConfiguration {
        try Configuration.parse(configuration, path: ".creditlint.yml")
    }
}

import CreditLicenses
import CreditTestSupport
import Foundation
import Testing

/// The compiled catalogue is complete and consistent.
@Suite("Catalogue integrity")
struct CatalogIntegrityTests {
    static let ccRows: [[String]] = {
        let url = TestFiles.repositoryRoot.appendingPathComponent("Licenses/cc-tools.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }()

    @Test("every one of the 640 Creative Commons rows is in the catalogue")
    func allCreativeCommonsRows() {
        #expect(Self.ccRows.count == 640)
        let cc = LicenseCatalog.all.filter { $0.unit != nil }
        #expect(cc.count == 640)
        let urls = Set(cc.compactMap(\.url))
        for row in Self.ccRows where row.count > 4 {
            #expect(urls.contains(row[4]), "missing \(row[4])")
        }
    }

    @Test("ids are unique, case-insensitively")
    func uniqueIDs() {
        var seen: Set<String> = []
        for license in LicenseCatalog.all {
            #expect(seen.insert(license.id.lowercased()).inserted, "duplicate id \(license.id)")
        }
    }

    @Test("every Creative Commons row has a canonical creativecommons.org URL")
    func canonicalURLs() {
        for license in LicenseCatalog.all where license.unit != nil {
            #expect(license.url?.hasPrefix("https://creativecommons.org/") == true, "\(license.id)")
        }
    }

    @Test("every catalogue URL identifies its own licence")
    func urlsRoundTrip() {
        for license in LicenseCatalog.all {
            guard let url = license.url else { continue }
            #expect(LicenseIdentifier.identify(url: url).contractValue == license.id, "\(url)")
        }
    }

    @Test("every id is found by license(id:) in any case")
    func lookupByID() {
        for license in LicenseCatalog.all {
            #expect(LicenseCatalog.license(id: license.id.uppercased()) == license)
        }
        #expect(LicenseCatalog.license(id: "CC-BY-99.0") == nil)
    }

    @Test("ids follow the contract spelling")
    func idSpelling() throws {
        let pattern = try NSRegularExpression(
            pattern: #"^(CC-[A-Z0-9.-]+|CC0-1\.0|LicenseRef-CC-[A-Za-z-]+-\d\.\d(-[A-Z]+)?)$"#)
        for license in LicenseCatalog.all where license.unit != nil {
            let range = NSRange(location: 0, length: (license.id as NSString).length)
            #expect(pattern.firstMatch(in: license.id, range: range) != nil, "\(license.id)")
        }
    }

    @Test(
        "families and flags",
        arguments: [
            ("CC-BY-SA-3.0", LicenseDefinition.Family.creativeCommons, true, true, false, false, false),
            ("CC-BY-NC-ND-4.0", .creativeCommons, true, false, true, true, false),
            ("CC0-1.0", .publicDomain, false, false, false, false, false),
            ("CC-PDM-1.0", .publicDomain, false, false, false, false, false),
            ("CC-PDDC", .publicDomain, false, false, false, false, true),
            ("LicenseRef-CC-NC-1.0", .creativeCommons, false, false, true, false, true),
            ("LicenseRef-CC-Sampling-Plus-1.0", .creativeCommons, true, false, false, false, true),
            ("LicenseRef-AllRightsReserved", .proprietary, true, false, false, false, false),
            ("LicenseRef-Unsplash", .freeStock, false, false, false, false, false),
            ("GFDL-1.2-or-later", .otherOpen, true, true, false, false, false),
            ("LicenseRef-USGovWork", .publicDomain, false, false, false, false, false),
        ])
    func flags(
        id: String, family: LicenseDefinition.Family, attribution: Bool, shareAlike: Bool,
        nonCommercial: Bool, noDerivatives: Bool, retired: Bool
    ) throws {
        let license = try #require(LicenseCatalog.license(id: id))
        #expect(license.family == family)
        #expect(license.requiresAttribution == attribution)
        #expect(license.shareAlike == shareAlike)
        #expect(license.nonCommercial == nonCommercial)
        #expect(license.noDerivatives == noDerivatives)
        #expect(license.retired == retired)
    }

    @Test(
        "non-CC terms from the brief are present",
        arguments: [
            "LicenseRef-PublicDomain", "LicenseRef-NoKnownCopyrightRestrictions", "LicenseRef-AllRightsReserved",
            "LicenseRef-USGovWork", "LicenseRef-RightsStatements-NoC-US", "GFDL-1.1-only", "GFDL-1.1-or-later",
            "GFDL-1.2-only", "GFDL-1.2-or-later", "GFDL-1.3-only", "GFDL-1.3-or-later", "LAL-1.3", "OGL-UK-3.0",
            "etalab-2.0", "LicenseRef-Unsplash", "LicenseRef-Pexels", "LicenseRef-Pixabay",
        ])
    func otherTerms(id: String) {
        #expect(LicenseCatalog.license(id: id)?.id == id)
    }

    @Test("OR expressions of known ids resolve; flags hold only when every option sets them")
    func expressions() throws {
        let dual = try #require(LicenseCatalog.license(id: "CC-BY-SA-3.0 or GFDL-1.2-or-later"))
        #expect(dual.id == "CC-BY-SA-3.0 OR GFDL-1.2-or-later")
        #expect(dual.requiresAttribution)
        let free = try #require(LicenseCatalog.license(id: "CC-BY-NC-4.0 OR CC0-1.0"))
        #expect(!free.nonCommercial)
        #expect(!free.requiresAttribution)
        #expect(LicenseCatalog.license(id: "CC-BY-4.0 OR Nonsense-1.0") == nil)
    }
}

import CreditLicenses
import Testing

/// The many ways a licence URL is written.
@Suite("Licence URLs")
struct URLFormTests {
    @Test(
        "URL forms identify the licence",
        arguments: [
            ("https://creativecommons.org/licenses/by-sa/4.0/", "CC-BY-SA-4.0"),
            ("http://creativecommons.org/licenses/by-sa/4.0/", "CC-BY-SA-4.0"),
            ("https://www.creativecommons.org/licenses/by-sa/4.0/", "CC-BY-SA-4.0"),
            ("HTTPS://CreativeCommons.org/Licenses/BY-SA/4.0/", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0/deed.de", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0/deed.pt_BR", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0/legalcode", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0/?lang=de#top", "CC-BY-SA-4.0"),
            ("https://creativecommons.org/licenses/by-sa/4.0#section", "CC-BY-SA-4.0"),
            ("https://creativecommons.org:443/licenses/by-sa/4.0/", "CC-BY-SA-4.0"),
            ("//creativecommons.org/licenses/by/2.0/", "CC-BY-2.0"),
            ("creativecommons.org/licenses/by-nc/3.0", "CC-BY-NC-3.0"),
            ("www.creativecommons.org/licenses/by-nc/3.0", "CC-BY-NC-3.0"),
            ("<https://creativecommons.org/licenses/by/3.0/>", "CC-BY-3.0"),
            ("https://creativecommons.org/licenses/by-sa/3.0/de/", "CC-BY-SA-3.0-DE"),
            ("https://creativecommons.org/licenses/by-sa/3.0/de", "CC-BY-SA-3.0-DE"),
            ("https://creativecommons.org/licenses/by-sa/3.0/igo/", "CC-BY-SA-3.0-IGO"),
            ("https://creativecommons.org/licenses/by-nc-sa/2.5/scotland/", "LicenseRef-CC-BY-NC-SA-2.5-SCOTLAND"),
            ("https://creativecommons.org/licenses/by/2.5/au/deed.en", "CC-BY-2.5-AU"),
            ("https://i.creativecommons.org/l/by-sa/3.0/88x31.png", "CC-BY-SA-3.0"),
            ("https://i.creativecommons.org/l/by-sa/4.0/80x15.png", "CC-BY-SA-4.0"),
            ("https://licensebuttons.net/l/by-nc/4.0/88x31.png", "CC-BY-NC-4.0"),
            ("https://i.creativecommons.org/p/zero/1.0/88x31.png", "CC0-1.0"),
            ("https://i.creativecommons.org/p/mark/1.0/88x31.png", "CC-PDM-1.0"),
            ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
            ("https://creativecommons.org/publicdomain/zero/1.0/deed.fr", "CC0-1.0"),
            ("https://creativecommons.org/publicdomain/mark/1.0/", "CC-PDM-1.0"),
            ("https://creativecommons.org/share-your-work/public-domain/cc0/", "CC0-1.0"),
            ("https://creativecommons.org/share-your-work/public-domain/cc0", "CC0-1.0"),
            ("https://creativecommons.org/licenses/publicdomain/", "CC-PDDC"),
            ("https://creativecommons.org/licenses/by-nd-nc/1.0/", "CC-BY-NC-ND-1.0"),
            ("https://creativecommons.org/licenses/by-nd-nc/2.0/jp/", "LicenseRef-CC-BY-ND-NC-2.0-JP"),
            ("https://creativecommons.org/licenses/sampling+/1.0/", "LicenseRef-CC-Sampling-Plus-1.0"),
            ("https://creativecommons.org/licenses/nc-sampling+/1.0/tw/", "LicenseRef-CC-NC-Sampling-Plus-1.0-TW"),
            (
                "https://web.archive.org/web/20190101000000/https://creativecommons.org/licenses/by-sa/3.0/",
                "CC-BY-SA-3.0"
            ),
            ("http://web.archive.org/web/2019/http://creativecommons.org/licenses/by/2.0/deed.en?x=1", "CC-BY-2.0"),
            (
                "https://web.archive.org/web/20080101id_/http://www.creativecommons.org/licenses/by-nc/2.5/",
                "CC-BY-NC-2.5"
            ),
            ("https://www.gnu.org/licenses/fdl-1.3.html", "GFDL-1.3-only"),
            ("https://www.gnu.org/licenses/old-licenses/fdl-1.2.html", "GFDL-1.2-only"),
            ("http://www.gnu.org/copyleft/fdl.html", "GFDL-1.2-or-later"),
            ("https://artlibre.org/licence/lal/en/", "LAL-1.3"),
            ("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "OGL-UK-3.0"),
            ("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "etalab-2.0"),
            ("https://unsplash.com/license", "LicenseRef-Unsplash"),
            ("https://www.pexels.com/license/", "LicenseRef-Pexels"),
            ("https://pixabay.com/service/license/", "LicenseRef-Pixabay"),
            ("http://rightsstatements.org/vocab/NoC-US/1.0/", "LicenseRef-RightsStatements-NoC-US"),
            ("http://rightsstatements.org/vocab/InC/1.0/", "LicenseRef-AllRightsReserved"),
        ])
    func forms(url: String, expected: String) {
        #expect(LicenseIdentifier.identify(url: url).contractValue == expected)
        #expect(LicenseIdentifier.identify(url).contractValue == expected)
    }

    @Test(
        "invalid or unrelated URLs name nothing",
        arguments: [
            "https://creativecommons.org/licenses/by/5.0/",
            "https://creativecommons.org/licenses/by/2.1/",
            "https://creativecommons.org/licenses/by-sa/3.0/xx/",
            "https://creativecommons.org/licenses/by-sa/3.0/de/extra/",
            "https://creativecommons.org/licenses/by-nc-nd/1.0/",
            "https://creativecommons.org/licenses/attribution/4.0/",
            "https://creativecommons.org/about/",
            "https://creativecommons.org/",
            "https://notcreativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org.evil.example/licenses/by/4.0/",
            "https://unsplash.com/photos/abc",
            "https://www.pexels.com/photo/123/",
            "https://example.com/licenses/by/4.0/",
            "not a url at all",
            "",
        ])
    func invalid(url: String) {
        #expect(LicenseIdentifier.identify(url: url) == .none)
    }

    @Test("a CC unit without a version names the family only")
    func unversioned() {
        #expect(
            LicenseIdentifier.identify(url: "https://creativecommons.org/licenses/by-sa/")
                == .ambiguous(family: "by-sa"))
    }
}

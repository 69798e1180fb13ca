import CreditLicenses
import Testing

/// How the words of a credit and its licence links combine into one licence.
@Suite("The licence a credit states")
struct StatedLicenseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let link: String?
        let id: String
        let evidence: String
        var testDescription: String { "\(text) + \(link ?? "no link")" }
    }

    @Test(
        "a link completes the words and never contradicts them",
        arguments: [
            // A family without a version takes the linked version; the words may leave an element out.
            Case(
                text: "Kiosk CC by halvard_p", link: "https://creativecommons.org/licenses/by-sa/2.0/",
                id: "CC-BY-SA-2.0", evidence: "text+url"),
            Case(
                text: "Bild: Creative Commons", link: "https://creativecommons.org/licenses/by-nd/3.0/",
                id: "CC-BY-ND-3.0", evidence: "text+url"),
            // A licence without its port takes the linked port.
            Case(
                text: "Tove Lind, CC BY-SA 3.0", link: "https://creativecommons.org/licenses/by-sa/3.0/at/",
                id: "CC-BY-SA-3.0-AT", evidence: "text+url"),
            // "Public domain" takes the public-domain tool the link names.
            Case(
                text: "Photo: Ivar Noss, public domain", link: "https://creativecommons.org/publicdomain/mark/1.0/",
                id: "CC-PDM-1.0", evidence: "text+url"),
            Case(
                text: "Gemeinfrei", link: "https://creativecommons.org/publicdomain/zero/1.0/deed.de",
                id: "CC0-1.0", evidence: "text+url"),
            // A conflict keeps the words.
            Case(
                text: "Tove Lind, CC BY 2.0", link: "https://creativecommons.org/licenses/by-sa/2.0/",
                id: "CC-BY-2.0", evidence: "text"),
            Case(
                text: "CC BY-NC", link: "https://creativecommons.org/licenses/by/4.0/",
                id: "AMBIGUOUS", evidence: "text"),
            // A ©-notice names the holder: the link says the terms.
            Case(
                text: "© Ruth Amsel", link: "https://creativecommons.org/licenses/by/4.0/",
                id: "CC-BY-4.0", evidence: "url"),
            Case(text: "© Ruth Amsel", link: nil, id: "LicenseRef-AllRightsReserved", evidence: "text"),
            Case(
                text: "Foto: Hafenamt", link: "https://creativecommons.org/licenses/by-nc/2.0/",
                id: "CC-BY-NC-2.0", evidence: "url"),
        ])
    func linkCompletesWords(_ example: Case) {
        let stated = StatedLicense.resolve(text: example.text, linkURLs: example.link.map { [$0] } ?? [])
        #expect(stated?.identification.contractValue == example.id)
        #expect(stated?.evidence == example.evidence)
    }

    @Test(
        "a copyright sign or 'all rights reserved' beside an explicit licence yields to the licence",
        arguments: [
            ("© Ruth Amsel CC BY 4.0", "CC-BY-4.0"),
            ("© Ruth Amsel, CC BY 4.0", "CC-BY-4.0"),
            ("(c) 2021 Ruth Amsel CC BY-SA 4.0", "CC-BY-SA-4.0"),
            ("Foto: Ruth Amsel, alle Rechte vorbehalten (CC BY-NC-ND 3.0)", "CC-BY-NC-ND-3.0"),
            ("Ruth Amsel, all rights reserved", "LicenseRef-AllRightsReserved"),
        ])
    func noticeYields(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "licences offered as alternatives are one OR expression, in the order written",
        arguments: [
            ("Karte: Amt für Vermessung, CC BY-SA 4.0 or GFDL", "CC-BY-SA-4.0 OR GFDL-1.2-or-later"),
            ("[GFDL or CC-BY-SA-3.0]", "GFDL-1.2-or-later OR CC-BY-SA-3.0"),
            (
                "By Oda Rask (own work) [GFDL, CC-BY-SA-3.0 or CC BY-SA 2.5], via Wikimedia Commons",
                "GFDL-1.2-or-later OR CC-BY-SA-3.0 OR CC-BY-SA-2.5"
            ),
            (
                "CC-BY-SA-3.0 (https://creativecommons.org/licenses/by-sa/3.0/) oder GFDL",
                "CC-BY-SA-3.0 OR GFDL-1.2-or-later"
            ),
            // Not alternatives: two images' licences, or "of" in the caption.
            ("Left: CC BY 2.0; right: CC0", "CC-BY-2.0"),
            ("Photo of a ferry, CC BY 2.0 (https://creativecommons.org/licenses/by-sa/2.0/)", "CC-BY-2.0"),
        ])
    func alternatives(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "licence forms credits use",
        arguments: [
            ("Public Domain Mark", "CC-PDM-1.0"),
            ("PDM 1.0", "CC-PDM-1.0"),
            ("Public Domain Mark 1.0", "CC-PDM-1.0"),
            ("Non Commercial Sharealike V4.0", "CC-BY-NC-SA-4.0"),
            ("NonCommercial-NoDerivs version 3.0", "CC-BY-NC-ND-3.0"),
            ("CC NC 4.0", "CC-BY-NC-4.0"),
            ("NoDerivs-NonCommercial 1.0", "LicenseRef-CC-ND-NC-1.0"),
            ("CC NC-SA", "AMBIGUOUS"),
            ("Ode Vrij [CC-BY-3.0 (http://creativecommons.org/licenses/by/3.0)]", "CC-BY-3.0"),
            ("Ode Vrij [CC-BY-2.0 (http://creativecommons.org/licenses/by/2.0)], via Wikimedia Commons", "CC-BY-2.0"),
        ])
    func forms(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "'Creative Commons' alone states an unspecified licence only where the words make it one",
        arguments: [
            ("Photo used under Creative Commons from sunny_lake", "AMBIGUOUS"),
            ("Bild unter Creative Commons von Jan Ek", "AMBIGUOUS"),
            ("Flickr Creative Commons", "AMBIGUOUS"),
            ("Bild: Jan Ek / Creative Commons", "AMBIGUOUS"),
            ("Foto: Jan Ek via Flickr (Creative Commons) – Blick auf den Hafen", "AMBIGUOUS"),
            ("Foto unter CC-Lizenz von Jan Ek", "AMBIGUOUS"),
            ("Photo: Jan Ek, CC license", "AMBIGUOUS"),
            ("CC: the editors", "NONE"),
            ("The Creative Commons movement began in 2001", "NONE"),
            ("PDM", "NONE"),
        ])
    func bareCreativeCommons(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }
}

import CreditLicenses
import Testing

/// Licence names written in words.
@Suite("Licence names in text")
struct TextFormTests {
    @Test(
        "text forms identify the licence",
        arguments: [
            ("CC BY-SA 3.0", "CC-BY-SA-3.0"),
            ("CC-BY-NC-ND-4.0", "CC-BY-NC-ND-4.0"),
            ("cc-by-sa-3.0-de", "CC-BY-SA-3.0-DE"),
            ("CC BY-SA 3.0 DE", "CC-BY-SA-3.0-DE"),
            ("CC BY-SA IGO 3.0", "CC-BY-SA-3.0-IGO"),
            ("CC BY-NC-ND 3.0 IGO", "CC-BY-NC-ND-3.0-IGO"),
            ("Creative Commons Attribution-ShareAlike 3.0 Unported", "CC-BY-SA-3.0"),
            ("Creative Commons Attribution-Share Alike 4.0", "CC-BY-SA-4.0"),
            ("Creative Commons Attribution Share-Alike 4.0 International license", "CC-BY-SA-4.0"),
            ("Attribution 2.0 Generic (CC BY 2.0)", "CC-BY-2.0"),
            ("cc0", "CC0-1.0"),
            ("CC0 1.0 Universal", "CC0-1.0"),
            ("CC BY 4.0 DE", "CC-BY-4.0"),
            ("CC BY-NC-SA 4.0 International", "CC-BY-NC-SA-4.0"),
            ("CC BY-NC-ND 1.0", "CC-BY-NC-ND-1.0"),
            ("CC BY 2.5 AU", "CC-BY-2.5-AU"),
            ("cc by-sa 2.0 uk", "CC-BY-SA-2.0-UK"),
            ("Namensnennung 4.0 International", "CC-BY-4.0"),
            ("Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland", "CC-BY-SA-3.0-DE"),
            ("Namensnennung - Nicht kommerziell 3.0 Deutschland", "CC-BY-NC-3.0-DE"),
            ("Creative Commons Namensnennung 3.0 Österreich", "CC-BY-3.0-AT"),
            ("Paternité 2.0 France", "LicenseRef-CC-BY-2.0-FR"),
            ("Reconocimiento-NoComercial-CompartirIgual 2.5 España", "LicenseRef-CC-BY-NC-SA-2.5-ES"),
            ("Uznanie autorstwa 3.0 Polska", "LicenseRef-CC-BY-3.0-PL"),
            ("Atribuição-Uso Não Comercial 2.5 Brasil", "LicenseRef-CC-BY-NC-2.5-BR"),
            ("Naamsvermelding 3.0 Nederland", "CC-BY-3.0-NL"),
            ("創用CC 姓名標示-相同方式分享 3.0 台灣", "LicenseRef-CC-BY-SA-3.0-TW"),
            ("Public Domain Mark", "CC-PDM-1.0"),
            ("GFDL 1.3", "GFDL-1.3-only"),
            ("GNU Free Documentation License, version 1.2 or any later version", "GFDL-1.2-or-later"),
            ("Free Art License 1.3", "LAL-1.3"),
            ("Licence Art Libre", "LAL-1.3"),
            ("Open Government Licence v3.0", "OGL-UK-3.0"),
            ("Licence Ouverte 2.0", "etalab-2.0"),
            ("gemeinfrei", "LicenseRef-PublicDomain"),
            ("domaine public", "LicenseRef-PublicDomain"),
            ("dominio público", "LicenseRef-PublicDomain"),
            ("Alle Rechte vorbehalten", "LicenseRef-AllRightsReserved"),
            ("© Jane Doe", "LicenseRef-AllRightsReserved"),
            ("Unsplash License", "LicenseRef-Unsplash"),
            ("Pixabay Content License", "LicenseRef-Pixabay"),
            ("CC BY-SA 4.0 or GFDL 1.3", "CC-BY-SA-4.0 OR GFDL-1.3-only"),
            ("CC BY 4.0 oder CC0", "CC-BY-4.0 OR CC0-1.0"),
            ("BY-SA 4.0", "CC-BY-SA-4.0"),
            ("Lizenz: BY-NC-ND 3.0 DE", "CC-BY-NC-ND-3.0-DE"),
            ("CC-PDDC", "CC-PDDC"),
            ("NonCommercial 2.0", "LicenseRef-CC-NC-2.0-JP"),
            ("CC BY 3.0 US", "CC-BY-3.0-US"),
            ("CC BY 3.0 United States", "CC-BY-3.0-US"),
            ("Creative Commons license", "AMBIGUOUS"),
            ("CC BY-ND-NC 2.0 JP", "LicenseRef-CC-BY-ND-NC-2.0-JP"),
            ("CC BY-NC-ND 2.0 JP", "LicenseRef-CC-BY-NC-ND-2.0-JP"),
        ])
    func forms(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "unversioned families are ambiguous, never a guess",
        arguments: [
            "CC BY", "CC-BY-SA", "cc by-nc", "creative commons 4.0", "Creative Commons",
            "Attribution-NonCommercial-Share-Alike", "CC BY-SA DE", "Namensnennung - Nicht kommerziell",
        ])
    func ambiguous(text: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == "AMBIGUOUS")
    }

    @Test(
        "ordinary prose names no licence",
        arguments: [
            "Photo by Jane on Unsplash", "Foto: dpa", "Stand by me", "attribution required",
            "sa nd nc by", "CC: the editors", "Version 3.0 of the app", "made in DE 2.0",
            "Source: Wikimedia Commons", "copyright law is complex", "It was a good day at the park",
            "Cc Jane, Bob", "No copy right", "The Creative Commons movement began in 2001",
            "nicht kommerziell 2.0", "NonCommercial 2.0 International", "BY-SA", "by sa 2.0", "Photo by 2.0 Studio",
            "taken by nd 3.0",
        ])
    func prose(text: String) {
        #expect(LicenseIdentifier.identify(text: text) == .none)
    }

    @Test("a licence that does not exist is not identified")
    func nonexistent() {
        #expect(LicenseIdentifier.identify(text: "CC BY 2.1") == .none)
        #expect(LicenseIdentifier.identify(text: "CC BY 5.0") == .none)
    }
}

import CreditLicenses
import Testing

/// Licence names in other languages, read through Creative Commons' own translations
/// (`Licenses/cc-translations.tsv`).
@Suite("Licence names in other languages")
struct LocalizedNameTests {
    @Test(
        "translated unit names, versions and country names identify the licence",
        arguments: [
            ("Naamsvermelding-NietCommercieel 3.0 Nederland", "LicenseRef-CC-BY-NC-3.0-NL"),
            ("Namensnennung - Nicht kommerziell - Keine Bearbeitungen 4.0 International", "CC-BY-NC-ND-4.0"),
            ("Namensnennung 3.0 Österreich", "CC-BY-3.0-AT"),
            ("Atribución-NoComercial-CompartirIgual 4.0 Internacional", "CC-BY-NC-SA-4.0"),
            ("Reconocimiento-SinObraDerivada 2.5 España", "LicenseRef-CC-BY-ND-2.5-ES"),
            ("Reconocimiento 3.0 Chile", "LicenseRef-CC-BY-3.0-CL"),
            ("Attribuzione - Non commerciale 3.0 Italia", "LicenseRef-CC-BY-NC-3.0-IT"),
            ("Uznanie autorstwa-Na tych samych warunkach 3.0 Polska", "LicenseRef-CC-BY-SA-3.0-PL"),
            ("Atribuição-CompartilhaIgual 3.0 Brasil", "LicenseRef-CC-BY-SA-3.0-BR"),
            ("Erkännande-IckeKommersiell 2.5 Sverige", "LicenseRef-CC-BY-NC-2.5-SE"),
            ("Uveďte původ-Neužívejte dílo komerčně 3.0 Česká republika", "LicenseRef-CC-BY-NC-3.0-CZ"),
            ("表示 - 非営利 - 改変禁止 2.1 日本", "LicenseRef-CC-BY-NC-ND-2.1-JP"),
            ("저작자표시-동일조건변경허락 2.0 대한민국", "LicenseRef-CC-BY-SA-2.0-KR"),
            ("크리에이티브 커먼즈 저작자표시 4.0 국제", "CC-BY-4.0"),
            ("署名-非商业性使用-禁止演绎 3.0 中国大陆", "LicenseRef-CC-BY-NC-ND-3.0-CN"),
            ("姓名標示-非商業性-相同方式分享 3.0 台灣", "LicenseRef-CC-BY-NC-SA-3.0-TW"),
            ("С указанием авторства — Некоммерческая 4.0 Международная", "CC-BY-NC-4.0"),
            ("Nimeä-EiKaupallinen 1.0 Suomi", "LicenseRef-CC-BY-NC-1.0-FI"),
            ("Atıf-GayriTicari 4.0 Uluslararası", "CC-BY-NC-4.0"),
            ("Αναφορά Δημιουργού - Παρόμοια Διανομή 3.0 Ελλάδα", "LicenseRef-CC-BY-SA-3.0-GR"),
            ("Atribusi-BerbagiSerupa 4.0 Internasional", "CC-BY-SA-4.0"),
            ("Creative Commons Uznanie autorstwa 4.0 Międzynarodowa Licencja Publiczna", "CC-BY-4.0"),
            (
                "Paternité - Pas d'Utilisation Commerciale - Partage des Conditions Initiales à l'Identique 2.0 France",
                "CC-BY-NC-SA-2.0-FR"
            ),
        ])
    func translatedNames(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "the language of the words suggests its port; the modern translation of a generic licence does not",
        arguments: [
            ("Namensnennung-Weitergabe unter gleichen Bedingungen 2.0", "LicenseRef-CC-BY-SA-2.0-DE"),
            ("Attribution - Pas d'Utilisation Commerciale 3.0 non transposé", "CC-BY-NC-3.0"),
            ("Attribution - Partage dans les Mêmes Conditions 4.0 International", "CC-BY-SA-4.0"),
        ])
    func languageHints(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "the public-domain tools and 'public domain' in other languages",
        arguments: [
            ("Marque du Domaine Public 1.0", "CC-PDM-1.0"),
            ("Marchio di pubblico dominio", "CC-PDM-1.0"),
            ("Etiqueta de Dominio Público 1.0", "CC-PDM-1.0"),
            ("パブリック・ドメイン・マーク 1.0", "CC-PDM-1.0"),
            ("Foto: Archiv Lenz, Dominio Público", "LicenseRef-PublicDomain"),
            ("Domaine public", "LicenseRef-PublicDomain"),
            ("Publiek domein", "LicenseRef-PublicDomain"),
            ("パブリック・ドメイン", "LicenseRef-PublicDomain"),
        ])
    func publicDomain(text: String, expected: String) {
        #expect(LicenseIdentifier.identify(text: text).contractValue == expected)
    }

    @Test(
        "a translated element name alone, or everyday words, name no licence",
        arguments: [
            "Namensnennung", "Keine Bearbeitung", "Reconocimiento del equipo", "表示",
            "Foto tatt i det fri", "nicht kommerziell 2.0",
        ])
    func prose(text: String) {
        #expect(LicenseIdentifier.identify(text: text) == .none)
    }
}

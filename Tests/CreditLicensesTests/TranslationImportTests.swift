import CreditTestSupport
import Foundation
import LicenseCatalogGenerator
import Testing

/// The importer that turns Creative Commons' gettext translations into `cc-translations.tsv`,
/// run on translation files written for these tests.
@Suite("Importing Creative Commons' translations")
struct TranslationImportTests {
    static let deeds = #"""
        # A translation file in the shape of cc-legal-tools-app's.
        msgid ""
        msgstr ""
        "Language: xx\n"

        #: deeds/mappers.py:1
        msgid "Attribution"
        msgstr "Nomeo"

        msgid "ShareAlike"
        msgstr "Samodo"

        msgid "Attribution-ShareAlike"
        msgstr "Nomeo - Samodo "
        "Vario"

        msgid "Attribution-NoDerivs"
        msgstr "Nulla-Nomeo"

        msgid "NonCommercial"
        msgstr "«NonCommercial» («Negotia»)"

        #, fuzzy
        msgid "NoDerivs"
        msgstr "Guessed"

        msgid "Sampling"
        msgstr ""

        msgid "Public Domain"
        msgstr "Libera"

        msgid "Public Domain Mark"
        msgstr "Signo Libera"

        msgid "Creative Commons"
        msgstr "Creative Commons"

        msgid "Germany"
        msgstr "Teutonia \"Nova\""

        msgid "Italy"
        msgstr "Ý"
        """#

    static let legalCode = #"""
        msgid "license_medium.by-sa"
        msgstr "Nomeo-Samodo 4.0 Mundial"

        msgid "license_long.by-sa"
        msgstr "Publica Licentia Nomeo-Samodo 4.0 Mundial Finis"
        """#

    @Test("a .po file's translated, non-fuzzy messages are read, continued lines joined")
    func poFile() {
        let file = POFile(text: Self.deeds)
        #expect(file.messages["Attribution-ShareAlike"] == "Nomeo - Samodo Vario")
        #expect(file.messages["NoDerivs"] == nil)
        #expect(file.messages["Sampling"] == nil)
        #expect(file.messages["Germany"] == "Teutonia \"Nova\"")
    }

    @Test("names are extracted with their meaning, split where the order is safe")
    func rows() throws {
        let checkout = try TemporaryFolder([
            "locale/xx_YY/LC_MESSAGES/django.po": Self.deeds,
            "locale.licenses/xx/LC_MESSAGES/by_4.0.po": Self.legalCode,
        ])
        let rows = try CCTranslationImporter.rows(checkout: checkout.url, countries: ["Germany": "de", "Italy": "it"])
        let found = Set(rows.map { "\($0.language) \($0.meaning) \($0.phrase)" })
        let expected: Set<String> = [
            "xx by Nomeo", "xx sa Samodo", "xx sa Samodo Vario",
            // The translator put the elements in another order: kept whole, never split wrong.
            "xx by-nd Nulla-Nomeo",
            // The gloss in brackets, without the English name it glosses.
            "xx nc Negotia",
            // "Public Domain" is kept where the Mark's name is built on it.
            "xx mark Signo Libera", "xx public-domain Libera",
            // A one-letter country name would read "y" (and) as Italy.
            "xx port:de Teutonia Nova",
            // From the legal code's titles.
            "xx generic Mundial", "xx anchor Publica Licentia", "xx noise Finis",
        ]
        #expect(found == expected)
    }

    @Test("the file names its source repository and commits")
    func header() {
        let source = CCTranslationImporter.Source(
            repository: "creativecommons/cc-legal-tools-app", deedsCommit: "aaa", legalCodeCommit: "bbb")
        let text = CCTranslationImporter.render([], source: source)
        #expect(text.contains("https://github.com/creativecommons/cc-legal-tools-app"))
        #expect(text.contains("django.po at aaa"))
        #expect(text.contains("by_4.0.po at bbb"))
        #expect(text.hasSuffix("language\tmeaning\tmsgid\tphrase\n"))
    }
}

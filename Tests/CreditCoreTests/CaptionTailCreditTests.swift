import Testing

@testable import CreditAttribution
@testable import CreditText

/// Credits that close a caption without a label: a bare agency in any case, a handout
/// phrase, "Name for Publication", a chain of names before an agency, a bracketed licence.
@Suite("Credits closing a caption")
struct CaptionTailCreditTests {
    @Test(
        arguments: [
            // A bare agency, in the case the desk happened to type it.
            ("Los bomberos apagan el fuego en el puerto. | Efe", "Efe", "Los bomberos apagan el fuego en el puerto."),
            ("Los bomberos apagan el fuego en el puerto. efe", "efe", "Los bomberos apagan el fuego en el puerto."),
            ("Die Fähre legt im Hafen an. Anna Weber/Dpa", "Anna Weber/Dpa", "Die Fähre legt im Hafen an."),
            ("Traffic backs up at the border crossing. Afp", "Afp", "Traffic backs up at the border crossing."),
            ("Il sindaco in piazza (Foto Ansa)", "Foto Ansa", "Il sindaco in piazza"),
            ("Il sindaco in piazza. Foto Ansa", "Foto Ansa", "Il sindaco in piazza."),
            ("Masks sold out at a pharmacy. Photo provided", "Photo provided", "Masks sold out at a pharmacy."),
            // Handouts and courtesy, with or without a giver.
            ("Maria Lopez  Submitted photo", "Submitted photo", "Maria Lopez"),
            (
                "Volunteers sort food at the pantry. Contributed photo.", "Contributed photo",
                "Volunteers sort food at the pantry."
            ),
            ("La nueva biblioteca del barrio. Cortesía", "Cortesía", "La nueva biblioteca del barrio."),
            (
                "El equipo campeón en el estadio. Cortesía de la Alcaldía", "Cortesía de la Alcaldía",
                "El equipo campeón en el estadio."
            ),
            ("Os atletas no pódio. | Divulgação", "Divulgação", "Os atletas no pódio."),
            (
                "Das neue Gerätehaus. Mit freundlicher Genehmigung von Max Beispiel",
                "Mit freundlicher Genehmigung von Max Beispiel", "Das neue Gerätehaus."
            ),
            (
                "A new playground opens downtown. Photo provided by the Parks Department",
                "Photo provided by the Parks Department", "A new playground opens downtown."
            ),
            // "Name for Publication" after a separator.
            (
                "Diners at the counter on Friday. | Maria Gomez for The Daily Example",
                "Maria Gomez for The Daily Example", "Diners at the counter on Friday."
            ),
            // Names chained to an agency by the separator, and a name set as its own sentence.
            (
                "Le maire visite le chantier. Jean Dupont / Agence Exemple / AFP",
                "Jean Dupont / Agence Exemple / AFP", "Le maire visite le chantier."
            ),
            ("Le maire visite le chantier. Jean Dupont / AFP", "Jean Dupont / AFP", "Le maire visite le chantier."),
            // A licence in brackets closing the caption is the credit, without the brackets.
            ("A civil-defence poster from 1950. (Public domain)", "Public domain", "A civil-defence poster from 1950."),
            // Labels seen on photo-sharing sites and German pages.
            (
                "The old market hall. Taken by Ann Lee in May 2010, Wikimedia Commons",
                "Taken by Ann Lee in May 2010, Wikimedia Commons", "The old market hall."
            ),
            (
                "Der Leuchtturm bei Nebel. Urheber: Max Beispiel (Eigenes Werk), CC BY-SA 4.0",
                "Urheber: Max Beispiel (Eigenes Werk), CC BY-SA 4.0", "Der Leuchtturm bei Nebel."
            ),
            // A host name after a weak label is a source, not prose.
            ("Quelle: stadtarchiv-beispiel.de", "Quelle: stadtarchiv-beispiel.de", nil),
            // A word saying which pictures a label covers belongs to the credit.
            ("All photos: Jane Roe", "All photos: Jane Roe", nil),
            ("The harbour. Main image: Example Stock", "Main image: Example Stock", "The harbour."),
            // "copyright" as a plain noun: the sentence is the statement about the rights.
            (
                "A map of the old town. See the full map, and read about its copyright terms.",
                "See the full map, and read about its copyright terms.", "A map of the old town."
            ),
        ] as [(String, String, String?)])
    func findsTheCredit(caption: String, credit: String, rest: String?) throws {
        let span = try #require(CreditSpanFinder.find(in: caption))
        #expect(span.text == credit)
        #expect(span.caption == rest)
    }

    @Test(arguments: [
        "Land taken by the army in 1967",
        "Students in the hall received a handout",
        "The team submitted photo evidence to the court",
        "Efe",
        "The file EPA_visualisation_final",
    ])
    func isNoCredit(caption: String) {
        #expect(CreditSpanFinder.find(in: caption) == nil)
    }

    @Test(arguments: [
        ("Bild: Telefonkarte aus Kanada, 20 $", false),
        ("Foto: Drei Zimmer mit 45 Quadratmetern", false),
        ("Foto: Max Beispiel 1998", true),
        ("Credit: Example Wire", true),
        ("Foto: © jane_roe/stock.example.com", true),
    ])
    func attributeTextThatCountsOrPricesIsNoCredit(text: String, isCredit: Bool) {
        #expect((CreditLocator.attributeSpan(text) != nil) == isCredit)
    }
}

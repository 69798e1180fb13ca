import Testing

@testable import CreditText

@Suite("Credit spans inside captions")
struct CreditSpanFinderTests {
    @Test(
        arguments: [
            ("Caption text. | Foto: Reuters", "Foto: Reuters", "Caption text."),
            ("Caption (Photo: Jane Doe/AP)", "Photo: Jane Doe/AP", "Caption"),
            ("Caption. Credit: X", "Credit: X", "Caption."),
            ("© Paul-Langrock.de", "© Paul-Langrock.de", nil),
            ("A fox in the snow. Photo by Sam Lee on Unsplash", "Photo by Sam Lee on Unsplash", "A fox in the snow."),
            ("Launch pad at dawn (NASA via AP, File)", "NASA via AP, File", "Launch pad at dawn"),
            ("Der Marktplatz am Abend. Bild: Stadtarchiv", "Bild: Stadtarchiv", "Der Marktplatz am Abend."),
            ("La plaza mayor. Fuente: Ayuntamiento", "Fuente: Ayuntamiento", "La plaza mayor."),
            ("Rynek w Krakowie. Źródło: Shutterstock", "Źródło: Shutterstock", "Rynek w Krakowie."),
            ("Courtesy of the City Museum", "Courtesy of the City Museum", nil),
            ("Street market / Shutterstock", "Shutterstock", "Street market"),
            ("Der neue Radweg am Ufer / Jana Novak", "Jana Novak", "Der neue Radweg am Ufer"),
            (
                "Voters line up on Tuesday. (Jane Doe/The Daily Example)", "Jane Doe/The Daily Example",
                "Voters line up on Tuesday."
            ),
            (
                "Voters line up on Tuesday. Ted S. Warren/The Daily Example", "Ted S. Warren/The Daily Example",
                "Voters line up on Tuesday."
            ),
            ("Harbour cranes at night Jan Novak/Reuters", "Jan Novak/Reuters", "Harbour cranes at night"),
            ("Night traffic (Image: @CityPolice)", "Image: @CityPolice", "Night traffic"),
            (
                "\"Old mill\" by Ana Diaz, CC BY-NC 2.0, from the city archive.",
                "\"Old mill\" by Ana Diaz, CC BY-NC 2.0, from the city archive.", nil
            ),
            (
                "The mill in winter. \"Old mill\" by Ana Diaz is licensed under CC BY 2.0",
                "\"Old mill\" by Ana Diaz is licensed under CC BY 2.0", "The mill in winter."
            ),
            (
                "Old mill (Symbolbild) (Bildquelle: Max Muster (CC0) - (Symbolbild))",
                "Bildquelle: Max Muster (CC0) - (Symbolbild)", "Old mill (Symbolbild)"
            ),
        ] as [(String, String, String?)])
    func findsTheCreditSpan(caption: String, credit: String, rest: String?) throws {
        let span = try #require(CreditSpanFinder.find(in: caption))
        #expect(span.text == credit)
        #expect(span.caption == rest)
    }

    @Test(arguments: [
        "A fox crosses a snowy field at dawn.",
        "Image: A crowd gathers outside the town hall after the vote",
        "The mayor, left, talks to residents in the old town.",
        "Photo: the new bridge seen from the river bank at sunset with boats passing below it",
        "Researchers say the results were released by the institute last week.",
        "The senator speaks with AP reporters.",
        "A screenshot of the Getty Images homepage",
        "The senator posted the picture on Twitter",
        "Cats / Dogs",
        "Commuters crowd the trains in Berlin/Brandenburg",
        "Voters line up on Tuesday. (Symbolbild)",
        "The two leaders met in Rome / the talks went on until night.",
    ])
    func descriptiveCaptionIsNoCredit(caption: String) {
        #expect(CreditSpanFinder.find(in: caption) == nil)
    }

    @Test(arguments: [
        ("Posiedzenie Sejmu. fot. PAP/Jan Kowalski", "fot. PAP/Jan Kowalski"),
        ("Заседание совета. Фото: ТАСС", "Фото: ТАСС"),
        ("서울 도심의 야경. 사진=연합뉴스", "사진=연합뉴스"),
        ("De markt in Utrecht. Beeld: ANP", "Beeld: ANP"),
        ("Screenshot: Example Video Channel", "Screenshot: Example Video Channel"),
        ("Photo by: Example Press", "Photo by: Example Press"),
        ("Crowds in the square, May 1, 2023. REUTERS/Jane Doe", "REUTERS/Jane Doe"),
        ("Crowds in the square. Jean Roe/AFP via Getty Images", "Jean Roe/AFP via Getty Images"),
    ])
    func labelsInOtherLanguages(caption: String, credit: String) throws {
        #expect(try #require(CreditSpanFinder.find(in: caption)).text == credit)
    }

    @Test func seedCaseFindsTheByClause() throws {
        let span = try #require(
            CreditSpanFinder.find(
                in:
                    "The KSF, By SUHEJLO (Own work) [CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons"
            ))
        #expect(span.text.hasPrefix("By SUHEJLO"))
        #expect(span.text.hasSuffix("via Wikimedia Commons"))
        #expect(span.caption == "The KSF")
    }
}

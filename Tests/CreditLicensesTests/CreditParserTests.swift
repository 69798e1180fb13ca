import CreditLicenses
import Testing

/// One expected parse. `nil` fields must come out nil; confidence is a range.
struct CreditCase: Sendable, CustomTestStringConvertible {
    var text: String
    var links: [CreditLink] = []
    var author: String?
    var source: String?
    var title: String?
    var ownWork = false
    var licenseText: String?
    var licenseURL: String?
    var sourceURL: String?
    var modifications: [String] = []
    var credit = true

    var testDescription: String { text }
}

@Suite("Credit parsing")
struct CreditParserTests {
    static let cases: [CreditCase] = [
        CreditCase(
            text:
                "By SUHEJLO (Own work) [CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons",
            author: "SUHEJLO", source: "Wikimedia Commons", ownWork: true, licenseText: "CC BY-SA 3.0",
            licenseURL: "https://creativecommons.org/licenses/by-sa/3.0"),
        CreditCase(
            text:
                "The KSF, By SUHEJLO (Own work) [CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons",
            author: "SUHEJLO", source: "Wikimedia Commons", title: "The KSF", ownWork: true,
            licenseText: "CC BY-SA 3.0",
            licenseURL: "https://creativecommons.org/licenses/by-sa/3.0"),
        CreditCase(text: "Photo: Jane Doe/Reuters", author: "Jane Doe", source: "Reuters"),
        CreditCase(text: "Foto: dpa", source: "dpa"),
        CreditCase(text: "Foto: Reuters", source: "Reuters"),
        CreditCase(text: "Photo by Jane Doe on Unsplash", author: "Jane Doe", source: "Unsplash"),
        CreditCase(text: "Jane Doe via Getty Images", author: "Jane Doe", source: "Getty Images"),
        CreditCase(text: "(NASA via AP, File)", author: "NASA", source: "Associated Press"),
        CreditCase(text: "Courtesy of the Smithsonian Institution", source: "the Smithsonian Institution"),
        CreditCase(text: "Courtesy NASA/JPL-Caltech", source: "NASA/JPL-Caltech"),
        CreditCase(
            text: "\"Sunset over the bay\" by Max Mustermann is licensed under CC BY 2.0",
            author: "Max Mustermann", title: "Sunset over the bay", licenseText: "CC BY 2.0"),
        CreditCase(
            text: "“Old Mill” by Anna Berg is licensed under CC BY-SA 4.0",
            links: [
                CreditLink(text: "“Old Mill”", href: "https://www.flickr.com/photos/anna/123"),
                CreditLink(
                    text: "CC BY-SA 4.0", href: "https://creativecommons.org/licenses/by-sa/4.0/?ref=openverse",
                    rel: "license"),
            ],
            author: "Anna Berg", title: "Old Mill", licenseText: "CC BY-SA 4.0",
            licenseURL: "https://creativecommons.org/licenses/by-sa/4.0/?ref=openverse",
            sourceURL: "https://www.flickr.com/photos/anna/123"),
        CreditCase(
            text: "Image: Ola Nordmann (CC BY-SA 4.0), cropped", author: "Ola Nordmann", licenseText: "CC BY-SA 4.0",
            modifications: ["cropped"]),
        CreditCase(text: "© Paul-Langrock.de", author: "Paul-Langrock.de"),
        CreditCase(text: "Bild: Max Muster / CC BY-SA 3.0 DE", author: "Max Muster", licenseText: "CC BY-SA 3.0 DE"),
        CreditCase(text: "Source: Wikimedia Commons", source: "Wikimedia Commons"),
        CreditCase(text: "Foto: picture alliance / dpa", source: "picture alliance"),
        CreditCase(text: "Foto: Max Muster/imago images", author: "Max Muster", source: "imago"),
        CreditCase(text: "Photo: AFP", source: "AFP"),
        CreditCase(text: "Crédit photo : Jean Dupont / AFP", author: "Jean Dupont", source: "AFP"),
        CreditCase(text: "Fuente: Ana García (CC BY 4.0)", author: "Ana García", licenseText: "CC BY 4.0"),
        CreditCase(
            text: "Źródło: Jan Kowalski, CC BY-SA 3.0 PL", author: "Jan Kowalski", licenseText: "CC BY-SA 3.0 PL"),
        CreditCase(text: "Copyright Reuters", source: "Reuters"),
        CreditCase(text: "© 2021 John Smith", author: "John Smith"),
        CreditCase(text: "Photo credit: Sam Lee/Shutterstock", author: "Sam Lee", source: "Shutterstock"),
        CreditCase(text: "iStock", source: "iStock"),
        CreditCase(
            text: "Foto: Erika Muster, zugeschnitten (CC BY 4.0)", author: "Erika Muster", licenseText: "CC BY 4.0",
            modifications: ["zugeschnitten"]),
        CreditCase(
            text: "Image adapted from Karl Otto, CC0", author: "Karl Otto", licenseText: "CC0",
            modifications: ["adapted from Karl Otto"]),
        CreditCase(
            text: "Photo by Lee Kim, https://example.org/photos/42, CC BY 4.0",
            author: "Lee Kim", licenseText: "CC BY 4.0", sourceURL: "https://example.org/photos/42"),
        CreditCase(
            text: "Mark Twain, public domain, via Wikimedia Commons", author: "Mark Twain", source: "Wikimedia Commons",
            licenseText: "public domain"),
        CreditCase(
            text: "Photo: Alex Roe",
            links: [CreditLink(text: "Alex Roe", href: "https://unsplash.com/@alexroe")],
            author: "Alex Roe", sourceURL: "https://unsplash.com/@alexroe"),
        CreditCase(text: "REUTERS/Kai Pfaffenbach", author: "Kai Pfaffenbach", source: "Reuters"),
        CreditCase(text: "(AP Photo/Evan Vucci)", author: "Evan Vucci", source: "Associated Press"),
        CreditCase(text: "Foto: Max Mustermann", author: "Max Mustermann"),
        CreditCase(text: "Photo: Getty Images/iStockphoto", source: "Getty Images"),
        CreditCase(text: "Mit freundlicher Genehmigung von dpa", source: "dpa"),
        CreditCase(
            text: "Bild: Wikimedia Commons / Hans Meier / CC BY-SA 4.0", author: "Hans Meier",
            source: "Wikimedia Commons",
            licenseText: "CC BY-SA 4.0"),
        // Licences offered as alternatives are cut out with the "or" between them.
        CreditCase(
            text: "By Ilse Maar (own work) [GFDL or CC-BY-SA-3.0], via Wikimedia Commons", author: "Ilse Maar",
            source: "Wikimedia Commons", ownWork: true, licenseText: "GFDL"),
        CreditCase(
            text: "Foto: Ilse Maar, CC BY-NC 2.0 oder CC BY-SA 2.0", author: "Ilse Maar", licenseText: "CC BY-NC 2.0"),
        CreditCase(text: "The dog runs across the field at sunset while the children watch.", credit: false),
        CreditCase(text: "A view of the old town hall from the market square in spring", credit: false),
    ]

    @Test("credit lines split into parts", arguments: cases)
    func parts(_ expected: CreditCase) {
        let parts = CreditParser.parse(expected.text, links: expected.links)
        #expect(parts.text == expected.text)
        #expect(parts.author == expected.author, "author")
        #expect(parts.source == expected.source, "source")
        #expect(parts.title == expected.title, "title")
        #expect(parts.ownWork == expected.ownWork, "ownWork")
        #expect(parts.licenseText == expected.licenseText, "licenseText")
        #expect(parts.licenseURL == expected.licenseURL, "licenseURL")
        #expect(parts.sourceURL == expected.sourceURL, "sourceURL")
        #expect(parts.modifications == expected.modifications, "modifications")
        if expected.credit {
            #expect(parts.confidence >= 0.5, "reads as a credit: \(parts.confidence)")
        } else {
            #expect(parts.confidence < 0.3, "reads as description: \(parts.confidence)")
        }
        #expect((0...1).contains(parts.confidence))
    }

    @Test("at least 25 credits are covered")
    func coverage() {
        #expect(Self.cases.filter(\.credit).count >= 25)
    }
}

import CreditLicenses
import Foundation
import Testing

/// Licences named inside longer credit lines.
@Suite("Mentions in credit lines")
struct MentionTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let text: String
        /// (contract value, matched text, evidence) in order.
        let mentions: [(String, String, String)]
        var testDescription: String { text }
    }

    static let table: [Expected] = [
        Expected(
            text:
                "The KSF, By SUHEJLO (Own work) [CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons",
            mentions: [
                ("CC-BY-SA-3.0", "CC BY-SA 3.0", "text"),
                ("CC-BY-SA-3.0", "https://creativecommons.org/licenses/by-sa/3.0", "url"),
            ]),
        Expected(text: "Foto: dpa", mentions: []),
        Expected(text: "Photo by Jane on Unsplash", mentions: []),
        Expected(text: "© Jane Doe", mentions: [("LicenseRef-AllRightsReserved", "© Jane Doe", "text")]),
        Expected(text: "Copyright Reuters", mentions: [("LicenseRef-AllRightsReserved", "Copyright Reuters", "text")]),
        Expected(text: "© Jane Doe, CC BY-SA 4.0", mentions: [("CC-BY-SA-4.0", "CC BY-SA 4.0", "text")]),
        Expected(text: "The photo was taken by Sa Nd in the park, Nc by the lake", mentions: []),
        Expected(text: "Stand by me, said the attribution clerk in version 2.0", mentions: []),
        Expected(text: "Copyright law is complex", mentions: []),
        Expected(
            text: "Left: CC BY 2.0; right: CC0 (Photos: A. Muster)",
            mentions: [("CC-BY-2.0", "CC BY 2.0", "text"), ("CC0-1.0", "CC0", "text")]),
        Expected(
            text: "This photo is licensed under the Creative Commons Attribution-ShareAlike 4.0 International license.",
            mentions: [("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International license", "text")]),
        Expected(
            text: "Jane Doe, CC BY-SA (https://creativecommons.org/licenses/by-sa/3.0/de/)",
            mentions: [("CC-BY-SA-3.0-DE", "https://creativecommons.org/licenses/by-sa/3.0/de/", "url")]),
        Expected(text: "Jane Doe, CC BY-SA", mentions: [("AMBIGUOUS", "CC BY-SA", "text")]),
        Expected(
            text: "Bild: Max Muster / CC BY-SA 3.0 DE",
            mentions: [("CC-BY-SA-3.0-DE", "CC BY-SA 3.0 DE", "text")]),
        Expected(
            text: "Foto: NASA, gemeinfrei",
            mentions: [("LicenseRef-PublicDomain", "gemeinfrei", "text")]),
        Expected(
            text: "Image: web.archive.org/web/2019/https://creativecommons.org/licenses/by/2.0/ badge",
            mentions: [("CC-BY-2.0", "web.archive.org/web/2019/https://creativecommons.org/licenses/by/2.0/", "url")]),
        Expected(
            text: "<img src=\"https://i.creativecommons.org/l/by-nc/4.0/88x31.png\">",
            mentions: [("CC-BY-NC-4.0", "https://i.creativecommons.org/l/by-nc/4.0/88x31.png", "url")]),
        Expected(text: "(c) 2019 Jane Doe", mentions: [("LicenseRef-AllRightsReserved", "(c) 2019 Jane Doe", "text")]),
        Expected(text: "let f = (c) => c.startsWith(line)", mentions: []),
        Expected(text: "©st and (c)ode", mentions: []),
        Expected(
            text: "Paul Smith at the PD Dr. Müller clinic",
            mentions: []),
    ]

    @Test("mentions are found with their text and evidence", arguments: table)
    func mentions(_ expected: Expected) {
        let found = LicenseIdentifier.mentions(in: expected.text)
        #expect(found.count == expected.mentions.count, "\(found)")
        for (mention, want) in zip(found, expected.mentions) {
            #expect(mention.identification.contractValue == want.0)
            #expect(mention.matchedText == want.1)
            #expect(mention.evidence == want.2)
        }
    }

    @Test("text and URL naming the same licence count as one licence")
    func distinctLicenses() {
        let text =
            "By SUHEJLO (Own work) [CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons"
        #expect(LicenseIdentifier.licenses(in: text).map(\.contractValue) == ["CC-BY-SA-3.0"])
    }

    @Test("scanning many captions is fast")
    func speed() {
        let captions = [
            "By SUHEJLO (Own work) [CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons",
            "Foto: dpa", "Photo: Jane Doe/Reuters", "The dog runs across the field at sunset while the children watch.",
            "Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland", "© Paul-Langrock.de",
        ]
        let start = Date()
        var count = 0
        for index in 0..<3000 {
            count += LicenseIdentifier.mentions(in: captions[index % captions.count]).count
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(count > 0)
        // Generous for debug builds on a busy machine; the point is "no per-call compilation".
        #expect(elapsed < 5, "3000 captions took \(elapsed) s")
    }
}

import CreditModel
import Testing

@testable import CreditRules

/// How the rules that read an image file's own metadata compare names and build a credit.
@Suite("Rules on embedded metadata")
struct EmbeddedRuleTests {
    @Test(
        "a visible credit names the file's person or agency, however written",
        arguments: [
            ("Photo: Tomas Berg", "Berg, Tomas", true),
            ("Foto: TOMÁS BERG", "Tomas Berg", true),
            ("Photo: Nordic Pictures", "Tomas Berg / Nordic Pictures", true),
            ("Photo: Tomas Berg / Nordic Pictures", "Tomas Berg", true),
            ("Photo: Jens Holm", "Jens Holm, Eva Strand", true),
            ("© 2024 Tomas Berg", "Tomas Berg", true),
            ("Photo: Anna Lind", "Tomas Berg", false),
            ("Photo: Reuters", "Tomas Berg / Nordic Pictures", false),
            ("CC BY 2.0", "Tomas Berg", true),
        ])
    func names(_ visible: String, _ name: String, _ matches: Bool) {
        #expect(PersonNames.credit(visible, names: name) == matches)
    }

    private func suggestion(_ embedded: EmbeddedMetadata) -> String? {
        let image = ScannedImage(src: "a.jpg", line: 1, fingerprint: "f", embedded: embedded)
        return Fixture.engine().check(image, path: "a.html").first { $0.rule == MissingAttributionRule.id }?.suggestion
    }

    @Test("missing-attribution suggests the file's credit: creator, agency, licence")
    func suggestion() {
        #expect(
            suggestion(
                EmbeddedMetadata(
                    file: "a.jpg", creator: "Tomas Berg", creditLine: "Nordic Pictures",
                    webStatement: "https://creativecommons.org/licenses/by-sa/4.0/"))
                == "Photo: Tomas Berg / Nordic Pictures, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
        )
        #expect(
            suggestion(EmbeddedMetadata(file: "a.jpg", copyrightNotice: "© 2024 Tomas Berg")) == "Photo: Tomas Berg")
        // A file that names nobody leaves the template.
        #expect(suggestion(EmbeddedMetadata(file: "a.jpg"))?.hasPrefix("Photo: <author>") == true)
    }
}

import CreditLicenses
import Testing

/// Agency and stock names are read in any case where the credit itself says they are a
/// source (a whole part after a label, or after `©`), and only as written inside running text.
@Suite("Agencies in any case")
struct AgencyCaseTests {
    @Test(
        "a credit part that is only an agency names it in any case",
        arguments: [
            ("© dpa", "dpa"), ("© DPA", "dpa"), ("© afp", "AFP"), ("© AFP", "AFP"), ("© Afp", "AFP"),
            ("foto: reuters", "Reuters"), ("FOTO: REUTERS", "Reuters"), ("Foto: Reuters", "Reuters"),
            ("Photo by Jane Doe on unsplash", "Unsplash"), ("PHOTO BY JANE DOE ON UNSPLASH", "Unsplash"),
            ("Foto: čtk", "ČTK"), ("FOTO: ČTK", "ČTK"), ("Foto: Jane Doe / ap", "Associated Press"),
            ("Foto: abr", "Agência Brasil"), ("Foto: AGÊNCIA BRASIL", "Agência Brasil"),
        ])
    func agencyInAnyCase(_ text: String, _ source: String) {
        let parts = CreditParser.parse(text)
        #expect(parts.source == source)
        #expect(parts.author?.lowercased() != source.lowercased())
    }

    /// Inside a sentence a short lower-case alias is an ordinary word ("esa" is Spanish for
    /// "that", "ap" and "tt" are common abbreviations); written as the brand writes it, it counts.
    @Test(
        "running text names a short agency only as written",
        arguments: [
            ("esa casa es bonita", [String]()), ("the ap exam results", []), ("vi ses tt", []),
            ("Bilder von ESA und NASA", ["ESA", "NASA"]), ("Jane Doe for AP and dpa", ["Associated Press", "dpa"]),
        ])
    func runningText(_ text: String, _ sources: [String]) {
        #expect(CreditSources.sources(in: text).map(\.source.name) == sources)
    }

    /// A ©-notice whose holder is a known agency is "all rights reserved" in any case; a
    /// lower-case word that names no agency after `©` is no notice.
    @Test(
        "a ©-notice naming an agency in lower case",
        arguments: [("© dpa", true), ("© afp", true), ("© AFP", true), ("© Jane Doe", true), ("© st", false)])
    func copyrightNotice(_ text: String, _ reserved: Bool) {
        let id = StatedLicense.resolve(text: text)?.identification.contractValue
        #expect((id == "LicenseRef-AllRightsReserved") == reserved, "\(String(describing: id))")
    }
}

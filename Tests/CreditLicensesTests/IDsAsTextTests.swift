import CreditLicenses
import Testing

/// Ids are names too: a credit that quotes an id must be understood.
@Suite("Ids as text")
struct IDsAsTextTests {
    @Test("every catalogue id, written as text, identifies itself")
    func idsRoundTrip() {
        for license in LicenseCatalog.all {
            #expect(LicenseIdentifier.identify(text: license.id).contractValue == license.id, "\(license.id)")
        }
    }
}

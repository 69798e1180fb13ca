import CreditHTML
import Testing

/// XMP packets as different tools write them: properties as elements or as attributes, any
/// prefixes, `rdf:Alt`/`rdf:Seq`/`rdf:Bag` containers, and broken packets.
@Suite("XMP reader")
struct XMPReaderTests {
    private static func packet(_ description: String) -> [UInt8] {
        Array(
            """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            \(description)
            </rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """.utf8)
    }

    @Test("elements with containers: Seq creators joined, the x-default item of an Alt")
    func elements() {
        let fields = XMPReader.read(
            Self.packet(
                """
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:ps="http://ns.adobe.com/photoshop/1.0/" xmlns:xr="http://ns.adobe.com/xap/1.0/rights/"
                    xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">
                  <dc:creator><rdf:Seq><rdf:li>Tomas Berg</rdf:li><rdf:li>Anna Lind</rdf:li></rdf:Seq></dc:creator>
                  <dc:rights><rdf:Alt><rdf:li xml:lang="de">© Berg</rdf:li>
                    <rdf:li xml:lang="x-default">© 2024 Tomas Berg</rdf:li></rdf:Alt></dc:rights>
                  <ps:Credit>Nordic   Pictures</ps:Credit>
                  <xr:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">CC BY-SA 4.0</rdf:li></rdf:Alt></xr:UsageTerms>
                  <plus:Licensor><rdf:Seq><rdf:li rdf:parseType="Resource">
                    <plus:LicensorURL>https://photos.example.org/licensing</plus:LicensorURL>
                  </rdf:li></rdf:Seq></plus:Licensor>
                </rdf:Description>
                """))
        #expect(fields.creator == "Tomas Berg, Anna Lind")
        #expect(fields.rights == "© 2024 Tomas Berg")
        #expect(fields.creditLine == "Nordic Pictures")
        #expect(fields.usageTerms == "CC BY-SA 4.0")
        #expect(fields.licensorURL == "https://photos.example.org/licensing")
        #expect(fields.note == nil)
    }

    @Test("attributes of rdf:Description")
    func attributes() {
        let fields = XMPReader.read(
            Self.packet(
                """
                <rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
                    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
                    photoshop:Source="Harbour Archive" photoshop:Credit="Harbour Press"
                    xmpRights:WebStatement="https://creativecommons.org/licenses/by/4.0/"/>
                """))
        #expect(
            fields
                == XMPFields(
                    creditLine: "Harbour Press", source: "Harbour Archive",
                    webStatement: "https://creativecommons.org/licenses/by/4.0/"))
    }

    @Test(
        "a packet that is not XML, or names nothing, gives a note or nothing",
        arguments: [
            ("<x:xmpmeta><rdf:RDF", true), ("", true), ("<a/>", false),
        ])
    func broken(_ text: String, noted: Bool) {
        let fields = XMPReader.read(Array(text.utf8))
        #expect((fields.note != nil) == noted)
        #expect(fields.creator == nil && fields.rights == nil)
    }

    @Test("an external entity is neither fetched nor expanded")
    func externalEntity() {
        let fields = XMPReader.read(
            Array(
                """
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <x xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>&secret;Max</dc:creator></x>
                """.utf8))
        #expect(fields.creator == "Max")
    }
}

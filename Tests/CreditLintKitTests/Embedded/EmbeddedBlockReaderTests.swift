import CreditMedia
import CreditTestSupport
import Foundation
import Testing

/// The binary readers on real files written by exiftool (`Scripts/make-embedded-fixtures.sh`),
/// and on those files cut short, with a segment length patched or an IFD pointing at itself.
@Suite("Embedded metadata blocks")
struct EmbeddedBlockReaderTests {
    static let images = TestFiles.data.appendingPathComponent("embedded-site/images")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: images.appendingPathComponent(name)))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var format: String
        var hasXMP: Bool
        var iptc: EmbeddedFields
        var exif: EmbeddedFields
        var pngText: EmbeddedFields
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "harbour.jpg", format: "jpeg", hasXMP: true,
            iptc: EmbeddedFields(
                creator: "Tomas Berg", creditLine: "Tomas Berg / Nordic Pictures", source: "Nordic Pictures",
                copyrightNotice: "© 2024 Tomas Berg"),
            exif: EmbeddedFields(creator: "Tomas Berg", copyrightNotice: "Tomas Berg"), pngText: EmbeddedFields()),
        Case(
            file: "ferry.jpg", format: "jpeg", hasXMP: false,
            iptc: EmbeddedFields(
                creator: "Jens Holm, Eva Strand", creditLine: "Harbour Press Agency",
                copyrightNotice: "Harbour Press Agency"),
            exif: EmbeddedFields(), pngText: EmbeddedFields()),
        Case(
            file: "pier.jpg", format: "jpeg", hasXMP: false, iptc: EmbeddedFields(),
            exif: EmbeddedFields(creator: "Lena Voss", copyrightNotice: "Copyright"), pngText: EmbeddedFields()),
        Case(
            file: "crane.png", format: "png", hasXMP: true, iptc: EmbeddedFields(), exif: EmbeddedFields(),
            pngText: EmbeddedFields(creator: "Anna Lind", copyrightNotice: "Anna Lind")),
        Case(
            file: "lighthouse.webp", format: "webp", hasXMP: true, iptc: EmbeddedFields(),
            exif: EmbeddedFields(creator: "Renée Dupont"), pngText: EmbeddedFields()),
        Case(
            file: "plain.jpg", format: "jpeg", hasXMP: false, iptc: EmbeddedFields(), exif: EmbeddedFields(),
            pngText: EmbeddedFields()),
    ]

    @Test("each block of the fixture files is read as exiftool wrote it", arguments: cases)
    func fixture(_ expected: Case) throws {
        let blocks = EmbeddedBlockReader.read(try Self.bytes(expected.file))
        #expect(blocks.format == expected.format)
        #expect((blocks.xmp != nil) == expected.hasXMP)
        #expect(blocks.iptc == expected.iptc)
        #expect(blocks.exif == expected.exif)
        #expect(blocks.pngText == expected.pngText)
        #expect(blocks.notes.isEmpty, "\(blocks.notes)")
    }

    @Test("reading from the file gives what reading the bytes gives", arguments: cases.map(\.file))
    func fileSource(_ name: String) throws {
        let source = try #require(ByteSource(file: Self.images.appendingPathComponent(name)))
        #expect(EmbeddedBlockReader.read(source) == EmbeddedBlockReader.read(try Self.bytes(name)))
    }

    @Test(
        "a file cut at any length is read without failing, and a cut inside the metadata is noted",
        arguments: cases.map(\.file))
    func truncated(_ name: String) throws {
        let whole = try Self.bytes(name)
        let complete = EmbeddedBlockReader.read(whole)
        for length in 0..<whole.count {
            let cut = EmbeddedBlockReader.read(Array(whole.prefix(length)))
            let lost =
                cut.iptc != complete.iptc || cut.exif != complete.exif || cut.xmp != complete.xmp
                || cut.pngText != complete.pngText
            #expect(!lost || !cut.notes.isEmpty, "cut at \(length) lost fields without a note")
        }
    }

    @Test("an impossible or overlong JPEG segment length ends the walk with a note", arguments: [0x0001, 0xFFFF])
    func patchedSegmentLength(_ length: Int) throws {
        var bytes = try Self.bytes("harbour.jpg")
        // The first segment after SOI (JFIF's APP0): its length follows the marker.
        bytes[4] = UInt8(length >> 8)
        bytes[5] = UInt8(length & 0xFF)
        let blocks = EmbeddedBlockReader.read(bytes)
        #expect(blocks.xmp == nil && blocks.iptc.isEmpty && blocks.exif.isEmpty)
        #expect(blocks.notes.count == 1)
    }

    /// A little-endian TIFF block whose IFD0 holds Artist and links back to itself.
    static func loopingTIFF(next: UInt8) -> [UInt8] {
        var tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00]
        tiff += [0x01, 0x00]  // one entry
        tiff += [0x3B, 0x01, 0x02, 0x00, 0x04, 0x00, 0x00, 0x00] + Array("Ola\0".utf8)  // Artist, inline
        tiff += [next, 0x00, 0x00, 0x00]  // the next IFD
        return tiff
    }

    @Test("an Exif IFD that points to itself is read once and noted as a loop")
    func exifLoop() {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1]
        let payload = Array("Exif".utf8) + [0, 0] + Self.loopingTIFF(next: 8)
        bytes += [UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload + [0xFF, 0xD9]
        let blocks = EmbeddedBlockReader.read(bytes)
        #expect(blocks.exif.creator == "Ola")
        #expect(blocks.notes.contains { $0.contains("loop") })
        let ending = EmbeddedBlockReader.read(
            [0xFF, 0xD8, 0xFF, 0xE1, 0, UInt8(payload.count + 2)] + Array("Exif".utf8) + [0, 0]
                + Self.loopingTIFF(next: 0) + [0xFF, 0xD9])
        #expect(ending.exif.creator == "Ola" && ending.notes.isEmpty)
    }

    @Test("PNG and WebP chunks longer than the file are noted, not followed")
    func overlongChunks() throws {
        var png = try Self.bytes("crane.png")
        // IHDR's length, the first chunk's.
        png[8] = 0x7F
        #expect(EmbeddedBlockReader.read(png).notes.first?.contains("past the end") == true)
        var webp = try Self.bytes("lighthouse.webp")
        webp[16] = 0xFF
        webp[17] = 0xFF
        webp[18] = 0xFF
        let blocks = EmbeddedBlockReader.read(webp)
        #expect(blocks.xmp == nil && !blocks.notes.isEmpty)
    }

    @Test("files of other formats and empty files give a note")
    func otherFormats() {
        #expect(EmbeddedBlockReader.read(Array("GIF89a".utf8)).notes == ["not a JPEG, PNG or WebP file"])
        #expect(EmbeddedBlockReader.read([]).format == nil)
    }

    @Test("an ICC profile's copyright (APP2) is never read as a credit")
    func iccProfile() throws {
        let plain = try Self.bytes("plain.jpg")
        let profile = Array("ICC_PROFILE".utf8) + [0, 1, 1] + Array("cprt text Copyright Hewlett-Packard Company".utf8)
        let segment: [UInt8] =
            [0xFF, 0xE2, UInt8((profile.count + 2) >> 8), UInt8((profile.count + 2) & 0xFF)] + profile
        let blocks = EmbeddedBlockReader.read(Array(plain.prefix(2)) + segment + plain.dropFirst(2))
        #expect(blocks.format == "jpeg" && blocks.notes.isEmpty)
        #expect(blocks.exif.isEmpty && blocks.iptc.isEmpty && blocks.xmp == nil)
    }
}

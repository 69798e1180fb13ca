import CreditModel
import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

/// The fixture files as the scan reports them: one field per block, XMP first.
@Suite("Embedded metadata of the fixture files")
struct EmbeddedMetadataTests {
    static let root = TestFiles.data.appendingPathComponent("embedded-site").path

    static let expected: [EmbeddedMetadata] = [
        EmbeddedMetadata(
            file: "images/harbour.jpg", creator: "Tomas Berg", creditLine: "Tomas Berg / Nordic Pictures",
            copyrightNotice: "© 2024 Tomas Berg", source: "Nordic Pictures",
            webStatement: "https://creativecommons.org/licenses/by-sa/4.0/", usageTerms: "CC BY-SA 4.0",
            from: [
                .creator: .xmp, .creditLine: .xmp, .copyrightNotice: .xmp, .source: .xmp, .webStatement: .xmp,
                .usageTerms: .xmp,
            ]),
        EmbeddedMetadata(
            file: "images/ferry.jpg", creator: "Jens Holm, Eva Strand", creditLine: "Harbour Press Agency",
            copyrightNotice: "Harbour Press Agency",
            from: [.creator: .iptc, .creditLine: .iptc, .copyrightNotice: .iptc]),
        // The camera's "Copyright" names nobody and is left out.
        EmbeddedMetadata(file: "images/pier.jpg", creator: "Lena Voss", from: [.creator: .exif]),
        EmbeddedMetadata(
            file: "images/crane.png", creator: "Anna Lind", copyrightNotice: "Anna Lind",
            licensor: "https://photos.example.org/licensing",
            from: [.creator: .xmp, .copyrightNotice: .pngText, .licensor: .xmp]),
        EmbeddedMetadata(
            file: "images/lighthouse.webp", creator: "Renée Dupont", creditLine: "Renée Dupont / Coastline Images",
            from: [.creator: .xmp, .creditLine: .xmp]),
        EmbeddedMetadata(file: "images/plain.jpg"),
    ]

    @Test("each file's fields and the block each came from", arguments: expected)
    func fixture(_ expected: EmbeddedMetadata) {
        let cache = EmbeddedMetadataCache(resolver: LocalImageResolver(root: Self.root, siteURL: nil))
        #expect(cache.metadata(ofFile: expected.file) == expected)
    }

    @Test(
        "copyright boilerplate names nobody; a holder's name is kept",
        arguments: [
            ("Copyright", false), ("(C) 2019", false), ("COPYRIGHT, 2009. All rights reserved.", false),
            ("© 2024 Tomas Berg", true), ("Copyright Nordic Pictures", true),
        ])
    func boilerplate(_ notice: String, kept: Bool) {
        #expect((EmbeddedMetadataAssembler.meaningfulNotice(notice) != nil) == kept)
    }

    @Test("a damaged file gives a note, never a failure")
    func damaged() throws {
        let folder = try TemporaryFolder()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: Self.root + "/images/harbour.jpg"))
        bytes = bytes.prefix(30)
        try folder.write("cut.jpg", bytes)
        let cache = EmbeddedMetadataCache(resolver: LocalImageResolver(root: folder.path, siteURL: nil))
        let metadata = cache.metadata(ofFile: "cut.jpg")
        #expect(metadata.note?.contains("past the end") == true)
        #expect(metadata.creator == nil)
    }
}

import CreditHTML
import CreditMedia
import CreditModel

/// Turns the blocks of an image file into its ``EmbeddedMetadata``: of the same field in
/// several blocks, XMP wins over IPTC, IPTC over Exif, Exif over PNG text (XMP is where
/// current tools write, and IPTC Photo Metadata asks writers to keep the others in step).
enum EmbeddedMetadataAssembler {
    static func metadata(_ blocks: EmbeddedBlocks, file: String) -> EmbeddedMetadata {
        var metadata = EmbeddedMetadata(file: file)
        var notes = blocks.notes
        if let packet = blocks.xmp {
            let xmp = XMPReader.read(packet)
            if let note = xmp.note { notes.append(note) }
            set(&metadata, .creator, xmp.creator, .xmp)
            set(&metadata, .creditLine, xmp.creditLine, .xmp)
            set(&metadata, .copyrightNotice, xmp.rights, .xmp)
            set(&metadata, .source, xmp.source, .xmp)
            set(&metadata, .webStatement, xmp.webStatement, .xmp)
            set(&metadata, .usageTerms, xmp.usageTerms, .xmp)
            set(&metadata, .licensor, xmp.licensorURL, .xmp)
        }
        for (fields, block) in [(blocks.iptc, .iptc), (blocks.exif, .exif), (blocks.pngText, .pngText)]
            as [(EmbeddedFields, EmbeddedMetadata.Block)]
        {
            set(&metadata, .creator, fields.creator, block)
            set(&metadata, .creditLine, fields.creditLine, block)
            set(&metadata, .copyrightNotice, fields.copyrightNotice.flatMap(meaningfulNotice), block)
            set(&metadata, .source, fields.source, block)
        }
        metadata.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        return metadata
    }

    private static func set(
        _ metadata: inout EmbeddedMetadata, _ field: EmbeddedMetadata.Field, _ value: String?,
        _ block: EmbeddedMetadata.Block
    ) {
        guard metadata[field] == nil, let value, !value.isEmpty else { return }
        metadata[field] = value
        metadata.from[field] = block
    }

    /// Words of copyright boilerplate that name nobody.
    private static let boilerplate: Set<String> = [
        "copyright", "c", "all", "rights", "reserved", "by", "unknown", "none", "no", "owner", "copyrightowner",
    ]

    /// A copyright notice unless it names nobody: cameras and editors write "Copyright",
    /// "(C) 2019" or "COPYRIGHT, 2009" as a default, which is no one's credit.
    static func meaningfulNotice(_ notice: String) -> String? {
        let words = notice.lowercased().split { !$0.isLetter }.map(String.init)
        return words.contains { !boilerplate.contains($0) } ? notice : nil
    }
}

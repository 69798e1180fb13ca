/// The marker segments of a JPEG file up to its scan data: APP1 (Exif, XMP) and APP13
/// (Photoshop IRB with IPTC-IIM). APP2, which holds the ICC profile and its copyright, is
/// skipped: a colour profile's copyright is the profile vendor's, never the photo's credit.
enum JPEGSegments {
    private static let exifHeader: [UInt8] = Array("Exif".utf8) + [0, 0]
    private static let xmpHeader: [UInt8] = Array("http://ns.adobe.com/xap/1.0/".utf8) + [0]
    private static let photoshopHeader: [UInt8] = Array("Photoshop 3.0".utf8) + [0]

    static func read(_ source: ByteSource, into blocks: inout EmbeddedBlocks) {
        var offset = 2
        var walked = 0
        while walked < EmbeddedBlockReader.maxBlocks {
            walked += 1
            let header = source.read(at: offset, count: 4)
            guard header.count >= 2 else {
                blocks.notes.append("JPEG ends before its image data")
                return
            }
            guard header[0] == 0xFF else {
                blocks.notes.append("JPEG segment at byte \(offset) has no marker")
                return
            }
            let marker = header[1]
            // A fill byte before a marker, or a marker without a length.
            if marker == 0xFF {
                offset += 1
                continue
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                offset += 2
                continue
            }
            // Start of scan or end of image: the metadata, if any, came before.
            if marker == 0xDA || marker == 0xD9 { return }
            guard let length = header.bigEndian16(at: 2) else {
                blocks.notes.append("JPEG ends inside a segment header")
                return
            }
            guard length >= 2 else {
                blocks.notes.append("JPEG segment at byte \(offset) has the impossible length \(length)")
                return
            }
            let payloadStart = offset + 4
            let payloadLength = length - 2
            guard payloadStart + payloadLength <= source.size else {
                blocks.notes.append("JPEG segment at byte \(offset) runs past the end of the file")
                return
            }
            if marker == 0xE1 || marker == 0xED {
                segment(marker, source, at: payloadStart, length: payloadLength, into: &blocks)
            }
            offset = payloadStart + payloadLength
        }
        blocks.notes.append("JPEG has more than \(EmbeddedBlockReader.maxBlocks) segments before its image data")
    }

    private static func segment(
        _ marker: UInt8, _ source: ByteSource, at offset: Int, length: Int, into blocks: inout EmbeddedBlocks
    ) {
        let prefix = source.read(at: offset, count: min(length, xmpHeader.count))
        if marker == 0xE1, prefix.hasBytes(xmpHeader) {
            EmbeddedBlockReader.xmp(
                source, at: offset + xmpHeader.count, length: length - xmpHeader.count, into: &blocks)
        } else if marker == 0xE1, prefix.hasBytes(exifHeader), blocks.exif.isEmpty {
            let tiff = source.read(at: offset + exifHeader.count, count: length - exifHeader.count)
            blocks.exif = ExifReader.fields(tiff, notes: &blocks.notes)
        } else if marker == 0xED, prefix.hasBytes(photoshopHeader), blocks.iptc.isEmpty {
            let resources = source.read(at: offset + photoshopHeader.count, count: length - photoshopHeader.count)
            blocks.iptc = IPTCReader.fields(photoshopResources: resources, notes: &blocks.notes)
        }
    }
}

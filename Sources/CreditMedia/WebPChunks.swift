/// The RIFF chunks of a WebP file: `EXIF` and `XMP ` (which follow the image data in the
/// extended format, so the image chunks are stepped over by their lengths, never read).
enum WebPChunks {
    private static let exifHeader: [UInt8] = Array("Exif".utf8) + [0, 0]

    static func read(_ source: ByteSource, into blocks: inout EmbeddedBlocks) {
        let riff = source.read(at: 4, count: 4).littleEndian32(at: 0) ?? 0
        let end = min(source.size, riff + 8)
        var offset = 12
        var walked = 0
        while offset + 8 <= end, walked < EmbeddedBlockReader.maxBlocks {
            walked += 1
            let header = source.read(at: offset, count: 8)
            guard let length = header.littleEndian32(at: 4) else { break }
            let type = String(decoding: header[0..<4], as: UTF8.self)
            let data = offset + 8
            guard length <= end - data else {
                blocks.notes.append("WebP chunk \(type) at byte \(offset) runs past the end of the file")
                return
            }
            if type == "XMP " {
                EmbeddedBlockReader.xmp(source, at: data, length: length, into: &blocks)
            } else if type == "EXIF", blocks.exif.isEmpty {
                guard length <= EmbeddedBlockReader.maxBlockBytes else {
                    blocks.notes.append("WebP chunk EXIF of \(length) bytes not read")
                    return
                }
                var tiff = source.read(at: data, count: length)
                if tiff.hasBytes(exifHeader) { tiff.removeFirst(exifHeader.count) }
                blocks.exif = ExifReader.fields(tiff, notes: &blocks.notes)
            }
            offset = data + length + (length & 1)
        }
        if source.size < riff + 8 { blocks.notes.append("WebP file is shorter than its RIFF header says") }
    }
}

/// The chunks of a PNG file before its image data: `iTXt` (XMP under the keyword
/// `XML:com.adobe.xmp`, or Author and Copyright), `tEXt` (Author, Copyright) and `eXIf`.
///
/// `zTXt` values are deflate-compressed; the readers have no inflater, so such a value is
/// noted as not read rather than guessed.
enum PNGChunks {
    private static let xmpKeyword = "XML:com.adobe.xmp"

    static func read(_ source: ByteSource, into blocks: inout EmbeddedBlocks) {
        var offset = 8
        var walked = 0
        while walked < EmbeddedBlockReader.maxBlocks {
            walked += 1
            let header = source.read(at: offset, count: 8)
            guard let length = header.bigEndian32(at: 0), header.count == 8 else {
                blocks.notes.append("PNG ends before its image data")
                return
            }
            let type = String(decoding: header[4..<8], as: UTF8.self)
            if type == "IDAT" || type == "IEND" { return }
            let data = offset + 8
            guard length <= source.size - data - 4 else {
                blocks.notes.append("PNG chunk \(type) at byte \(offset) runs past the end of the file")
                return
            }
            switch type {
            case "iTXt", "tEXt", "zTXt", "eXIf":
                guard length <= EmbeddedBlockReader.maxXMPBytes else {
                    blocks.notes.append("PNG chunk \(type) of \(length) bytes not read")
                    break
                }
                chunk(type, source.read(at: data, count: length), into: &blocks)
            default: break
            }
            offset = data + length + 4
        }
        blocks.notes.append("PNG has more than \(EmbeddedBlockReader.maxBlocks) chunks before its image data")
    }

    private static func chunk(_ type: String, _ bytes: [UInt8], into blocks: inout EmbeddedBlocks) {
        if type == "eXIf" {
            if blocks.exif.isEmpty { blocks.exif = ExifReader.fields(bytes, notes: &blocks.notes) }
            return
        }
        guard let end = bytes.firstIndex(of: 0) else { return }
        let keyword = String(decoding: bytes[..<end], as: UTF8.self)
        guard keyword == xmpKeyword || keyword == "Author" || keyword == "Copyright" else { return }
        var value = bytes[(end + 1)...]
        switch type {
        case "zTXt":
            blocks.notes.append("PNG compressed text \(keyword) not read")
            return
        case "iTXt":
            // Compression flag, method, language tag, translated keyword, then the text.
            guard value.count >= 2 else { return }
            if value.first != 0 {
                blocks.notes.append("PNG compressed text \(keyword) not read")
                return
            }
            value = value.dropFirst(2)
            for _ in 0..<2 {
                guard let nul = value.firstIndex(of: 0) else { return }
                value = value[(nul + 1)...]
            }
        default: break
        }
        if keyword == xmpKeyword {
            if blocks.xmp == nil { blocks.xmp = Array(value) }
        } else if keyword == "Author" {
            blocks.pngText.creator = blocks.pngText.creator ?? TextDecoding.text(value)
        } else {
            blocks.pngText.copyrightNotice = blocks.pngText.copyrightNotice ?? TextDecoding.text(value)
        }
    }
}

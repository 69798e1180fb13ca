/// IPTC-IIM record 2 from Photoshop image resources (`8BIM` blocks, resource 0x0404):
/// By-line (2:80), Credit (2:110), Source (2:115) and Copyright Notice (2:116).
enum IPTCReader {
    private static let signature: [UInt8] = Array("8BIM".utf8)

    static func fields(photoshopResources bytes: [UInt8], notes: inout [String]) -> EmbeddedFields {
        var offset = 0
        var walked = 0
        while offset + 12 <= bytes.count, walked < EmbeddedBlockReader.maxBlocks {
            walked += 1
            guard bytes.hasBytes(signature, at: offset), let id = bytes.bigEndian16(at: offset + 4) else {
                notes.append("Photoshop resource at byte \(offset) has no 8BIM signature")
                break
            }
            // A Pascal name, padded so that length byte and name take an even count.
            let nameLength = Int(bytes[offset + 6])
            let sizeOffset = offset + 6 + (nameLength + 2) & ~1
            guard let size = bytes.bigEndian32(at: sizeOffset), sizeOffset + 4 <= bytes.count,
                size <= bytes.count - sizeOffset - 4
            else {
                notes.append("Photoshop resource 0x\(String(id, radix: 16)) runs past the end of its segment")
                break
            }
            let data = sizeOffset + 4
            if id == 0x0404 { return records(bytes[data..<(data + size)], notes: &notes) }
            offset = data + (size + 1) & ~1
        }
        return EmbeddedFields()
    }

    /// The record-2 datasets of an IIM block.
    static func records(_ block: ArraySlice<UInt8>, notes: inout [String]) -> EmbeddedFields {
        let bytes = Array(block)
        var fields = EmbeddedFields()
        var bylines: [String] = []
        var offset = 0
        while offset + 5 <= bytes.count {
            guard bytes[offset] == 0x1C, let length = bytes.bigEndian16(at: offset + 3) else {
                notes.append("IPTC dataset at byte \(offset) has no tag marker")
                break
            }
            // An extended dataset (length in a following field) is never a credit field.
            guard length & 0x8000 == 0 else {
                notes.append("IPTC extended dataset not read")
                break
            }
            let start = offset + 5
            guard start + length <= bytes.count else {
                notes.append("IPTC dataset 2:\(bytes[offset + 2]) runs past the end of its block")
                break
            }
            if bytes[offset + 1] == 2, let value = TextDecoding.text(bytes[start..<(start + length)]) {
                switch bytes[offset + 2] {
                case 80: bylines.append(value)
                case 110: fields.creditLine = fields.creditLine ?? value
                case 115: fields.source = fields.source ?? value
                case 116: fields.copyrightNotice = fields.copyrightNotice ?? value
                default: break
                }
            }
            offset = start + length
        }
        if !bylines.isEmpty { fields.creator = bylines.joined(separator: ", ") }
        return fields
    }
}

/// Artist (0x013B) and Copyright (0x8298) from a TIFF-structured Exif block, IFD0 first.
///
/// The walk follows the chain of IFDs with a visited set, so an IFD that points back to
/// itself or to an earlier one ends the walk with a note instead of looping.
enum ExifReader {
    private static let artistTag = 0x013B
    private static let copyrightTag = 0x8298
    private static let maxEntries = 512
    private static let maxDirectories = 8

    static func fields(_ tiff: [UInt8], notes: inout [String]) -> EmbeddedFields {
        var fields = EmbeddedFields()
        let little: Bool
        if tiff.hasBytes([0x49, 0x49, 0x2A, 0x00]) {
            little = true
        } else if tiff.hasBytes([0x4D, 0x4D, 0x00, 0x2A]) {
            little = false
        } else {
            notes.append("Exif block has no TIFF header")
            return fields
        }
        let reader = Reader(bytes: tiff, little: little)
        var next = reader.u32(4)
        var visited: Set<Int> = []
        while let offset = next, offset != 0 {
            guard visited.count < maxDirectories else { break }
            guard visited.insert(offset).inserted else {
                notes.append("Exif IFD at byte \(offset) is linked twice (a loop)")
                break
            }
            guard let count = reader.u16(offset) else {
                notes.append("Exif IFD at byte \(offset) lies past the end of the block")
                break
            }
            guard count <= maxEntries else {
                notes.append("Exif IFD at byte \(offset) claims \(count) entries")
                break
            }
            for index in 0..<count {
                let entry = offset + 2 + index * 12
                guard let tag = reader.u16(entry), let type = reader.u16(entry + 2),
                    let length = reader.u32(entry + 4)
                else {
                    notes.append("Exif IFD at byte \(offset) is cut short")
                    return fields
                }
                guard tag == artistTag || tag == copyrightTag, type == 2 else { continue }
                let start = length <= 4 ? entry + 8 : reader.u32(entry + 8) ?? -1
                guard start >= 0, length <= tiff.count, start <= tiff.count - length else {
                    notes.append("Exif tag 0x\(String(tag, radix: 16)) points past the end of the block")
                    continue
                }
                let value = text(tiff[start..<(start + length)])
                if tag == artistTag { fields.creator = fields.creator ?? value }
                if tag == copyrightTag { fields.copyrightNotice = fields.copyrightNotice ?? value }
            }
            next = reader.u32(offset + 2 + count * 12)
        }
        return fields
    }

    /// An ASCII value; Copyright may hold the photographer's and the editor's notices
    /// separated by a NUL, which are joined with "; ".
    private static func text(_ bytes: ArraySlice<UInt8>) -> String? {
        let parts = bytes.split(separator: 0).compactMap(TextDecoding.text)
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private struct Reader {
        let bytes: [UInt8]
        let little: Bool

        func u16(_ offset: Int) -> Int? {
            guard let value = bytes.bigEndian16(at: offset) else { return nil }
            return little ? (value & 0xFF) << 8 | value >> 8 : value
        }

        func u32(_ offset: Int) -> Int? {
            little ? bytes.littleEndian32(at: offset) : bytes.bigEndian32(at: offset)
        }
    }
}

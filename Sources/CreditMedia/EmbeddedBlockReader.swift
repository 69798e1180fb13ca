/// Reads the metadata blocks of a JPEG, PNG or WebP file without decoding the image.
///
/// Only headers are read: a JPEG up to its scan data, a PNG up to its first `IDAT`, a WebP's
/// chunk headers and its `EXIF`/`XMP ` chunks. Every length is bounded by the file's size and
/// the caps below, and a damaged file gives what was read before the damage and a note; it
/// never stops the scan.
public enum EmbeddedBlockReader {
    /// The largest XMP packet read; a larger one is noted and skipped.
    public static let maxXMPBytes = 1 << 20
    /// The largest Exif, IPTC or text block read.
    public static let maxBlockBytes = 256 << 10
    /// The most segments or chunks walked in one file.
    static let maxBlocks = 1024

    /// The blocks of the image in `source`.
    public static func read(_ source: ByteSource) -> EmbeddedBlocks {
        let head = source.read(at: 0, count: 12)
        var blocks = EmbeddedBlocks()
        if head.hasBytes([0xFF, 0xD8]) {
            blocks.format = "jpeg"
            JPEGSegments.read(source, into: &blocks)
        } else if head.hasBytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            blocks.format = "png"
            PNGChunks.read(source, into: &blocks)
        } else if head.hasBytes(Array("RIFF".utf8)) && head.hasBytes(Array("WEBP".utf8), at: 8) {
            blocks.format = "webp"
            WebPChunks.read(source, into: &blocks)
        } else {
            blocks.notes.append("not a JPEG, PNG or WebP file")
        }
        return blocks
    }

    /// The blocks of an image held in memory.
    public static func read(_ bytes: [UInt8]) -> EmbeddedBlocks { read(ByteSource(bytes: bytes)) }

    /// An XMP packet of `length` bytes at `offset`, or a note when it is too large.
    static func xmp(_ source: ByteSource, at offset: Int, length: Int, into blocks: inout EmbeddedBlocks) {
        guard length <= maxXMPBytes else {
            blocks.notes.append("XMP packet of \(length) bytes not read (larger than \(maxXMPBytes))")
            return
        }
        guard blocks.xmp == nil else { return }
        blocks.xmp = source.read(at: offset, count: length)
    }
}

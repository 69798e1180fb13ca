/// Tells files that are not pages, though named like one, from pages, however broken.
///
/// The rule is evidence-based, because a wrongly rejected page is an error finding that fails
/// a build while a wrongly accepted binary file merely yields no images:
/// 1. A file that starts with the signature of a known binary format is that format (the
///    signatures are those of the WHATWG MIME Sniffing standard plus executables, archives
///    and databases).
/// 2. A UTF-16 byte-order mark makes it text: UTF-16 is full of NUL bytes.
/// 3. Otherwise it is text unless its first 8 KiB hold at least ``minimumEvidence`` of the
///    bytes that MIME Sniffing calls "binary data bytes" (C0 controls other than tab, line
///    feed, form feed, carriage return and escape) and they are more than 1 in 20 of the
///    sample. No text encoding a page may use produces them in any number, so a stray NUL in
///    a real page, or a tiny test page made of `\r\0`, stays a page.
enum BinarySniffer {
    /// How many bytes are examined.
    static let sampleSize = 8192
    /// The fewest binary data bytes that count as evidence; fewer are read as stray bytes.
    static let minimumEvidence = 32

    /// Signatures (at offset 0) and the format they mean, for the failure reason.
    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"), (Array("GIF89a".utf8), "a GIF image"),
        ([0x00, 0x00, 0x01, 0x00], "an ICO image"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B, 0x08], "a gzip archive"),
        (Array("Rar!".utf8) + [0x1A, 0x07], "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"), ([0xCA, 0xFE, 0xBA, 0xBE], "a Mach-O executable"),
        ([0x00, 0x61, 0x73, 0x6D], "a WebAssembly module"),
        (Array("SQLite format 3".utf8) + [0x00], "an SQLite database"),
        (Array("OggS".utf8) + [0x00], "an Ogg media file"), (Array("fLaC".utf8), "a FLAC audio file"),
        (Array("ID3".utf8), "an MP3 audio file"), ([0x1A, 0x45, 0xDF, 0xA3], "a WebM or Matroska video"),
        (Array("wOFF".utf8), "a WOFF font"), (Array("wOF2".utf8), "a WOFF2 font"),
        ([0x00, 0x01, 0x00, 0x00], "a TrueType font"), (Array("OTTO".utf8), "an OpenType font"),
    ]

    /// The kind of a file's bytes: nil for a page, otherwise why it is not one.
    static func classify(_ bytes: some Collection<UInt8>) -> UnscannableReason? {
        // Copied in one go where the bytes are contiguous (a page's `Data`), not byte by byte.
        let sample =
            bytes.withContiguousStorageIfAvailable { Array($0.prefix(sampleSize)) } ?? Array(bytes.prefix(sampleSize))
        if let format = format(of: sample) { return .notHTML(format: format) }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return nil }
        var evidence = 0
        for byte in sample where isBinaryDataByte(byte) { evidence += 1 }
        guard evidence >= minimumEvidence, evidence * 20 > sample.count else { return nil }
        return .binary(controlBytes: evidence, sampled: sample.count)
    }

    /// The format named by a signature at the start of `sample`, if any.
    static func format(of sample: [UInt8]) -> String? {
        if let (_, format) = signatures.first(where: { sample.starts(with: $0.0) }) { return format }
        // RIFF containers and ISO media name their kind a few bytes in.
        if sample.starts(with: Array("RIFF".utf8)), sample.count >= 12 {
            switch String(decoding: sample[8..<12], as: UTF8.self) {
            case "WEBP": return "a WebP image"
            case "WAVE": return "a WAVE audio file"
            case "AVI ": return "an AVI video"
            default: break
            }
        }
        if sample.count >= 12, sample[4..<8].elementsEqual(Array("ftyp".utf8)) {
            return "an MP4, HEIF or AVIF media file"
        }
        return nil
    }

    /// MIME Sniffing's "binary data byte".
    static func isBinaryDataByte(_ byte: UInt8) -> Bool {
        byte <= 0x08 || byte == 0x0B || (0x0E...0x1A).contains(byte) || (0x1C...0x1F).contains(byte)
    }
}

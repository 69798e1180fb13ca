/// A stable id for a content image, computed without crypto.
///
/// It hashes the page path, the image URL and how many times that URL already occurred on
/// the page, but not the line: editing text above an image must not change its identity,
/// while the second copy of the same picture must still get an id of its own.
public enum ImageFingerprint {
    /// The FNV-1a 64-bit hash of `path`, `url` and `occurrence`, as 16 lower-case hex digits.
    public static func make(path: String, url: String, occurrence: Int) -> String {
        let input = "\(path)\n\(url)\n\(occurrence)"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in input.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

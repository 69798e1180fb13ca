/// A stable id for a content image, computed without crypto.
///
/// It hashes the page path, the image URL and how many times that URL already occurred on
/// the page, but not the line: editing text above an image must not change its identity,
/// while the second copy of the same picture must still get an id of its own.
public enum ImageFingerprint {
    /// The FNV-1a 64-bit hash of `path`, `url` and `occurrence`, as 16 lower-case hex digits.
    public static func make(path: String, url: String, occurrence: Int) -> String {
        StableHash.hex("\(path)\n\(url)\n\(occurrence)")
    }
}

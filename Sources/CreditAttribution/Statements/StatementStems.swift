import CreditLicenses
import CreditText

/// A quick test for text that may hold a credit statement: it names a picture or a credit
/// ("photo", "Bild", "credit", "사진"). Every short text of the article is asked, so ASCII
/// text is searched byte by byte and other text is only lowered where lowering is cheap.
enum StatementStems {
    /// The stems, lower-case: picture and credit words and the beginnings of their
    /// inflections and compounds.
    static let stems: [String] = [
        "photo", "foto", "bild", "image", "imagin", "picture", "credit", "crédit", "graphi", "grafi",
        "illustra", "chart", "diagram", "karte", "screenshot", "zdję", "beeld", "afbeeld", "billed", "abbildung",
        "aufmacher",
        "фото", "Фото", "ФОТО", "снимок", "Снимок", "사진", "写真", "图片", "照片", "撮影", "摄影",
    ]

    /// Whether the text holds a stem. Only ASCII capitals and "É" are lowered outside
    /// ASCII text: the stems in other scripts are listed in the cases that occur.
    static func matches(_ text: String) -> Bool {
        if text.isASCIIOnly { return asciiMatcher.matches(text) }
        guard let lowered = text.utf8.withContiguousStorageIfAvailable(byteLowered) else {
            return matcher.matches(text.lowercased())
        }
        return matcher.matches(lowered)
    }

    /// The UTF-8 with ASCII capitals and "É" (C3 89) lowered, everything else kept.
    private static func byteLowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for offset in bytes.indices {
                let byte = bytes[offset]
                if byte >= 0x41 && byte <= 0x5A {
                    output[offset] = byte + 0x20
                } else if byte == 0x89 && offset > 0 && bytes[offset - 1] == 0xC3 {
                    output[offset] = 0xA9
                } else {
                    output[offset] = byte
                }
            }
            return bytes.count
        }
    }

    private static let matcher = FragmentMatcher([stems])

    /// The stems that are plain ASCII, matched in any ASCII case; the others cannot occur in
    /// ASCII text.
    private static let asciiMatcher = FragmentMatcher(
        [stems.filter { $0.utf8.allSatisfy { $0 < 0x80 } }], foldingASCIICase: true)
}

import CreditCore
import Foundation

/// Finds columns in the raw page, which libxml2 does not report.
struct SourceLines {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    init(_ data: Data) {
        bytes = [UInt8](data)
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            lineStarts.append(offset + 1)
        }
    }

    /// The 1-based column of the tag that carries the image on `line`: the `<` before the
    /// first occurrence of its URL, counted in characters. Nil when it cannot be found.
    func column(of image: ScannedImage, onLine line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let needle = image.src.replacingOccurrences(of: "&", with: "&amp;")
        guard
            let found = text.range(of: image.src) ?? text.range(of: needle),
            let open = text[..<found.lowerBound].lastIndex(of: "<")
        else { return nil }
        return text.distance(from: text.startIndex, to: open) + 1
    }
}

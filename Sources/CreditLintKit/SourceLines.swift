import CreditDocument
import CreditModel
import Foundation

/// Finds columns in the raw page, which libxml2 does not report.
struct SourceLines {
    let bytes: [UInt8]
    private(set) var lineStarts: [Int] = [0]

    init(_ data: Data) {
        // Copied in one go and searched with memchr: iterating `Data` byte by byte through
        // its generic iterator cost more than a page's whole column search.
        bytes = data.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) }
        lineStarts = bytes.withUnsafeBufferPointer { buffer in
            var starts = [0]
            guard let base = buffer.baseAddress else { return starts }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
            return starts
        }
    }

    /// The 1-based column of the tag that carries the image on `line`: the `<` before the
    /// first occurrence of its URL, counted in characters. Nil when it cannot be found.
    func column(of image: ScannedImage, onLine line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if let column = asciiColumn(of: image.src, in: start..<end) { return column }
        if let column = byteColumn(of: image.src, in: start..<end) { return column }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let needle = image.src.replacingOccurrences(of: "&", with: "&amp;")
        guard
            let found = text.range(of: image.src) ?? text.range(of: needle),
            let open = text[..<found.lowerBound].lastIndex(of: "<")
        else { return nil }
        return text.distance(from: text.startIndex, to: open) + 1
    }

    /// ``column(of:onLine:)`` by bytes where that finds what Foundation's search (which
    /// bridges the line to UTF-16 and compares canonically) would: an ASCII URL found in a
    /// line that is ASCII up to one byte past the match, where bytes are characters and no
    /// earlier canonical match can hide. `.some(nil)` when nothing is found in an ASCII line;
    /// nil to fall back.
    private func asciiColumn(of src: String, in range: Range<Int>) -> Int?? {
        let needle = Array(src.utf8)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isASCII(_ end: Int) -> Bool {
            bytes[range.lowerBound..<min(end, range.upperBound)].allSatisfy { $0 < 0x80 }
        }
        let found: Int
        if let offset = firstOffset(of: needle, in: range), isASCII(offset + needle.count + 1) {
            found = offset
        } else {
            guard isASCII(range.upperBound) else { return nil }
            let escaped = needle.flatMap { $0 == 0x26 ? Array("&amp;".utf8) : [$0] }
            guard let offset = firstOffset(of: escaped, in: range) else { return .some(nil) }
            found = offset
        }
        guard let open = bytes[range.lowerBound..<found].lastIndex(of: 0x3C) else { return .some(nil) }
        return open - range.lowerBound + 1
    }

    /// ``column(of:onLine:)`` by bytes on a line with non-ASCII text before the tag, as long
    /// as Foundation's canonical search could not answer differently. An ASCII URL is its own
    /// canonical form, so only a character that decomposes to ASCII (the Kelvin sign, the Greek
    /// question mark, Greek varia) could match it elsewhere; a combining mark after the match or
    /// around the `<` could change where characters begin. Any of those: nil, to fall back.
    /// Bridging a long minified line to UTF-16 for each finding would cost about 2% of a scan.
    private func byteColumn(of src: String, in range: Range<Int>) -> Int? {
        let needle = Array(src.utf8)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }), !hasASCIIDecomposable(range) else {
            return nil
        }
        let escaped = needle.flatMap { $0 == 0x26 ? Array("&amp;".utf8) : [$0] }
        let found: Int
        let after: Int
        if let offset = firstOffset(of: needle, in: range) {
            (found, after) = (offset, offset + needle.count)
        } else if let offset = firstOffset(of: escaped, in: range) {
            (found, after) = (offset, offset + escaped.count)
        } else {
            return nil
        }
        guard after == range.upperBound || bytes[after] < 0x80,
            let open = bytes[range.lowerBound..<found].lastIndex(of: 0x3C),
            open == range.lowerBound || bytes[open - 1] < 0x80, bytes[open + 1] < 0x80
        else { return nil }
        let count = bytes.withUnsafeBufferPointer { buffer in
            String.characterCount(ofUTF8: UnsafeBufferPointer(rebasing: buffer[range.lowerBound..<open]))
        }
        return (count ?? String(decoding: bytes[range.lowerBound..<open], as: UTF8.self).count) + 1
    }

    /// Whether the range holds U+212A, U+037E or U+1FEF, whose canonical forms are ASCII.
    private func hasASCIIDecomposable(_ range: Range<Int>) -> Bool {
        // One memchr-driven search per sequence: minified pages put a whole page on a line.
        firstOffset(of: [0xCD, 0xBE], in: range) != nil || firstOffset(of: [0xE1, 0xBF, 0xAF], in: range) != nil
            || firstOffset(of: [0xE2, 0x84, 0xAA], in: range) != nil
    }

    func firstOffset(of needle: [UInt8], in range: Range<Int>) -> Int? {
        guard !needle.isEmpty, needle.count <= range.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { pin in
                String.firstOffset(of: pin, in: UnsafeBufferPointer(rebasing: buffer[range])).map {
                    $0 + range.lowerBound
                }
            }
        }
    }
}

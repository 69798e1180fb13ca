import Foundation

/// One page of the JSON report as a recorded run holds it: the text of its element, rendered
/// when the page was recorded, or the page itself when the run holds no such text.
///
/// Rendering JSON costs more than scanning a page that did not change, so a recorded run keeps
/// every page's element (``JSONRenderer/documentElement(_:)``) and the JSON report of a rescan
/// is written from those texts without decoding or encoding a page.
public enum JSONPage: Sendable {
    /// The page's element exactly as the report holds it (see ``JSONRenderer/documentElement(_:)``).
    case element(String)
    /// A page to encode, for runs recorded before their elements were kept.
    case document(DocumentReport)
}

extension JSONRenderer {
    /// The indentation of the `documents` array's closing bracket in the report.
    static let documentsIndent = 2

    /// The encoder of the report and of every page in it.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The text of `document` as an element of the report's `documents` array, byte for byte
    /// what ``render(_:to:)`` writes for it after the `,` or line break before it, but without
    /// `reusedFrom`, which only the run that reuses the page knows (see
    /// ``documentElement(_:reusedFrom:)``).
    ///
    /// - Throws: `EncodingError` when the page cannot be encoded (it always can).
    public static func documentElement(_ document: DocumentReport) throws -> String {
        var page = document
        page.reusedFrom = nil
        // What `JSONEncoder` would write, indented as the report holds it (see `PrettyJSONEncoder`).
        let text = PrettyJSONEncoder.encode(page, indent: documentsIndent + 2, indentFirstLine: true)
        return String(decoding: text, as: UTF8.self)
    }

    /// A recorded element (from ``documentElement(_:)``) of a page that run `reusedFrom`
    /// scanned, with `reusedFrom` where the encoder writes it: after `path`, before `sha256`.
    ///
    /// - Returns: nil when `element` is not the text of a page (a damaged record), so that the
    ///   caller can encode the page instead.
    public static func documentElement(_ element: String, reusedFrom: Int?) -> String? {
        // The page's own keys are the only ones this deep: nested objects indent theirs further.
        let indent = String(repeating: " ", count: documentsIndent + 4)
        let outer = String(repeating: " ", count: documentsIndent + 2)
        // `encoding` is the first key and there is always one.
        guard element.hasPrefix("\(outer){\n\(indent)\"encoding\" : "), element.hasSuffix("\n\(outer)}") else {
            return nil
        }
        guard let reusedFrom else { return element }
        var element = element
        guard let key = element.withUTF8({ lastOffset(of: Array("\n\(indent)\"sha256\" : ".utf8), in: $0) })
        else { return nil }
        let split = element.utf8.index(element.utf8.startIndex, offsetBy: key)
        var text = String(element[..<split])
        text += "\n\(indent)\"reusedFrom\" : \(reusedFrom),"
        text += element[split...]
        return text
    }

    /// Where `needle`, which starts with a line break, last starts in `bytes`; searching from
    /// the end, since `sha256` is among the page's last keys and its images come before it.
    ///
    /// Only its skipped images come after it, a few kilobytes that every reused page of every
    /// report is searched through: eight bytes are tested at once for the needle's first byte
    /// (a line break, rare there), and only where there is one are the bytes compared.
    static func lastOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        let firsts = UInt64(first) &* 0x0101_0101_0101_0101
        let raw = UnsafeRawBufferPointer(bytes)
        var start = bytes.count - needle.count
        while start >= 0 {
            if start >= 7 {
                // The bytes start - 7 ... start, each XORed with `first`: zero where it is.
                let word = raw.loadUnaligned(fromByteOffset: start - 7, as: UInt64.self) ^ firsts
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 == 0 {
                    start -= 8
                    continue
                }
            }
            if bytes[start] == first {
                var matched = 1
                while matched < needle.count && bytes[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return start }
            }
            start -= 1
        }
        return nil
    }
}

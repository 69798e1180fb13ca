import CreditLicenses
import CreditModel
import Foundation

/// One page of the JSON report as a recorded run holds it: the text of its element, rendered
/// when the page was recorded, or the page itself when the run holds no such text.
///
/// Rendering JSON costs more than scanning a page that did not change, so a recorded run keeps
/// every page's element (``JSONRenderer/documentElement(_:)``) and the JSON report of a rescan
/// is written from those texts without decoding or encoding a page.
public enum JSONPage: Sendable {
    /// The page's element as the run recorded it, written out as it is.
    case element(RecordedJSONElement)
    /// A page to encode, for runs recorded before their elements were kept.
    case document(DocumentReport)
}

/// A page's element of the JSON report as a recorded run keeps it (see
/// ``JSONRenderer/documentElement(_:)``): its UTF-8 bytes, checked, and the run to write as
/// `reusedFrom` when the page is reused.
///
/// The report of a rescan is mostly these bytes, so they are copied to the output as they are:
/// checking them costs a fraction of turning them into a `String` (which validates and copies
/// them again) and of rebuilding the text around `reusedFrom`.
public struct RecordedJSONElement: Sendable, Hashable {
    /// The recorded text, without `reusedFrom`.
    public let utf8: [UInt8]
    /// The run that scanned the page, when this run reuses it.
    public let reusedFrom: Int?
    /// Where `reusedFrom` goes: at the line break before `sha256`.
    private let insertion: Int

    /// Checks that `bytes` are a page's element in UTF-8; nil when they are not (a damaged
    /// record), so that the page can be encoded from its rows instead.
    public init?(utf8 bytes: UnsafeRawBufferPointer, reusedFrom: Int?) {
        let (prefix, suffix) = (Self.prefix, Self.suffix)
        guard bytes.count >= prefix.count + suffix.count, bytes.starts(with: prefix),
            bytes.suffix(suffix.count).elementsEqual(suffix), UTF8Validity.isValid(bytes),
            let insertion = JSONRenderer.keyLineOffset(in: bytes)
        else { return nil }
        utf8 = Array(bytes)
        self.reusedFrom = reusedFrom
        self.insertion = insertion
    }

    /// How every page's element starts: `encoding` is the page's first key and there is always one.
    private static let prefix = indent + Array("{".utf8) + Array(JSONRenderer.keyLine(.encoding).utf8)
    /// How every page's element ends.
    private static let suffix = [0x0A] + indent + [0x7D]
    /// The indentation of a page's braces in the report.
    private static let indent = [UInt8](repeating: 0x20, count: JSONRenderer.documentsIndent + 2)
    /// The line that `reusedFrom`'s value follows.
    private static let reusedFromLine = JSONRenderer.keyLine(.reusedFrom)

    /// The recorded text of `element`; nil when it is not a page's element.
    public init?(_ element: String, reusedFrom: Int?) {
        var element = element
        guard let checked = element.withUTF8({ Self(utf8: UnsafeRawBufferPointer($0), reusedFrom: reusedFrom) })
        else { return nil }
        self = checked
    }

    /// Hands the element's text as the report holds it to `write`, `reusedFrom` included, in
    /// pieces that each hold whole characters.
    public func write(_ write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        try utf8.withUnsafeBytes { bytes in
            guard let reusedFrom else { return try write(bytes) }
            try write(UnsafeRawBufferPointer(rebasing: bytes[..<insertion]))
            var line = Self.reusedFromLine + "\(reusedFrom),"
            try line.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
            try write(UnsafeRawBufferPointer(rebasing: bytes[insertion...]))
        }
    }

    /// The element's text as the report holds it.
    public var text: String {
        var text: [UInt8] = []
        text.reserveCapacity(utf8.count + 32)
        write { text.append(contentsOf: $0) }
        return String(decoding: text, as: UTF8.self)
    }
}

extension JSONRenderer {
    /// The indentation of the `documents` array's closing bracket in the report.
    static let documentsIndent = 2

    /// The encoder of the report and of every page in it, and of the other JSON files in the
    /// report's layout (the SARIF log, the baseline).
    package static func encoder() -> JSONEncoder {
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
        RecordedJSONElement(element, reusedFrom: reusedFrom)?.text
    }

    /// The line break and indentation before one of a page's own keys in the report, and the
    /// key up to its value: `\n      "sha256" : `.
    static func keyLine(_ key: DocumentReport.CodingKeys) -> String {
        "\n" + String(repeating: " ", count: documentsIndent + 4) + "\"\(key.stringValue)\" : "
    }

    /// Where the line of the page's own `sha256` key starts in its element (at the line break).
    ///
    /// The key is among the page's last: only its size and skipped images follow, a few
    /// kilobytes that every reused page of every report is searched through, from the end.
    /// Eight bytes are tested at once for `6"` (the key's end, rare elsewhere in a page, where
    /// a line break is on every line), and only where that pair stands are the bytes compared.
    /// Strings never hold a raw line break, so the line cannot be matched inside one; nested
    /// objects indent their keys further.
    static func keyLineOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        // The pair `6"` stands at this offset in the needle.
        lastOffset(of: sha256Line, pairAt: sha256Line.count - 5, in: bytes)
    }

    private static let sha256Line = Array(keyLine(.sha256).utf8)

    /// Where `needle` last starts in `bytes`, found through the two bytes at `pairAt` in it.
    static func lastOffset(of needle: [UInt8], pairAt pair: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        guard pair >= 0, pair + 1 < needle.count, bytes.count >= needle.count else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let first = UInt64(needle[pair]) &* ones
        let second = UInt64(needle[pair + 1]) &* ones
        // `position` is where the pair would start for a match starting at `start`.
        var start = bytes.count - needle.count
        while start >= 0 {
            let position = start + pair
            if position >= 7 {
                // The bytes position - 7 ... position and, one further on, their successors:
                // a byte of `word` is zero where the pair stands.
                let word =
                    (bytes.loadUnaligned(fromByteOffset: position - 7, as: UInt64.self) ^ first)
                    | (bytes.loadUnaligned(fromByteOffset: position - 6, as: UInt64.self) ^ second)
                if (word &- ones) & ~word & 0x8080_8080_8080_8080 == 0 {
                    start -= 8
                    continue
                }
            }
            if bytes[position] == needle[pair], bytes[position + 1] == needle[pair + 1],
                needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] })
            {
                return start
            }
            start -= 1
        }
        return nil
    }
}

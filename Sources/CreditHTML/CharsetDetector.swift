import Foundation

/// Decides which charset a page's bytes are in, the way a careful browser would.
///
/// Order: a byte-order mark wins; then a `<meta charset>` or `http-equiv` declaration found by
/// the HTML standard's prescan of the first 1,024 bytes; then the bytes are checked against
/// that choice, because real pages lie (a page that declares gb2312 but is valid, non-ASCII
/// UTF-8 is UTF-8). Without a declaration, non-ASCII valid UTF-8 is UTF-8 (what browsers'
/// detectors conclude) and anything else, pure ASCII included, is windows-1252: the standard's
/// fallback, which decodes ASCII exactly as UTF-8 would.
public enum CharsetDetector {
    /// The outcome: a WHATWG encoding name and how it was decided.
    public struct Result: Sendable, Equatable {
        /// The WHATWG name (`utf-8`, `windows-1252`, `shift_jis`).
        public var encoding: String
        /// `bom`, `meta`, `sniffed` or `default`.
        public var source: String
        /// The number of BOM bytes to skip.
        public var bomLength: Int
    }

    /// Detects the charset of a page.
    public static func detect(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { detect($0).result }
    }

    /// Detects the charset of a page in place, without a copy of its bytes; `strictlyValid`
    /// tells the decoder that the whole page is valid UTF-8, so that it need not check again.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (result: Result, strictlyValid: Bool) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (Result(encoding: "utf-8", source: "bom", bomLength: 3), false)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (Result(encoding: "utf-16le", source: "bom", bomLength: 2), false)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (Result(encoding: "utf-16be", source: "bom", bomLength: 2), false)
        }
        // The strict check differs only for a sequence cut off by the end: check leniently
        // again in that (rare) case.
        let strict = utf8Validity(bytes, strict: true)
        let validity = strict != .invalid ? strict : utf8Validity(bytes)
        return (decide(bytes, validity), strict != .invalid)
    }

    private static func decide(_ bytes: UnsafeBufferPointer<UInt8>, _ validity: UTF8Validity) -> Result {
        if let declared = MetaCharsetScanner.declaredEncoding(in: bytes) {
            if declared == "utf-8" {
                return Result(
                    encoding: validity == .invalid ? "windows-1252" : "utf-8",
                    source: validity == .invalid ? "sniffed" : "meta", bomLength: 0)
            }
            if validity == .validMultibyte {
                return Result(encoding: "utf-8", source: "sniffed", bomLength: 0)
            }
            return Result(encoding: declared, source: "meta", bomLength: 0)
        }
        switch validity {
        case .validMultibyte: return Result(encoding: "utf-8", source: "sniffed", bomLength: 0)
        // Pure ASCII reads the same in both; the standard's fallback for it is windows-1252.
        case .ascii, .invalid: return Result(encoding: "windows-1252", source: "default", bomLength: 0)
        }
    }

    enum UTF8Validity { case ascii, validMultibyte, invalid }

    /// Checks the bytes as UTF-8 without building a string.
    static func utf8Validity(_ bytes: [UInt8]) -> UTF8Validity {
        bytes.withUnsafeBufferPointer { utf8Validity($0) }
    }

    /// `strict` refuses a sequence cut off by the end, as the standard library's decoder does.
    static func utf8Validity(_ bytes: UnsafeBufferPointer<UInt8>, strict: Bool = false) -> UTF8Validity {
        guard let base = bytes.baseAddress else { return .ascii }
        let raw = UnsafeRawPointer(base)
        var index = 0
        var sawMultibyte = false
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // Pages are mostly ASCII: skip it eight bytes at a time.
                while index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                continue
            }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return .invalid
            }
            // A sequence cut off by the end of the file is tolerated: truncated pages are common.
            if index + length > count { return sawMultibyte && !strict ? .validMultibyte : .invalid }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return .invalid }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return .invalid
            }
            sawMultibyte = true
            index += length
        }
        return sawMultibyte ? .validMultibyte : .ascii
    }
}

import CreditLicenses
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
        let strict = UTF8Validity.of(bytes, strict: true)
        let validity = strict != .invalid ? strict : UTF8Validity.of(bytes)
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
}

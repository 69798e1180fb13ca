import CreditLicenses
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a page's bytes into UTF-8 before libxml2 sees them, the way a browser decodes: never
/// failing and never stopping early.
///
/// Handing libxml2 the raw bytes and a charset name loses pages silently: its iconv-based
/// input stops at the first byte that is invalid in that charset (and glibc's CP1252 has no
/// mapping for five bytes that browsers do decode), and its parser treats a NUL byte as the
/// end of the page. Here an invalid byte becomes U+FFFD (for windows-1252, the five undefined
/// bytes become the C1 controls the WHATWG Encoding Standard maps them to), and NUL becomes
/// U+FFFD, as the HTML tokenizer does, so every image after them is still found.
enum PageDecoder {
    /// The UTF-8 of `bytes` read as `encoding` (a WHATWG name): nil when this system has no
    /// decoder for it, `.some(nil)` when the bytes are their own decoding (valid UTF-8
    /// without NUL, the common case), so that they need no copy.
    /// `knownValid`: the caller checked already that the bytes are valid UTF-8.
    static func utf8(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String, knownValid: Bool = false) -> [UInt8]?? {
        let decoded: [UInt8]
        if encoding == "utf-8" {
            // Valid UTF-8 is its own decoding; otherwise the standard library repairs invalid
            // sequences with U+FFFD.
            if knownValid || UTF8Validity.of(bytes, strict: true) != .invalid {
                guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil else { return .some(nil) }
                decoded = Array(bytes)
            } else {
                decoded = Array(String(decoding: bytes, as: UTF8.self).utf8)
            }
        } else {
            // A bad UTF-16 code unit (a lone surrogate) is skipped whole, to stay aligned.
            guard
                let converted = iconvUTF8(
                    bytes, from: EncodingLabels.iconvName(forWHATWG: encoding),
                    unitWidth: encoding.hasPrefix("utf-16") ? 2 : 1,
                    invalidByte: encoding == "windows-1252" ? c1Control : { _ in replacement })
            else { return nil }
            decoded = converted
        }
        return .some(replacingNUL(decoded))
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// windows-1252's undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to U+0081 … U+009D.
    private static func c1Control(_ byte: UInt8) -> [UInt8] {
        (0x80...0x9F).contains(byte) ? [0xC2, byte] : replacement
    }

    private static func replacingNUL(_ utf8: [UInt8]) -> [UInt8] {
        let hasNUL = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        guard hasNUL else { return utf8 }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if byte == 0 { result += replacement } else { result.append(byte) }
        }
        return result
    }

    /// Converts with iconv, replacing each byte iconv rejects with `invalidByte(byte)` and a
    /// sequence cut off by the end of the page with U+FFFD.
    private static func iconvUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, from charset: String, unitWidth: Int,
        invalidByte: (UInt8) -> [UInt8]
    ) -> [UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while inLeft > 0, let current = inPointer {
                let (result, failure, written) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    var pointer: UnsafeMutablePointer<CChar>? = current
                    let result = iconv(converter, &pointer, &inLeft, &outPointer, &outLeft)
                    inPointer = pointer
                    return (result, errno, outBuffer.count - outLeft)
                }
                output += chunk[0..<written]
                guard result == -1 else { continue }
                switch failure {
                case E2BIG: continue  // the chunk is full: go round again
                case EINVAL:  // an incomplete sequence at the very end
                    output += replacement
                    inLeft = 0
                default:  // EILSEQ: one bad byte (or code unit); skip it and go on
                    guard let bad = inPointer else { return }
                    output += invalidByte(UInt8(bitPattern: bad.pointee))
                    let skipped = min(unitWidth, inLeft)
                    inPointer = bad + skipped
                    inLeft -= skipped
                }
            }
        }
        return output
    }
}

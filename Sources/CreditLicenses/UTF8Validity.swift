/// How bytes read as UTF-8, checked without building a string: a page's charset is decided
/// by it, and recorded report text is checked by it before it is copied out as bytes.
///
/// Pages and reports are mostly ASCII, which this passes over eight bytes at a time, where
/// the standard library's validation (making a `String`) goes byte by byte once any byte is
/// not ASCII.
package enum UTF8Validity: Sendable {
    case ascii, validMultibyte, invalid

    /// `strict` refuses a sequence cut off by the end, as the standard library's decoder does.
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>, strict: Bool = false) -> UTF8Validity {
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

    /// Whether `bytes` are well-formed UTF-8 throughout (``of(_:strict:)``, strict).
    package static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.withMemoryRebound(to: UInt8.self) { of($0, strict: true) } != .invalid
    }
}

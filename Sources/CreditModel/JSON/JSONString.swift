/// JSON string literals, written byte for byte as Foundation's `JSONEncoder` and SQLite's
/// `json_quote` write them: quote, backslash and control characters escaped, with the short
/// forms where JSON has them (`\n`, `\t` …) and lowercase hex otherwise (`\u001f`); every other
/// byte, non-ASCII included, copied as it is. The report's encoder and the run database's
/// writers share it.
public enum JSONString {
    /// Appends `string` in quotes. With `escapingSlashes`, `/` is written `\/`, as
    /// `JSONEncoder` does unless told `.withoutEscapingSlashes`.
    public static func append(_ string: String, to output: inout [UInt8], escapingSlashes: Bool = false) {
        output.append(0x22)
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            // Runs of bytes that need no escape are copied in one go.
            var runStart = 0
            for offset in bytes.indices {
                let byte = bytes[offset]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || (byte == 0x2F && escapingSlashes) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                appendEscaped(byte, to: &output)
                runStart = offset + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        if done == nil {
            for byte in string.utf8 {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || (byte == 0x2F && escapingSlashes) {
                    appendEscaped(byte, to: &output)
                } else {
                    output.append(byte)
                }
            }
        }
        output.append(0x22)
    }

    /// The escape of one byte that needs one.
    private static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(0x5C)
        switch byte {
        case 0x22, 0x5C, 0x2F: output.append(byte)
        case 0x0A: output.append(0x6E)
        case 0x0D: output.append(0x72)
        case 0x09: output.append(0x74)
        case 0x08: output.append(0x62)
        case 0x0C: output.append(0x66)
        default:
            output.append(contentsOf: [0x75, 0x30, 0x30])
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

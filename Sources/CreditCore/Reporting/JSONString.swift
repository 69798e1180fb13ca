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
        for byte in string.utf8 {
            switch byte {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x2F where escapingSlashes: output += [0x5C, 0x2F]
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0x08: output += [0x5C, 0x62]
            case 0x0C: output += [0x5C, 0x66]
            case 0..<0x20: output += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

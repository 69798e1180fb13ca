/// Rewrites text a byte at a time, for escapers whose special characters are all ASCII (or
/// start with a byte they name): the rest of the text, UTF-8 included, is copied as it is,
/// which costs a fraction of walking characters or scalars.
enum ByteRewriter {
    /// The escaped text. `rewrite` is given each byte, the bytes after it and the output; it
    /// appends what stands for the byte and returns how many of the following bytes it used
    /// up too (a CR's LF, the rest of a removed character), usually 0.
    @inline(__always)
    static func rewrite(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ rewrite: (_ byte: UInt8, _ rest: UnsafeBufferPointer<UInt8>.SubSequence, _ output: inout [UInt8]) -> Int
    ) -> String {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let entity = markupEntity(byte) {
                escaped += entity.utf8
            } else {
                index += rewrite(byte, bytes[index...], &escaped)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The entity of a character every markup language escapes (`&`, `<`, `>`), or nil.
    @inline(__always)
    static func markupEntity(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        default: nil
        }
    }
}

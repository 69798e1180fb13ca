/// Escapes text taken from pages (captions, alt text, file names, URLs, messages) for HTML.
///
/// One escaper serves element content and quoted attribute values alike: `&`, `<`, `>` and
/// both quotes become references, so no page text can open a tag, close an attribute or start
/// an entity; C0 controls (tab and line feed aside) and DEL become spaces.
enum HTMLEscaping {
    /// The text with nothing in it that HTML reads as markup.
    static func escape(_ text: String) -> String {
        let needsEscaping = text.containsUTF8Byte { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): false
            case ..<0x20, 0x7F: true
            default: false
            }
        }
        guard needsEscaping else { return text }
        var text = text
        return text.withUTF8 { bytes in
            ByteRewriter.rewrite(bytes) { byte, _, escaped in
                switch byte {
                case UInt8(ascii: "\""): escaped += "&quot;".utf8
                case UInt8(ascii: "'"): escaped += "&#39;".utf8
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"): escaped.append(byte)
                case ..<0x20, 0x7F: escaped.append(UInt8(ascii: " "))
                default: escaped.append(byte)
                }
                return 0
            }
        }
    }
}

import CreditModel
import Foundation

/// Writes a pretty-printed JSON document whose one large array is streamed element by
/// element, byte for byte what encoding the whole value at once would give.
///
/// The document is first encoded with that array empty (the skeleton); the elements are then
/// encoded one at a time, indented to the array's depth, and written between the skeleton's
/// two halves. JSON strings never hold a raw line break, so indenting line by line is safe;
/// the blank line of an empty array stays blank, as the encoder writes it.
struct JSONArraySplice {
    private let head: Substring
    private let tail: Substring
    private let elementIndent: [UInt8]
    private let encoder: JSONEncoder

    /// Finds the empty array under `key`, whose closing bracket sits `indent` spaces deep.
    ///
    /// - Returns: nil when the skeleton holds no such empty array (a programming error).
    init?(skeleton: String, key: some CodingKey, indent: Int, encoder: JSONEncoder) {
        let pad = String(repeating: " ", count: indent)
        let needle = "\"\(key.stringValue)\" : [\n\n\(pad)]"
        guard let range = skeleton.range(of: needle) else { return nil }
        let bracket = skeleton.index(range.lowerBound, offsetBy: needle.count - indent - 4)
        head = skeleton[..<skeleton.index(after: bracket)]
        // The tail starts at the second line break: "[" + "\n" + tail reads "[\n\n  ]" when empty.
        tail = skeleton[skeleton.index(bracket, offsetBy: 2)...]
        elementIndent = Array((pad + "  ").utf8)
        self.encoder = encoder
    }

    /// The document up to and including the array's opening bracket.
    var opening: String { String(head) }

    /// The text of one element, to follow ``opening`` or the previous element.
    func element(_ element: some Encodable, first: Bool) throws -> String {
        var text: [UInt8] = first ? [0x0A] : [0x2C, 0x0A]
        try Self.appendIndented(encoder.encode(element), indent: elementIndent, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// ``element(_:first:)`` for a value that writes itself (``JSONWritable``), which must give
    /// what `encoder` gives for it: written straight at the array's depth.
    func writtenElement(_ element: some JSONWritable, first: Bool) -> String {
        var text: [UInt8] = first ? [0x0A] : [0x2C, 0x0A]
        text += PrettyJSONEncoder.encode(element, indent: elementIndent.count, indentFirstLine: true)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `json` with every line indented by `indent`, as an element of the array stands.
    static func appendIndented(_ json: Data, indent: [UInt8], to text: inout [UInt8]) {
        // Byte by byte: splitting a String into lines costs more than encoding it.
        text.reserveCapacity(text.count + json.count + json.count / 4)
        var atLineStart = true
        for byte in json {
            if atLineStart && byte != 0x0A { text.append(contentsOf: indent) }
            text.append(byte)
            atLineStart = byte == 0x0A
        }
    }

    /// The rest of the document, after the last element (or right after ``opening``).
    func closing(empty: Bool) -> String { empty ? "\n" + tail : String(tail) }
}

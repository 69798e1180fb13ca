import Testing

@testable import CreditCore

/// The text report skips escaping when a byte check (``Swift/String/mayActOnTerminal``) says
/// there is nothing to escape; a check that missed a dangerous character would let it reach
/// the terminal raw, so the check is held to an independent list of what must be escaped.
@Suite("Terminal escaping's byte check")
struct TerminalFastPathTests {
    /// What the text report must never print raw, written out here rather than taken from
    /// the code under test.
    private static func mustEscape(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || [0x2028, 0x2029, 0x61C, 0x200E, 0x200F].contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Every scalar that shares a lead byte with one to escape, and a sample of the rest.
    private static let scalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [0...0x7FF, 0x2000...0x20FF, 0x3000...0x30FF, 0xFEFF...0xFFFF, 0x1F600...0x1F64F]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
    }()

    @Test("every character that must be escaped is seen by the byte check and escaped")
    func everyDangerousScalarIsCaught() {
        for scalar in Self.scalars {
            let text = "a" + String(Character(scalar)) + "b"
            if Self.mustEscape(scalar.value) {
                #expect(text.mayActOnTerminal, "U+\(String(scalar.value, radix: 16)) passed the byte check")
                #expect(TextRenderer.visible(text) != text, "U+\(String(scalar.value, radix: 16)) printed raw")
            } else if scalar.value != 0x09 {
                #expect(text.escapingForTerminal() == text)
            }
        }
    }

    @Test(
        "text with nothing to escape is returned as it is, the rest as before",
        arguments: [
            ("plain/path/page.html", "plain/path/page.html"), ("", ""), ("tab\tkept", "tab\tkept"),
            ("café ü 写真 👍🏽 — «»", "café ü 写真 👍🏽 — «»"), ("a\r\nb", "a\\r\\nb"),
            ("\u{1B}[2J", "\\u{1B}[2J"), ("x\u{202E}y", "x\\u{202E}y"), ("\u{9B}", "\\u{9B}"),
        ] as [(String, String)])
    func visible(input: String, expected: String) {
        #expect(TextRenderer.visible(input) == expected)
    }
}

import Foundation
import Testing

@testable import CreditReporting

/// The renderers skip escaping when a check of the UTF-8 bytes says there is nothing to escape,
/// and escape byte by byte where they can. A check that missed a character would let it
/// through raw, so each is held to an independent list of what must be escaped, or to the
/// character-by-character code it replaced.
@Suite("Escaping decided on bytes")
struct EscapingFastPathTests {
    /// What the text report must never print raw, written out here rather than taken from
    /// the code under test.
    private static func mustEscape(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
            || [0x2028, 0x2029, 0x61C, 0x200E, 0x200F].contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Every scalar that shares a lead byte with one to escape, and a sample of the rest.
    private static let scalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x7FF, 0x2000...0x20FF, 0x3000...0x30FF, 0xFEFF...0xFFFF, 0x1F600...0x1F64F,
        ]
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

    /// Strings built from the characters the escapers treat apart, with neighbours that join
    /// them into one Character (a combining accent, ZWJ) or share their lead bytes.
    static let mixed: [String] = {
        let alphabet = [
            "a", "&", "<", ">", "\r", "\n", "\r\n", "\t", "\"", "'", "\\", "|", "`", "*", "_", "[", "]", "~", "#",
            "!", "%", ":", ",", "=", "+", "-", "@", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "é",
            "\u{301}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FFBE}", "\u{2028}", "\u{202E}", "\u{61C}", "😀",
            "\u{200D}", "中",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<400).map { _ in
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(seed >> 33) % alphabet.count]
            }
            return text
        } + ["", "plain text", "news/page-1.html", "https://example.org/a_b.jpg?x=1&y=2", "Credit: *Jane* [CC BY]"]
    }()

    @Test("JUnit escapes as the scalar-by-scalar escaper did")
    func junit() {
        for text in Self.mixed {
            #expect(JUnitRenderer.text(text) == Self.xml(text, quotes: false), "\(text.debugDescription)")
            #expect(JUnitRenderer.attribute(text) == Self.xml(text, quotes: true), "\(text.debugDescription)")
        }
    }

    @Test("Markdown, CSV and GitHub escape as the character-by-character escapers did")
    func otherFormats() {
        for text in Self.mixed {
            #expect(MarkdownRenderer.cell(text) == Self.markdownCell(text), "\(text.debugDescription)")
            #expect(
                MarkdownRenderer.html(text)
                    == text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;"))
            #expect(CSVRenderer.field(text) == Self.csvField(text), "\(text.debugDescription)")
            #expect(GitHubRenderer.escapeProperty(text) == Self.githubProperty(text), "\(text.debugDescription)")
            #expect(HTMLEscaping.escape(text) == Self.html(text), "\(text.debugDescription)")
        }
    }

    // The escapers as they were before the byte checks, kept here as the reference.

    private static func xml(_ value: String, quotes: Bool) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r": escaped += "&#13;"
            case "\"" where quotes: escaped += "&quot;"
            case "'" where quotes: escaped += "&apos;"
            case "\n" where quotes: escaped += "&#10;"
            case "\t" where quotes: escaped += "&#9;"
            default:
                switch scalar.value {
                case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: escaped.unicodeScalars.append(scalar)
                default: break
                }
            }
        }
        return escaped
    }

    private static func markdownCell(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r\n", "\r", "\n": escaped += "<br>"
            case "\\", "|", "`", "*", "_", "[", "]", "~", "#", "!": escaped += "\\\(character)"
            default:
                let isControl = character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
                escaped += isControl ? " " : String(character)
            }
        }
        return escaped
    }

    private static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { [",", "\"", "\r", "\n"].contains($0) }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    private static func html(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default: escaped += scalar.value < 0x20 || scalar.value == 0x7F ? " " : String(scalar)
            }
        }
        return escaped
    }

    private static func githubProperty(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

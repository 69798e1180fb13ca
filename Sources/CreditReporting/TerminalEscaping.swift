extension String {
    /// The string with every character that could act on a terminal or a log viewer instead
    /// of being shown written out as `\u{…}`.
    ///
    /// Page text (credits, alt text, URLs, file names) reaches the text report verbatim, and a
    /// page must not be able to clear a CI log, retitle a terminal, hide a finding or forge a
    /// `result: pass` line. Escaped: C0 controls other than tab (ESC starts ANSI sequences; CR
    /// and LF would start a forged line), DEL, C1 controls (U+009B is a one-character CSI on
    /// some terminals), the Unicode line and paragraph separators, and the bidirectional
    /// formatting characters that can reorder what a reader sees ("Trojan Source").
    public func escapingForTerminal() -> String {
        guard mayActOnTerminal, unicodeScalars.contains(where: Self.needsEscaping) else { return self }
        var result = ""
        result.unicodeScalars.reserveCapacity(unicodeScalars.count + 16)
        for scalar in unicodeScalars {
            if Self.needsEscaping(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// False when the string certainly holds nothing ``escapingForTerminal()`` escapes.
    ///
    /// Decided on the UTF-8 bytes (see ``Swift/String/containsUTF8Byte(where:)``): every report
    /// line passes through here and almost none hold anything to escape. A byte below
    /// 0x20 or 0x7F is a control (CR and LF included); every other escaped scalar is encoded
    /// with a lead byte 0xC2 (C1 controls), 0xD8 (U+061C) or 0xE2 (the separators and bidi
    /// controls), so a string without those leads holds none of them. True may be wrong (an
    /// accented letter shares 0xC2), which only sends the string the long way.
    var mayActOnTerminal: Bool {
        containsUTF8Byte { byte in byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 }
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

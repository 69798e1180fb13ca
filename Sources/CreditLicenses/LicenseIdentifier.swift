/// Identifies licences from URLs and text.
public enum LicenseIdentifier {
    /// Identifies a licence from a URL or a text, whichever the input is.
    public static func identify(_ input: String) -> LicenseIdentification {
        looksLikeURL(input) ? identify(url: input) : identify(text: input)
    }

    /// Identifies a licence from a URL. Unknown and invalid URLs are `.none`.
    public static func identify(url: String) -> LicenseIdentification {
        LicenseURLMatcher.identify(url)
    }

    /// Identifies the licence a text states.
    ///
    /// Licences offered as alternatives ("… or GFDL") become an SPDX `OR` expression;
    /// otherwise the first licence named in words wins, completed by a URL written in the text
    /// (see ``StatedLicense``). A family without a version is `.ambiguous`.
    public static func identify(text: String) -> LicenseIdentification {
        StatedLicense.resolve(text: text)?.identification ?? .none
    }

    /// Finds every licence named in a longer text (a credit line), in order.
    ///
    /// A licence written in words and linked or quoted as a URL is reported twice, once with
    /// evidence `text` and once with `url`, so callers can tell a named licence from a linked
    /// one; `licenses(in:)` gives the distinct answers.
    public static func mentions(in text: String) -> [LicenseMention] {
        LicenseTextScanner.mentions(in: text)
    }

    /// The distinct identifications named in a text, in order of first mention.
    public static func licenses(in text: String) -> [LicenseIdentification] {
        var result: [LicenseIdentification] = []
        for mention in mentions(in: text) where !result.contains(mention.identification) {
            result.append(mention.identification)
        }
        return result
    }

    /// Whether the input is a URL rather than words: a scheme, `//`, `www.`, or one word with a
    /// slash after a dotted host ("creativecommons.org/licenses/by/1.0/").
    static func looksLikeURL(_ input: String) -> Bool {
        let trimmed = input.trimmingWhitespace().lowercased()
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") || trimmed.hasPrefix("//")
            || trimmed.hasPrefix("www.")
        {
            return true
        }
        guard !trimmed.contains(where: { $0.isWhitespace }), let slash = trimmed.firstIndex(of: "/") else {
            return false
        }
        return trimmed[..<slash].contains(".")
    }
}

import CreditModel

/// Builds the credit text a finding proposes, from what the credit already says.
///
/// The shape is `Photo: "<title>", <author> / <source> (<source URL>), <licence> (<licence URL>)`:
/// every part Creative Commons asks for, in the order readers expect. Parts the credit already
/// has are filled in; missing ones stay as `<placeholders>` so nobody publishes a guess.
/// The title appears only for licences of version 3.0 and older (4.0 dropped it), the source
/// link only for licences that ask for one, the licence only when it has terms to name and
/// link (not for an agency's all-rights-reserved credit).
enum CreditSuggestion {
    /// A complete credit for `credit` under `license`.
    ///
    /// - Parameters:
    ///   - credit: What the page says now, nil for an uncredited image.
    ///   - license: The licence to name; nil leaves a `<licence>` placeholder.
    static func make(credit: ImageCredit?, license: LicenseFacts?) -> String {
        let author = filled(credit?.author, or: "<author>")
        let source = filled(credit?.source, or: "<source>")
        var text = "Photo: "
        if license?.asksForTitle == true {
            text += "\"\(filled(credit?.title, or: "<title>"))\", "
        }
        text += "\(author) / \(source)"
        if license?.isCreativeCommonsAttribution == true {
            text += " (\(filled(credit?.sourceURL, or: "<link to the original>")))"
        }
        // A known licence without terms to link (all rights reserved, free stock, public
        // domain) is credited with the creator and source alone.
        if let license, !license.asksForLicenseLink { return text }
        let name = license?.shortName ?? "<licence>"
        let url = license?.url ?? credit?.licenseURL ?? "<licence URL>"
        return text + ", \(name) (\(url))"
    }

    private static func filled(_ value: String?, or placeholder: String) -> String {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return placeholder }
        return value
    }
}

extension RuleEngine {
    /// The one credit line to propose for an image with these findings: a suggestion that
    /// changes the licence (a retired licence's successor, the name a mismatched link should
    /// match) first, because a credit naming the old licence cannot satisfy that finding; else
    /// the first suggestion, since every other rule completes the same credit from the same facts.
    public static func imageSuggestion(_ findings: [Finding]) -> String? {
        for rule in licenceChangingRules {
            if let suggestion = findings.first(where: { $0.rule == rule })?.suggestion { return suggestion }
        }
        return findings.lazy.compactMap(\.suggestion).first
    }

    /// Rules whose suggestion names another licence than the credit's.
    static let licenceChangingRules = [RetiredLicenseRule.id, LicenseLinkMismatchRule.id]
}

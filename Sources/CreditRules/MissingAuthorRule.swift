import CreditModel

/// `missing-author` (error): a Creative Commons attribution licence, but the credit names
/// no creator.
///
/// Every CC BY licence asks for the creator's name when the licensor supplied one, and the
/// creator is the person the licence protects. The rule reports a credit whose author is
/// empty when its source is empty too, or when its source is only a hosting platform
/// (Wikimedia Commons, Wikipedia, Flickr), because a platform never created the work.
///
/// A credit that names only another organisation ("NASA", "Bundesarchiv") is accepted:
/// institutions are often the creator and are credited exactly that way, and the text
/// alone cannot tell them from an agency. Check such credits by hand when in doubt.
/// Public-domain tools, free-stock and proprietary licences are out of scope.
public struct MissingAuthorRule: ComplianceRule {
    /// `missing-author`.
    public static let id = "missing-author"
    /// One-sentence description.
    public static let summary =
        "A Creative Commons attribution licence is stated but the credit names no creator."
    /// Error: naming the creator is the first condition of every CC BY licence.
    public static let defaultSeverity = Severity.error

    /// Hosting platforms: they publish other people's work, so they never stand in for the
    /// creator. Compared lower-cased.
    static let platforms: Set<String> = [
        "wikimedia commons", "commons", "wikimedia", "wikipedia", "flickr", "openverse",
    ]

    /// Creates the rule.
    public init() {}

    /// Reports a CC BY-family credit with neither an author nor a non-platform source.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, credit.author.isBlank,
            let license = LicenseFacts(image: image, context: context),
            license.isCreativeCommonsAttribution
        else { return [] }
        let source = credit.source?.lowercased().split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        if let source, !source.isEmpty, !Self.platforms.contains(source) { return [] }
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is under \(license.shortName), which requires "
                    + "the creator's name, but the credit names none. Add the author as given "
                    + "on the original's page (a pseudonym or user name if that is what they use).",
                suggestion: CreditSuggestion.make(credit: credit, license: license))
        ]
    }

    /// A Commons credit without the photographer triggers; one with the photographer does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "CC BY-SA 4.0 credit naming only Wikimedia Commons", triggers: true,
            credit: ImageCredit(
                text: "Wikimedia Commons, CC BY-SA 4.0", source: "Wikimedia Commons",
                licenseText: "CC BY-SA 4.0",
                licenseURL: "https://creativecommons.org/licenses/by-sa/4.0/",
                sourceURL: "https://commons.wikimedia.org/wiki/File:Harbour.jpg",
                strategy: .figcaption),
            license: ExampleLicense.ccBySA4),
        RuleExample(
            "CC BY 4.0 credit with neither author nor source", triggers: true,
            credit: ImageCredit(
                text: "CC BY 4.0", licenseText: "CC BY 4.0",
                licenseURL: "https://creativecommons.org/licenses/by/4.0/",
                sourceURL: "https://www.flickr.com/photos/example/1", strategy: .figcaption),
            license: ExampleLicense.ccBy4),
        RuleExample(
            "CC BY-SA 4.0 credit naming the photographer", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY-SA 4.0", path: "by-sa/4.0"),
            license: ExampleLicense.ccBySA4),
        RuleExample(
            "CC BY 4.0 credit naming an institution as creator", triggers: false,
            credit: ImageCredit(
                text: "Photo: NASA, CC BY 4.0", source: "NASA", licenseText: "CC BY 4.0",
                licenseURL: "https://creativecommons.org/licenses/by/4.0/",
                sourceURL: "https://images.nasa.gov/details/1", strategy: .figcaption),
            license: ExampleLicense.ccBy4),
        RuleExample(
            "Public-domain image credited to a platform only", triggers: false,
            credit: ImageCredit(
                text: "Wikimedia Commons, CC0", source: "Wikimedia Commons", licenseText: "CC0",
                strategy: .figcaption),
            license: ExampleLicense.cc0),
    ]
}

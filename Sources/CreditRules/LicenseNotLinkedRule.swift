import CreditModel

/// `license-not-linked` (warning): a Creative Commons licence is named in the credit without
/// a link or URI to it.
///
/// Every version of every CC licence asks for the licence's name **and** a link or URI to it,
/// so readers can read the terms. The rule reports a credit with no licence link whose text
/// contains no `creativecommons.org` address either (a written-out URI counts, as it does in
/// print). Public-domain tools (CC0, the Public Domain Mark) ask for nothing and are not
/// reported. The suggestion carries the licence's canonical URL.
public struct LicenseNotLinkedRule: ComplianceRule {
    /// `license-not-linked`.
    public static let id = "license-not-linked"
    /// One-sentence description.
    public static let summary = "A Creative Commons licence is named without a link or URI to it."
    /// Warning: the licence is named, so the terms can be found, but the credit is incomplete.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports a CC licence with neither a licence link nor a CC address in the credit text.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, credit.licenseURL.isBlank,
            !credit.text.lowercased().contains("creativecommons.org"),
            let license = LicenseFacts(image: image, context: context), license.isCreativeCommons
        else { return [] }
        let named = credit.licenseText ?? license.shortName
        let target = license.url.map { "to \($0)" } ?? "to the deed of the exact licence version"
        return [
            finding(
                about: image,
                message: "The credit of image \(image.displayName) names \"\(named)\" but does not "
                    + "link to it. Link the licence name \(target).",
                suggestion: CreditSuggestion.make(credit: credit, license: license))
        ]
    }

    /// A bare "CC BY-SA 4.0" triggers; a linked name or a written-out URI does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Licence named but not linked", triggers: true,
            credit: ImageCredit(
                text: "Photo: Jane Doe / Wikimedia Commons, CC BY-SA 4.0", author: "Jane Doe",
                source: "Wikimedia Commons", licenseText: "CC BY-SA 4.0",
                sourceURL: "https://commons.wikimedia.org/wiki/File:Harbour.jpg",
                strategy: .figcaption),
            license: ExampleLicense.ccBySA4,
            html:
                #"<figcaption>Photo: <a href="https://commons.wikimedia.org/wiki/File:Harbour.jpg">Jane Doe / Wikimedia Commons</a>, CC BY-SA 4.0</figcaption>"#
        ),
        RuleExample(
            "Licence name linked to its deed", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY-SA 4.0", path: "by-sa/4.0"),
            license: ExampleLicense.ccBySA4),
        RuleExample(
            "Licence URI written out in print style", triggers: false,
            credit: ImageCredit(
                text: "Photo: Jane Doe / Wikimedia Commons, CC BY-SA 4.0 "
                    + "(creativecommons.org/licenses/by-sa/4.0)",
                author: "Jane Doe", source: "Wikimedia Commons", licenseText: "CC BY-SA 4.0",
                sourceURL: "https://commons.wikimedia.org/wiki/File:Harbour.jpg",
                strategy: .figcaption),
            license: ExampleLicense.ccBySA4),
    ]
}

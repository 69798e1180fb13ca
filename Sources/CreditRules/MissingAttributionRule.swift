import CreditModel

/// `missing-attribution` (error): a content image has no credit at all.
///
/// Unless a photo is in the public domain or from a free-stock site, its licence asks for a
/// credit, and even when it does not, readers and editors need to know where it came from.
/// The scanner has already set aside logos, avatars, icons and tracking pixels, so an image
/// that reaches this rule without a credit is a content image nobody credited.
///
/// A complete credit names the creator and the source, and, for a Creative Commons licence,
/// the licence with a link to it and a link to the original. The suggestion is a template
/// to fill in, or, when the image file itself names its creator (IPTC, XMP or Exif), the
/// credit built from it ("Photo: Tomas Berg, CC BY-SA 4.0").
public struct MissingAttributionRule: ComplianceRule {
    /// `missing-attribution`.
    public static let id = "missing-attribution"
    /// One-sentence description.
    public static let summary = "A content image has no credit at all."
    /// Error: publishing someone else's work without any credit is the core violation.
    public static let defaultSeverity = Severity.error

    /// Creates the rule.
    public init() {}

    /// Reports an image whose credit is nil.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard image.credit == nil else { return [] }
        return [
            finding(
                about: image,
                message:
                    "Image \(image.displayName) has no credit. Add a visible credit next to it "
                    + "naming the creator and the source, and for a Creative Commons image the "
                    + "licence with a link to it and a link to the original.",
                suggestion: image.embedded.flatMap { EmbeddedCreditSuggestion.make($0, context: context) }
                    ?? CreditSuggestion.make(credit: nil, license: nil))
        ]
    }

    /// The finding's message and suggestion when another page of the site credits the same
    /// image: the credit there is the suggestion, so that one finding states the whole fact.
    public static func creditedElsewhere(
        message: String, on page: CreditedPage
    ) -> (message: String, suggestion: String) {
        (message + " \(creditedElsewhereMarker)\(page.described); use that credit here too.", page.credit)
    }

    /// The words that start the sentence ``creditedElsewhere(message:on:)`` adds, by which a
    /// message that has it already is known.
    public static let creditedElsewhereMarker = "The same image is credited on "

    /// An uncredited photo triggers; any credit, even a bare agency name, does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Photo without any credit", triggers: true, credit: nil,
            html: #"<figure><img src="photo.jpg" alt="Harbour at dusk"></figure>"#),
        RuleExample(
            "Agency photo with a credit", triggers: false,
            credit: ImageCredit(
                text: "Photo: Reuters", source: "Reuters", strategy: .figcaption),
            html: #"<figure><img src="photo.jpg"><figcaption>Photo: Reuters</figcaption></figure>"#),
        RuleExample(
            "Uncredited photo whose file names its creator and licence", triggers: true, credit: nil,
            embedded: EmbeddedMetadata(
                file: "photo.jpg", creator: "Tomas Berg",
                webStatement: "https://creativecommons.org/licenses/by-sa/4.0/",
                from: [.creator: .xmp, .webStatement: .xmp]),
            html: #"<figure><img src="photo.jpg" alt="Harbour at dusk"></figure>"#),
    ]
}

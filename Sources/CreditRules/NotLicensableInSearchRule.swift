import CreditModel

/// `not-licensable-in-search` (note, off by default): an image that search engines cannot
/// show as licensable: its file carries no IPTC web statement or licensor, and the page's
/// structured data gives no `license`.
///
/// Google Images shows a "Licensable" badge and a link to the licence from the IPTC
/// `WebStatement`/`Licensor` fields in the file or from schema.org `license` /
/// `acquireLicensePage`. Sites that sell or share their photos want the badge; most sites do
/// not care, so the rule is off unless configured (`rules: {not-licensable-in-search: note}`).
/// Only images whose file was read (local files under the scan root) are checked.
public struct NotLicensableInSearchRule: ComplianceRule {
    /// `not-licensable-in-search`.
    public static let id = "not-licensable-in-search"
    /// One-sentence description.
    public static let summary =
        "An image has neither an IPTC web statement or licensor in its file nor a structured-data licence."
    /// Note: a missed opportunity, not a licence breach.
    public static let defaultSeverity = Severity.note
    /// Off unless configured.
    public static let enabledByDefault = false

    /// Creates the rule.
    public init() {}

    /// Reports a local image without a web statement, licensor or structured-data licence.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let embedded = image.embedded, !embedded.isLicensable else { return [] }
        if let metadata = image.metadata, metadata.license != nil || metadata.acquireLicensePage != nil { return [] }
        return [
            finding(
                about: image,
                message: "Search engines cannot show image \(image.displayName) as licensable: its file "
                    + "\(embedded.file) has no IPTC web statement (xmpRights:WebStatement) or licensor, and the "
                    + "page's structured data gives no license. Add the licence URL to the file or to an "
                    + "ImageObject's license.")
        ]
    }

    /// A file without a web statement triggers; one with a web statement does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "A local file without licensing fields", triggers: true,
            credit: ImageCredit(text: "Photo: Tomas Berg", author: "Tomas Berg", strategy: .figcaption),
            embedded: EmbeddedMetadata(file: "images/harbour.jpg", creator: "Tomas Berg", from: [.creator: .xmp])),
        RuleExample(
            "A local file with a web statement", triggers: false,
            credit: ImageCredit(text: "Photo: Tomas Berg", author: "Tomas Berg", strategy: .figcaption),
            embedded: EmbeddedMetadata(
                file: "images/harbour.jpg", creator: "Tomas Berg",
                webStatement: "https://creativecommons.org/licenses/by-sa/4.0/",
                from: [.creator: .xmp, .webStatement: .xmp])),
    ]
}

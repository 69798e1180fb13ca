import CreditModel

/// `embedded-credit-mismatch` (warning): the visible credit names someone other than the
/// creator or credit line written into the image file itself (IPTC, XMP or Exif).
///
/// Photographers, agencies and stock libraries write the credit into the file; search engines
/// and image tools show it. A visible credit that names someone else is either wrong or
/// credits an intermediary instead of the photographer. Names are compared loosely: case,
/// diacritics and punctuation aside, "Berg, Tomas" equals "Tomas Berg", and an agency credit
/// line that contains the photographer's name ("Tomas Berg / Nordic Pictures") matches either.
/// The visible credit matches when it names the file's creator, its credit line or its
/// copyright holder.
public struct EmbeddedCreditMismatchRule: ComplianceRule {
    /// `embedded-credit-mismatch`.
    public static let id = "embedded-credit-mismatch"
    /// One-sentence description.
    public static let summary =
        "The visible credit names someone else than the image file's own creator or credit line."
    /// Warning: the visible credit may be right (a file re-used with permission); check it.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Compares the visible credit's names with the file's creator, credit line and copyright notice.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, credit.strategy.isVisible, let embedded = image.embedded else { return [] }
        let names = [embedded.creator, embedded.creditLine, embedded.copyrightNotice].compactMap { $0 }
        guard let first = embedded.creator ?? embedded.creditLine, !names.isEmpty else { return [] }
        let visible = [credit.author, credit.source, credit.text].compactMap { $0 }.joined(separator: " ")
        guard !names.contains(where: { PersonNames.credit(visible, names: $0) }) else { return [] }
        let block = (embedded.creator != nil ? embedded.from[.creator] : embedded.from[.creditLine])?.rawValue ?? "file"
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is credited to \"\(credit.text)\", but its file "
                    + "\(embedded.file) names \"\(first)\" (\(block)). Check who made it and correct "
                    + "the visible credit or the file.")
        ]
    }

    /// A credit naming another photographer triggers; the same name written the other way round does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "The file names another photographer", triggers: true,
            credit: ImageCredit(text: "Photo: Anna Lind", author: "Anna Lind", strategy: .figcaption),
            embedded: EmbeddedMetadata(file: "images/harbour.jpg", creator: "Tomas Berg", from: [.creator: .xmp]),
            html: #"<figure><img src="images/harbour.jpg"><figcaption>Photo: Anna Lind</figcaption></figure>"#),
        RuleExample(
            "The file's creator, written surname first", triggers: false,
            credit: ImageCredit(text: "Photo: Tomas Berg", author: "Tomas Berg", strategy: .figcaption),
            embedded: EmbeddedMetadata(file: "images/harbour.jpg", creator: "Berg, Tomas", from: [.creator: .iptc]),
            html: #"<figure><img src="images/harbour.jpg"><figcaption>Photo: Tomas Berg</figcaption></figure>"#),
        RuleExample(
            "An agency credit line that names the photographer", triggers: false,
            credit: ImageCredit(text: "Photo: Nordic Pictures", source: "Nordic Pictures", strategy: .figcaption),
            embedded: EmbeddedMetadata(
                file: "images/harbour.jpg", creator: "Tomas Berg", creditLine: "Tomas Berg / Nordic Pictures",
                from: [.creator: .xmp, .creditLine: .xmp])),
    ]
}

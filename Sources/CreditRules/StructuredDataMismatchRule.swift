import CreditLicenses
import CreditModel

/// `structured-data-mismatch` (warning): the page's structured data (schema.org JSON-LD or
/// microdata, ccREL) credits the image differently from its visible credit.
///
/// Search engines show the structured data (Google Images prints `creditText` and the
/// `license` link next to the picture), so a mismatch tells the world two stories about who
/// made the picture and under which terms; one of them is wrong. The rule compares the names
/// (metadata names none of the visible credit's words) and the licences (both identified and
/// different, or a licence only the metadata states).
public struct StructuredDataMismatchRule: ComplianceRule {
    /// `structured-data-mismatch`.
    public static let id = "structured-data-mismatch"
    /// One-sentence description.
    public static let summary =
        "The page's structured data credits or licenses the image differently from its visible credit."
    /// Warning: the visible credit may well be right; the metadata needs fixing or removing.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Compares the metadata's name and licence with the visible credit's.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, credit.strategy != .structuredData, let metadata = image.metadata
        else { return [] }
        var differences: [String] = []
        if let name = metadata.creditText ?? metadata.creator, Self.sharesNoName(name, with: credit.text) {
            differences.append("credits \"\(name)\" where the page shows \"\(credit.text)\"")
        }
        if let stated = metadata.license, case .identified(let definition) = Self.identify(stated, context) {
            if let shown = image.license, shown.id != LicenseIdentification.ambiguousID, shown.id != definition.id {
                differences.append("gives the licence \(definition.id) where the credit names \(shown.id)")
            } else if image.license == nil {
                differences.append("gives the licence \(definition.id), which the visible credit does not name")
            }
        }
        guard !differences.isEmpty else { return [] }
        return [
            finding(
                about: image,
                message: "The \(metadata.format.rawValue) metadata (line \(metadata.line)) of image "
                    + "\(image.displayName) " + differences.joined(separator: " and ")
                    + ". Make the metadata and the visible credit agree.")
        ]
    }

    private static func identify(_ stated: String, _ context: RuleContext) -> LicenseIdentification {
        let lower = stated.lowercased()
        return lower.hasPrefix("http") || lower.hasPrefix("//") ? context.urlLookup(stated) : context.textLookup(stated)
    }

    /// Words that every credit may contain and that prove nothing about who is named.
    private static let genericWords: Set<String> = [
        "photo", "photos", "foto", "image", "images", "by", "via", "the", "and", "credit", "copyright",
        "all", "rights", "reserved", "getty", "for", "of", "de", "von", "c",
    ]

    /// Whether none of the metadata name's distinctive words occurs in the visible credit.
    static func sharesNoName(_ name: String, with visible: String) -> Bool {
        let distinctive = Set(TextWords(name).words).subtracting(genericWords).filter { $0.count > 1 }
        guard !distinctive.isEmpty else { return false }
        return distinctive.isDisjoint(with: TextWords(visible).words)
    }

    /// A different photographer and a different licence trigger; a fuller visible credit does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Metadata names another photographer and licence", triggers: true,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4,
            metadata: ImageMetadata(
                format: .jsonLD, line: 4, creditText: "Max Muster",
                license: "https://creativecommons.org/licenses/by-sa/4.0/"),
            html:
                #"<script type="application/ld+json">{"@type": "ImageObject", "contentUrl": "photo.jpg", "creditText": "Max Muster", "license": "https://creativecommons.org/licenses/by-sa/4.0/"}</script>"#
        ),
        RuleExample(
            "Metadata agrees with the visible credit", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4,
            metadata: ImageMetadata(
                format: .jsonLD, line: 4, creator: "Jane Doe",
                license: "https://creativecommons.org/licenses/by/4.0/")),
    ]
}

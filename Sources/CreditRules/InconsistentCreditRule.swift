import CreditModel

/// `inconsistent-credit` (warning): other pages of the site credit the same image to someone
/// else.
///
/// A photo reused across articles should carry the same credit everywhere: when one page
/// names one photographer and another page a different one, at least one of them is wrong.
/// The same image is the same resolved URL (renditions of one upload folded), or, for files
/// under the scanned folder, the same bytes. Credits that differ only in case, spacing, a
/// "Photo:" label or an agency after the name are the same credit; only different authors
/// are reported, on every page involved, each naming the others.
public struct InconsistentCreditRule: ComplianceRule {
    /// `inconsistent-credit`.
    public static let id = "inconsistent-credit"
    /// One-sentence description.
    public static let summary = "Other pages credit the same image to a different author."
    /// Warning: one of the credits is wrong, but each page does credit the image.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Images are checked across pages, after the scan (see ``RuleNotice/inconsistentCredit(credit:others:line:image:)``).
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] { [] }

    /// Reports an image whose credit here disagrees with other pages' credits.
    public func check(notice: RuleNotice, in context: RuleContext) -> [Finding] {
        guard case .inconsistentCredit(let credit, let others, let line, let image) = notice, let first = others.first
        else { return [] }
        let elsewhere = others.map(\.described).joined(separator: ", ")
        return [
            Finding(
                rule: Self.id, severity: Self.defaultSeverity,
                message: "This page credits the image as '\(credit)', but \(elsewhere) credit"
                    + "\(others.count == 1 ? "s" : "") it to someone else. Check who made it and use the "
                    + "same credit on every page.",
                line: line, image: image, suggestion: first.credit)
        ]
    }

    /// A photo credited to two different people triggers; a fully credited image does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "a photo credited 'Photo: Anna Berg' here and 'Photo: Jan Ek' on news/b.html", triggers: true,
            notice: .inconsistentCredit(
                credit: "Photo: Anna Berg", others: [CreditedPage(path: "news/b.html", credit: "Photo: Jan Ek")],
                line: 12, image: "/img/harbour.jpg")),
        RuleExample(
            "a fully credited CC BY 4.0 image", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

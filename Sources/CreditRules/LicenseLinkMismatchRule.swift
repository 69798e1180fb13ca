import CreditLicenses
import CreditModel

/// `license-link-mismatch` (warning): the licence named in the credit and the licence its
/// link points to are different licences.
///
/// "CC BY-SA 4.0" linking to the CC BY 4.0 deed tells readers two different sets of terms;
/// usually one of them was copied from another credit. The rule identifies the named
/// licence and the link target separately and reports when both are identified exactly and
/// their ids differ. An unversioned name ("CC BY") is not compared: `ambiguous-license`
/// covers it. A name without a port ("CC BY-SA 3.0") linking to a port of the same licence
/// (`…/by-sa/3.0/de/`) is accepted: the link is just more specific than the name.
/// The suggestion keeps the licence readers see and links its deed; if the link was the
/// right one, change the name instead.
public struct LicenseLinkMismatchRule: ComplianceRule {
    /// `license-link-mismatch`.
    public static let id = "license-link-mismatch"
    /// One-sentence description.
    public static let summary =
        "The licence named in the credit and the licence it links to differ."
    /// Warning: the credit is there, but one of its two licence statements is wrong.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports a credit whose named licence and linked licence have different ids.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let credit = image.credit, let text = credit.licenseText, let url = credit.licenseURL,
            case .identified(let named) = context.textLookup(text),
            case .identified(let linked) = context.urlLookup(url),
            named.id.lowercased() != linked.id.lowercased(),
            !Self.linkIsPortOf(named, linked)
        else { return [] }
        return [
            finding(
                about: image,
                message: "The credit of image \(image.displayName) names "
                    + "\(LicenseFacts.shortName(of: named)) but links to "
                    + "\(LicenseFacts.shortName(of: linked)) (\(url)). Check which licence the "
                    + "original is under and make the name and the link agree.",
                suggestion: CreditSuggestion.make(
                    credit: credit, license: LicenseFacts(definition: named)))
        ]
    }

    /// Whether `linked` is a national port of the unported licence `named`.
    static func linkIsPortOf(_ named: LicenseDefinition, _ linked: LicenseDefinition) -> Bool {
        guard named.jurisdiction == nil, linked.jurisdiction != nil,
            named.version == linked.version, let a = named.unit, let b = linked.unit
        else { return false }
        // 1.0 units are spelled in another order (`by-nd-nc`), so compare element sets.
        func elements(_ unit: String) -> Set<Substring> {
            Set(unit.lowercased().split(separator: "-"))
        }
        return elements(a) == elements(b)
    }

    /// Text "CC BY-SA 4.0" linked to the CC BY 4.0 deed triggers; a matching pair does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Name says BY-SA, link goes to the BY deed", triggers: true,
            credit: ImageCredit(
                text: "\"Harbour at Dusk\" by Jane Doe / Wikimedia Commons, CC BY-SA 4.0",
                author: "Jane Doe", source: "Wikimedia Commons", title: "Harbour at Dusk",
                licenseText: "CC BY-SA 4.0",
                licenseURL: "https://creativecommons.org/licenses/by/4.0/",
                sourceURL: "https://commons.wikimedia.org/wiki/File:Harbour_at_Dusk.jpg",
                strategy: .figcaption),
            license: ExampleLicense.ccBySA4,
            html:
                #"<figcaption>… <a href="https://creativecommons.org/licenses/by/4.0/">CC BY-SA 4.0</a></figcaption>"#
        ),
        RuleExample(
            "Name and link agree", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY-SA 4.0", path: "by-sa/4.0"),
            license: ExampleLicense.ccBySA4),
    ]
}

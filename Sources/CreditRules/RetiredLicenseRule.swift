import CreditLicenses
import CreditModel

/// `retired-license` (warning): the licence is one Creative Commons has retired
/// (Sampling, Sampling Plus, Developing Nations, the Public Domain Dedication, the
/// 1.0 licences without BY).
///
/// A retired licence stays valid for works already released under it, but CC no longer
/// recommends it and its terms are unusual. The suggestion is the current equivalent,
/// derived from the retired licence's terms (NC, SA, ND kept; public-domain tools become
/// CC0 1.0). Only credit it if the original is also offered under that licence; otherwise
/// keep crediting the retired one or choose another image.
public struct RetiredLicenseRule: ComplianceRule {
    /// `retired-license`.
    public static let id = "retired-license"
    /// One-sentence description.
    public static let summary = "The licence is one that Creative Commons has retired."
    /// Warning: still a valid grant, but readers and editors should know.
    public static let defaultSeverity = Severity.warning

    /// Creates the rule.
    public init() {}

    /// Reports an image whose catalogue entry is retired.
    public func check(_ image: ScannedImage, in context: RuleContext) -> [Finding] {
        guard let license = LicenseFacts(image: image, context: context),
            let definition = license.definition, definition.retired
        else { return [] }
        let current = Self.currentEquivalent(of: definition)
        return [
            finding(
                about: image,
                message: "Image \(image.displayName) is under \(license.shortName), which Creative "
                    + "Commons has retired. Check whether the original is also offered under "
                    + "\(current.shortName) (\(current.url ?? "")) and credit that instead, or "
                    + "replace the image.",
                suggestion: CreditSuggestion.make(credit: image.credit, license: current))
        ]
    }

    /// The current licence with the same terms: CC0 1.0 for public-domain tools, else the
    /// 4.0 licence with the same NC/SA/ND elements (BY is in every current licence).
    static func currentEquivalent(of definition: LicenseDefinition) -> LicenseFacts {
        guard definition.family == .creativeCommons else {
            return LicenseFacts(
                definition: LicenseDefinition(
                    id: "CC0-1.0", name: "CC0 1.0 Universal",
                    url: "https://creativecommons.org/publicdomain/zero/1.0/",
                    family: .publicDomain, unit: "zero", version: "1.0",
                    requiresAttribution: false))
        }
        var unit = "by"
        if definition.nonCommercial { unit += "-nc" }
        if definition.noDerivatives {
            unit += "-nd"
        } else if definition.shareAlike {
            unit += "-sa"
        }
        let name = "CC \(unit.uppercased()) 4.0"
        return LicenseFacts(
            definition: LicenseDefinition(
                id: "CC-\(unit.uppercased())-4.0", name: name,
                url: "https://creativecommons.org/licenses/\(unit)/4.0/",
                family: .creativeCommons, unit: unit, version: "4.0", requiresAttribution: true,
                shareAlike: definition.shareAlike, nonCommercial: definition.nonCommercial,
                noDerivatives: definition.noDerivatives))
    }

    /// A Sampling Plus credit triggers; a current licence does not.
    public static let examples: [RuleExample] = [
        RuleExample(
            "Sampling Plus 1.0", triggers: true,
            credit: ExampleLicense.completeCredit(
                license: "CC Sampling+ 1.0", path: "sampling+/1.0"),
            license: ExampleLicense.samplingPlus1),
        RuleExample(
            "Current CC BY 4.0", triggers: false,
            credit: ExampleLicense.completeCredit(license: "CC BY 4.0", path: "by/4.0"),
            license: ExampleLicense.ccBy4),
    ]
}

import CreditLicenses
import CreditModel

/// What the rules need to know about an image's licence, resolved once through the context.
///
/// An unversioned "CC BY" (`AMBIGUOUS`) has no catalogue entry, yet every Creative Commons
/// licence it could be asks for attribution; so for it the family and the NC term are read
/// from the words of the credit rather than left unknown, and the attribution rules still apply.
struct LicenseFacts: Sendable {
    /// The id the scanner gave (`CC-BY-SA-4.0`, `AMBIGUOUS`).
    var id: String
    /// The catalogue entry, nil for ambiguous and unknown ids.
    var definition: LicenseDefinition?
    /// Whether the id is the unversioned `AMBIGUOUS` marker.
    var isAmbiguous: Bool
    /// Whether the licence is a Creative Commons licence (public-domain tools excluded).
    var isCreativeCommons: Bool
    /// Whether the licence asks for a credit naming the creator.
    var requiresAttribution: Bool
    /// Whether commercial use is excluded.
    var nonCommercial: Bool
    /// Whether a credit must name the licence and link to it: Creative Commons and the other
    /// open licences (GFDL, OGL). All-rights-reserved, free-stock and public-domain terms have
    /// no licence text a reader could follow, so an agency's `© dpa` is complete without one.
    var asksForLicenseLink: Bool
    /// The version as numbers (`[3, 0]`), nil when unversioned.
    var version: [Int]?
    /// The short name a credit should use (`CC BY-SA 4.0`).
    var shortName: String
    /// The canonical URL, when known.
    var url: String?

    /// The marker id the scanner uses for an unversioned licence family.
    static let ambiguousID = LicenseIdentification.ambiguousID

    /// Whether this is a Creative Commons licence that requires attribution.
    var isCreativeCommonsAttribution: Bool { isCreativeCommons && requiresAttribution }

    /// Whether this is an attribution licence of version 3.0 or older, which asks for the title.
    var asksForTitle: Bool {
        guard isCreativeCommonsAttribution, let version else { return false }
        return version.lexicographicallyPrecedes([3, 1])
    }

    /// The facts of a catalogue entry.
    init(definition: LicenseDefinition) {
        id = definition.id
        self.definition = definition
        isAmbiguous = false
        isCreativeCommons = definition.family == .creativeCommons
        requiresAttribution = definition.requiresAttribution
        nonCommercial = definition.nonCommercial
        asksForLicenseLink =
            definition.requiresAttribution
            && (definition.family == .creativeCommons || definition.family == .otherOpen)
        version = definition.version.flatMap(Self.parseVersion)
        shortName = Self.shortName(of: definition)
        url = definition.url
    }

    /// The facts of the image's licence; nil when the image states none.
    init?(image: ScannedImage, context: RuleContext) {
        guard let license = image.license else { return nil }
        let ambiguous = license.id.uppercased() == Self.ambiguousID
        if !ambiguous, let definition = context.licenseLookup(license.id) {
            self = LicenseFacts(definition: definition)
            url = definition.url ?? license.url
            return
        }
        id = license.id
        definition = nil
        isAmbiguous = ambiguous
        url = license.url
        let words = TextWords(
            [license.name, image.credit?.licenseText].compactMap { $0 }.joined(separator: " "))
        isCreativeCommons = words.namesCreativeCommons
        // Every licence an unversioned CC family name can stand for is a BY licence.
        requiresAttribution = ambiguous && isCreativeCommons
        nonCommercial = words.namesNonCommercial
        asksForLicenseLink = isCreativeCommons
        version = nil
        shortName = license.name ?? image.credit?.licenseText ?? license.id
    }

    /// `"2.5"` → `[2, 5]`; nil when any part is not a number.
    static func parseVersion(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }

    /// The name credits use: `CC BY-SA 3.0 DE`, `CC0 1.0`; the catalogue name otherwise.
    ///
    /// Elements are put in the order people write them (`by-nd-nc` → `BY-NC-ND`); units
    /// outside BY/NC/ND/SA (Sampling, Developing Nations) have no short form, so their
    /// catalogue name is used, marked as CC.
    static func shortName(of definition: LicenseDefinition) -> String {
        guard definition.family == .creativeCommons || definition.family == .publicDomain,
            let unit = definition.unit?.lowercased(), let version = definition.version
        else { return definition.name }
        let order = ["by", "nc", "nd", "sa"]
        let elements = unit.split(separator: "-").map(String.init)
        let base: String
        if unit == "zero" {
            base = "CC0 \(version)"
        } else if unit == "mark" {
            base = "Public Domain Mark \(version)"
        } else if elements.allSatisfy(order.contains) {
            let sorted = elements.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
            base = "CC \(sorted.joined(separator: "-").uppercased()) \(version)"
        } else {
            return definition.family == .creativeCommons ? "CC \(definition.name)" : definition.name
        }
        guard let port = definition.jurisdiction, !port.isEmpty else { return base }
        return "\(base) \(port.uppercased())"
    }
}

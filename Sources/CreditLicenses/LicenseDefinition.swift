/// One licence or public-domain tool from the catalogue in `Licenses/`.
public struct LicenseDefinition: Sendable, Hashable, Codable {
    /// What kind of terms these are; drives which credit parts a licence asks for.
    public enum Family: String, Sendable, Hashable, Codable, CaseIterable {
        /// A Creative Commons licence (any version or port).
        case creativeCommons = "creative-commons"
        /// Public domain: CC0, the Public Domain Mark, government works, "public domain".
        case publicDomain = "public-domain"
        /// Free-stock site licences (Unsplash, Pexels, Pixabay): no credit required.
        case freeStock = "free-stock"
        /// Other open licences (GFDL, Free Art, OGL, Etalab).
        case otherOpen = "other-open"
        /// All rights reserved: agency and stock credits, ©-notices.
        case proprietary
    }

    /// The id: SPDX where SPDX has one, else `LicenseRef-…` (see `Licenses/README.md`).
    public var id: String
    /// The English name (`Attribution-ShareAlike 3.0 Germany`).
    public var name: String
    /// The canonical URL, when the licence has one.
    public var url: String?
    /// The kind of terms.
    public var family: Family
    /// The Creative Commons unit (`by-sa`, `zero`, `mark`), nil for other terms.
    public var unit: String?
    /// The version (`3.0`), nil when unversioned.
    public var version: String?
    /// The port (`de`, `igo`), nil for generic/international licences.
    public var jurisdiction: String?
    /// Whether a credit naming the author is required.
    public var requiresAttribution: Bool
    /// Whether adaptations must be shared under the same licence.
    public var shareAlike: Bool
    /// Whether commercial use is excluded.
    public var nonCommercial: Bool
    /// Whether adaptations are excluded.
    public var noDerivatives: Bool
    /// Whether Creative Commons has retired the licence.
    public var retired: Bool

    /// Creates a definition.
    public init(
        id: String, name: String, url: String?, family: Family, unit: String? = nil,
        version: String? = nil, jurisdiction: String? = nil, requiresAttribution: Bool,
        shareAlike: Bool = false, nonCommercial: Bool = false, noDerivatives: Bool = false,
        retired: Bool = false
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.family = family
        self.unit = unit
        self.version = version
        self.jurisdiction = jurisdiction
        self.requiresAttribution = requiresAttribution
        self.shareAlike = shareAlike
        self.nonCommercial = nonCommercial
        self.noDerivatives = noDerivatives
        self.retired = retired
    }
}

/// The answer to "which licence is this?".
public enum LicenseIdentification: Sendable, Hashable {
    /// Exactly one licence.
    case identified(LicenseDefinition)
    /// A licence family without a version ("CC BY"): never a guess.
    case ambiguous(family: String)
    /// No licence is named.
    case none

    /// The id reported for an unversioned licence family, in `license --batch` and in reports.
    public static let ambiguousID = "AMBIGUOUS"

    /// The contract spelling used by `license --batch`: the id, `AMBIGUOUS` or `NONE`.
    public var contractValue: String {
        switch self {
        case .identified(let license): license.id
        case .ambiguous: Self.ambiguousID
        case .none: "NONE"
        }
    }
}

/// A licence named somewhere inside a longer text.
public struct LicenseMention: Sendable, Hashable {
    /// What was identified.
    public var identification: LicenseIdentification
    /// The words that named it, as written (`CC BY-SA 3.0`, or a URL).
    public var matchedText: String
    /// Where it was found: `text` or `url`.
    public var evidence: String

    /// Creates a mention.
    public init(identification: LicenseIdentification, matchedText: String, evidence: String) {
        self.identification = identification
        self.matchedText = matchedText
        self.evidence = evidence
    }
}

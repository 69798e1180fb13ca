/// How a licence link completes the licence a credit names in words.
enum LicenseRefinement {
    /// The linked licence when it is a more exact form of the named one; nil when the two
    /// conflict or the link adds nothing (then the words stand).
    ///
    /// - A family without a version ("CC BY-SA", "Creative Commons") takes a linked licence
    ///   whose elements include every element named: "CC by" linked to `by-sa/2.0` is
    ///   CC BY-SA 2.0 (the words may leave an element out, never add one).
    /// - A licence without a port takes the same licence's port ("CC BY-SA 3.0" linked to
    ///   `by-sa/3.0/de/`).
    /// - "Public domain" takes the public-domain tool the link names (the Mark, CC0).
    static func refine(_ named: LicenseIdentification, by linked: LicenseIdentification) -> LicenseIdentification? {
        guard case .identified(let target) = linked else { return nil }
        switch named {
        case .ambiguous(let family):
            return familyAdmits(family, target) ? linked : nil
        case .identified(let license):
            if license.id == publicDomainID, target.family == .publicDomain { return linked }
            guard license.jurisdiction == nil, target.jurisdiction != nil, license.version == target.version,
                let unit = license.unit, let linkedUnit = target.unit,
                CCUnit.elements(of: unit) == CCUnit.elements(of: linkedUnit)
            else { return nil }
            return linked
        case .none:
            return linked
        }
    }

    /// The id of plain "public domain" (`other-licenses.tsv`).
    static let publicDomainID = "LicenseRef-PublicDomain"

    /// Whether a licence belongs to a family named without a version.
    private static func familyAdmits(_ family: String, _ license: LicenseDefinition) -> Bool {
        guard let unit = license.unit else { return false }
        switch family {
        case LicenseIdentification.creativeCommonsFamily: return true
        case LicenseIdentification.dedicationFamily: return unit == "zero" || unit == "certification"
        default: return CCUnit.elements(of: family).isSubset(of: CCUnit.elements(of: unit))
        }
    }
}

extension LicenseIdentification {
    /// The family of a bare "Creative Commons" or "CC … licence".
    static let creativeCommonsFamily = "creative-commons"
    /// The family of "Public Domain Dedication": CC0 or the retired certification.
    static let dedicationFamily = "public-domain-dedication"
}

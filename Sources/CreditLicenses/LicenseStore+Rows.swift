/// Row → definition conversion for the two catalogue tables.
extension LicenseStore {
    /// Builds a Creative Commons definition from a `cc-tools.tsv` row.
    static func ccDefinition(_ row: [String: String]) -> LicenseDefinition? {
        guard let unit = row["unit"], !unit.isEmpty, let version = row["version"], !version.isEmpty
        else { return nil }
        let jurisdiction = row["jurisdiction"].flatMap { $0.isEmpty ? nil : $0.lowercased() }
        let requires = Set(list(row["requires"]))
        let permits = Set(list(row["permits"]))
        let prohibits = Set(list(row["prohibits"]))
        let elements = CCUnit.elements(of: unit)
        let isPublicDomain =
            row["category"] == "publicdomain" || CCUnit.publicDomainUnits.contains(unit)
        return LicenseDefinition(
            id: CCUnit.id(unit: unit, version: version, jurisdiction: jurisdiction, spdx: row["spdx"]),
            name: row["title_en"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(unit) \(version)",
            url: row["canonical_url"].flatMap { $0.isEmpty ? nil : $0 },
            family: isPublicDomain ? .publicDomain : .creativeCommons,
            unit: unit,
            version: version,
            jurisdiction: jurisdiction,
            requiresAttribution: requires.contains("Attribution"),
            shareAlike: requires.contains("ShareAlike") || elements.contains("sa"),
            nonCommercial: prohibits.contains("CommercialUse") || elements.contains("nc"),
            // Sampling licences permit derivatives but not verbatim sharing; only `nd` and
            // a missing DerivativeWorks permission mean "no adaptations".
            noDerivatives: elements.contains("nd") || !permits.contains("DerivativeWorks"),
            retired: !(row["deprecated_on"] ?? "").isEmpty
        )
    }

    /// Builds a non-CC term from an `other-licenses.tsv` row.
    static func otherTerm(_ row: [String: String]) -> OtherTerm? {
        guard let id = row["id"], !id.isEmpty,
            let family = LicenseDefinition.Family(rawValue: row["family"] ?? "")
        else { return nil }
        let definition = LicenseDefinition(
            id: id,
            name: row["name"] ?? id,
            url: row["url"].flatMap { $0.isEmpty ? nil : $0 },
            family: family,
            requiresAttribution: row["attribution"] == "yes",
            shareAlike: row["sharealike"] == "yes",
            nonCommercial: row["noncommercial"] == "yes",
            noDerivatives: row["noderivatives"] == "yes"
        )
        let aliases = (row["aliases"] ?? "").split(separator: "|").map(String.init)
        return OtherTerm(
            definition: definition,
            aliases: aliases.filter { !$0.hasPrefix("=") },
            exactAliases: aliases.filter { $0.hasPrefix("=") }.map { String($0.dropFirst()) },
            urlPatterns: (row["urls"] ?? "").split(separator: "|").map { $0.lowercased() }
        )
    }

    /// "Attribution,Notice" → ["Attribution", "Notice"].
    private static func list(_ cell: String?) -> [String] {
        (cell ?? "").pieces(splitAt: ",").map { $0.trimmingWhitespace() }
    }
}

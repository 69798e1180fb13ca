import CreditLicenses

/// What a credit under a licence must contain, in words, for `creditlint license`.
///
/// Read from ``LicenseFacts``, the same facts the rules check, so the description and the
/// findings cannot disagree about, say, which versions ask for the title.
public enum LicenseRequirements {
    /// The parts of a credit the licence asks for, and its NC/ND/SA terms.
    public static func describe(_ license: LicenseDefinition) -> String {
        let facts = LicenseFacts(definition: license)
        guard facts.requiresAttribution else { return "nothing (a credit is courteous, not required)" }
        var parts = facts.asksForLicenseLink ? ["author", "licence name", "licence link"] : ["author or agency"]
        if facts.isCreativeCommons {
            parts.append("source link")
            parts.append(facts.asksForTitle ? "title of the work" : "modification notice (if modified)")
        }
        var terms: [String] = []
        if license.nonCommercial { terms.append("NonCommercial") }
        if license.noDerivatives { terms.append("NoDerivatives") }
        if license.shareAlike { terms.append("ShareAlike") }
        let suffix = terms.isEmpty ? "" : "; terms: " + terms.joined(separator: ", ")
        return parts.joined(separator: ", ") + suffix
    }
}

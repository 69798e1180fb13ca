/// Dual licensing as SPDX `OR` expressions.
///
/// Design choice: an expression is answered with a `LicenseDefinition` whose `id` is the
/// expression itself ("CC-BY-SA-3.0 OR GFDL-1.2-or-later"). Callers that only compare ids keep
/// working, and the flags are those a reuser can rely on whichever option they pick: a flag is
/// set only when *every* option sets it (choosing the GFDL does not make CC's NC binding).
public enum LicenseExpression {
    /// Splits "A OR B" (the operator in any case) into its member ids; a single id is
    /// returned alone.
    public static func split(_ expression: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for word in expression.split(separator: " ") {
            if word.lowercased() == "or" {
                parts.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(word)
            }
        }
        parts.append(current.joined(separator: " "))
        return parts.filter { !$0.isEmpty }
    }

    /// One definition standing for "any one of these licences".
    static func combine(_ members: [LicenseDefinition]) -> LicenseDefinition {
        guard members.count > 1, let first = members.first else {
            return members.first
                ?? LicenseDefinition(id: "", name: "", url: nil, family: .otherOpen, requiresAttribution: false)
        }
        let families = Set(members.map(\.family))
        return LicenseDefinition(
            id: members.map(\.id).joined(separator: " OR "),
            name: members.map(\.name).joined(separator: " or "),
            url: nil,
            family: families.count == 1
                ? first.family : (families.contains(.creativeCommons) ? .creativeCommons : first.family),
            requiresAttribution: members.allSatisfy(\.requiresAttribution),
            shareAlike: members.allSatisfy(\.shareAlike),
            nonCommercial: members.allSatisfy(\.nonCommercial),
            noDerivatives: members.allSatisfy(\.noDerivatives),
            retired: members.allSatisfy(\.retired)
        )
    }
}

/// Helpers for Creative Commons units (`by-sa`, `nc-sampling+`) and their ids.
///
/// Units are compared as *sets of elements* because the same licence is spelled in different
/// orders: the 1.0 URL unit `by-nd-nc` is the licence people write as "BY-NC-ND". Comparing sets
/// lets text, URLs and localised names all meet in one lookup key.
enum CCUnit {
    /// The elements of a unit: `by-nd-nc` → {by, nd, nc}; `nc-sampling+` → {nc, sampling+}.
    static func elements(of unit: String) -> Set<String> {
        Set(unit.lowercased().pieces(splitAt: "-"))
    }

    /// An order-independent key for a set of elements.
    static func key(_ elements: Set<String>) -> String {
        elements.sorted().joined(separator: "-")
    }

    /// The unit as spelled inside `LicenseRef-CC-…` ids (see `Licenses/README.md`).
    static func idSpelling(of unit: String) -> String {
        switch unit.lowercased() {
        case "sampling": "Sampling"
        case "sampling+": "Sampling-Plus"
        case "nc-sampling+": "NC-Sampling-Plus"
        case "devnations": "DevNations"
        default: unit.uppercased()
        }
    }

    /// The contract id: the SPDX id when SPDX has one, else `LicenseRef-CC-<UNIT>-<VERSION>[-<JUR>]`.
    static func id(unit: String, version: String, jurisdiction: String?, spdx: String?) -> String {
        if let spdx, !spdx.isEmpty { return spdx }
        var id = "LicenseRef-CC-\(idSpelling(of: unit))-\(version)"
        if let jurisdiction, !jurisdiction.isEmpty { id += "-\(jurisdiction.uppercased())" }
        return id
    }

    /// Units that are public-domain tools rather than licences.
    static let publicDomainUnits: Set<String> = ["zero", "mark", "certification", "publicdomain"]
}

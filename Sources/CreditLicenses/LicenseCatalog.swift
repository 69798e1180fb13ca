import Foundation

/// The compiled licence catalogue, parsed once from the data embedded from `Licenses/`.
public enum LicenseCatalog {
    /// Every licence known to creditlint: all Creative Commons licences, ports and tools first
    /// (in `cc-tools.tsv` order), then the other terms of `other-licenses.tsv`.
    public static var all: [LicenseDefinition] { store.all }

    /// The licence with this id (case-insensitive), if known.
    ///
    /// An SPDX `OR` expression of known ids ("CC-BY-SA-3.0 OR GFDL-1.2-or-later") is also
    /// accepted and answered with a combined definition (see `LicenseExpression`).
    public static func license(id: String) -> LicenseDefinition? {
        let trimmed = id.trimmingWhitespace()
        if let found = store.byID[trimmed.lowercased()] { return found }
        let parts = LicenseExpression.split(trimmed)
        guard parts.count > 1 else { return nil }
        let members = parts.compactMap { store.byID[$0.lowercased()] }
        guard members.count == parts.count else { return nil }
        return LicenseExpression.combine(members)
    }

    /// The parsed catalogue and its indexes, shared by the identifiers.
    static var store: LicenseStore { LicenseStore.shared }
}

/// The parsed catalogue plus the indexes the identifiers need; built once.
struct LicenseStore: Sendable {
    /// Built lazily and thread-safely by Swift's `static let` semantics.
    static let shared = LicenseStore()

    /// All definitions in catalogue order.
    let all: [LicenseDefinition]
    /// Lower-cased id → definition.
    let byID: [String: LicenseDefinition]
    /// `licenses/by-sa/3.0/de` (canonical and legacy paths) → definition.
    let byCCPath: [String: LicenseDefinition]
    /// Element key + version + jurisdiction → definitions (see `ccKey`). Usually one; the
    /// Japanese 2.0 port exists under both `by-nc-nd` and `by-nd-nc`.
    let byCCKey: [String: [LicenseDefinition]]
    /// Element key → every CC definition with that element set.
    let byElements: [String: [LicenseDefinition]]
    /// Every CC unit as written in URLs (`by-nd-nc`, `zero`).
    let units: Set<String>
    /// Every port code (`de`, `igo`, `scotland`).
    let jurisdictions: Set<String>
    /// The English country names of ports taken from the titles ("New Zealand" → `nz`).
    let englishJurisdictionNames: [(name: String, code: String)]
    /// The non-CC terms with their text aliases and URL patterns.
    let otherTerms: [OtherTerm]

    /// A non-CC term as listed in `other-licenses.tsv`.
    struct OtherTerm: Sendable {
        /// The definition.
        let definition: LicenseDefinition
        /// Phrases that name it anywhere in a text.
        let aliases: [String]
        /// Phrases that name it only when they are the whole text ("pd": too short for prose).
        let exactAliases: [String]
        /// `host/path` prefixes (no scheme, no `www.`) of URLs that name it.
        let urlPatterns: [String]
    }

    /// The lookup key for one CC licence.
    static func ccKey(elements: Set<String>, version: String, jurisdiction: String?) -> String {
        "\(CCUnit.key(elements))|\(version)|\(jurisdiction ?? "")"
    }

    init() {
        var all: [LicenseDefinition] = []
        var byCCPath: [String: LicenseDefinition] = [:]
        var byCCKey: [String: [LicenseDefinition]] = [:]
        var byElements: [String: [LicenseDefinition]] = [:]
        var units: Set<String> = []
        var jurisdictions: Set<String> = []
        var names: [(String, String)] = []
        var seenNames: Set<String> = []

        for row in LicenseData.table("cc-tools.tsv").records {
            guard let definition = Self.ccDefinition(row) else { continue }
            all.append(definition)
            let unit = definition.unit ?? ""
            units.insert(unit)
            for url in [row["canonical_url"], row["legacy_url"]] {
                if let url, let path = Self.ccPath(url) { byCCPath[path] = definition }
            }
            let elements = CCUnit.elements(of: unit)
            let key = Self.ccKey(
                elements: elements, version: definition.version ?? "",
                jurisdiction: definition.jurisdiction)
            byCCKey[key, default: []].append(definition)
            byElements[CCUnit.key(elements), default: []].append(definition)
            if let code = definition.jurisdiction {
                jurisdictions.insert(code)
                if let name = Self.countryName(title: definition.name, version: definition.version),
                    seenNames.insert("\(name)|\(code)").inserted
                {
                    names.append((name, code))
                }
            }
        }

        var otherTerms: [OtherTerm] = []
        for row in LicenseData.table("other-licenses.tsv").records {
            guard let term = Self.otherTerm(row) else { continue }
            all.append(term.definition)
            otherTerms.append(term)
        }

        self.all = all
        self.byID = Dictionary(all.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        self.byCCPath = byCCPath
        self.byCCKey = byCCKey
        self.byElements = byElements
        self.units = units
        self.jurisdictions = jurisdictions
        self.englishJurisdictionNames = names
        self.otherTerms = otherTerms
    }

    /// `https://creativecommons.org/licenses/by/3.0/de/` → `licenses/by/3.0/de`.
    static func ccPath(_ url: String) -> String? {
        guard let range = url.firstRange(ofText: "creativecommons.org/") else { return nil }
        let path = String(url[range.upperBound...]).pieces(splitAt: "/").joined(separator: "/")
        return path.isEmpty ? nil : path.lowercased()
    }

    /// "Attribution 2.0 UK: England & Wales" with version 2.0 → "UK: England & Wales".
    static func countryName(title: String, version: String?) -> String? {
        guard let version, let range = title.firstRange(ofText: " \(version) ") else { return nil }
        let rest = title[range.upperBound...].trimmingWhitespace()
        return rest.isEmpty ? nil : rest
    }
}

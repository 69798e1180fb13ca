import CreditLicenses

@testable import CreditModel
@testable import CreditRules

/// A hand-built licence catalogue for rule tests, so they pass or fail on the rules alone
/// and not on the generated catalogue (which `CatalogueAgreementTests` compares this with).
enum Fixture {
    static let ccBy4 = cc("CC-BY-4.0", "Attribution 4.0 International", "by", "4.0")
    static let ccBySA4 = cc(
        "CC-BY-SA-4.0", "Attribution-ShareAlike 4.0 International", "by-sa", "4.0", sa: true)
    static let ccByNC4 = cc(
        "CC-BY-NC-4.0", "Attribution-NonCommercial 4.0 International", "by-nc", "4.0", nc: true)
    static let ccBy3 = cc("CC-BY-3.0", "Attribution 3.0 Unported", "by", "3.0")
    static let ccBySA2 = cc(
        "CC-BY-SA-2.0", "Attribution-ShareAlike 2.0 Generic", "by-sa", "2.0", sa: true)
    static let cc0 = LicenseDefinition(
        id: "CC0-1.0", name: "CC0 1.0 Universal",
        url: "https://creativecommons.org/publicdomain/zero/1.0/", family: .publicDomain,
        unit: "zero", version: "1.0", requiresAttribution: false)
    static let samplingPlus1 = cc(
        "LicenseRef-CC-Sampling-Plus-1.0", "Sampling Plus 1.0", "sampling+", "1.0", retired: true)

    /// Every definition the rule examples rely on.
    static let definitions = [ccBy4, ccBySA4, ccByNC4, ccBy3, ccBySA2, cc0, samplingPlus1]

    static func cc(
        _ id: String, _ name: String, _ unit: String, _ version: String, sa: Bool = false,
        nc: Bool = false, nd: Bool = false, retired: Bool = false
    ) -> LicenseDefinition {
        LicenseDefinition(
            id: id, name: name, url: "https://creativecommons.org/licenses/\(unit)/\(version)/",
            family: .creativeCommons, unit: unit, version: version, requiresAttribution: true,
            shareAlike: sa, nonCommercial: nc, noDerivatives: nd, retired: retired)
    }

    /// An engine whose lookups see only `definitions`.
    static func engine(
        _ definitions: [LicenseDefinition] = definitions,
        overrides: [String: Severity?] = [:], commercial: Bool = false,
        policy: LicensePolicy = LicensePolicy()
    ) -> RuleEngine {
        let lookups = Lookups(definitions: definitions)
        return RuleEngine(
            severityOverrides: overrides, commercial: commercial,
            licenseLookup: { lookups.license(id: $0) }, urlLookup: { lookups.identify(url: $0) },
            textLookup: { lookups.identify(text: $0) }, licensePolicy: policy)
    }

    /// A context with the fixture lookups.
    static func context(
        _ definitions: [LicenseDefinition] = definitions, commercial: Bool = false,
        policy: LicensePolicy = LicensePolicy()
    ) -> RuleContext {
        engine(definitions, commercial: commercial, policy: policy).context(path: "page.html")
    }

    /// An image as the scanner reports it.
    static func image(
        _ credit: ImageCredit?, _ license: ImageLicense? = nil, src: String = "img/photo.jpg",
        line: Int = 7
    ) -> ScannedImage {
        ScannedImage(
            src: src, line: line, fingerprint: "page.html#\(src)#1", credit: credit,
            license: license)
    }

    /// The image-licence record the scanner would give for a definition.
    static func license(_ definition: LicenseDefinition) -> ImageLicense {
        ImageLicense(
            id: definition.id, name: definition.name, url: definition.url, evidence: "text")
    }

    /// Runs one example through an engine the way the pipeline would.
    static func run(_ example: RuleExample, with engine: RuleEngine) -> [Finding] {
        if let reason = example.unreadableReason {
            return engine.check(unreadableFile: reason, path: "page.html")
        }
        if let notice = example.notice {
            return engine.check(notice: notice, path: "page.html")
        }
        return engine.check(example.image, path: "page.html")
    }
}

/// Lookups over a list of definitions: ids case-insensitively, URLs by their deed path,
/// texts by the short name a credit uses (`CC BY-SA 4.0`).
struct Lookups: Sendable {
    let definitions: [LicenseDefinition]

    func license(id: String) -> LicenseDefinition? {
        definitions.first { $0.id.lowercased() == id.lowercased() }
    }

    func identify(url: String) -> LicenseIdentification {
        let key = Self.urlKey(url)
        guard let match = definitions.first(where: { $0.url.map(Self.urlKey) == key }) else {
            return .none
        }
        return .identified(match)
    }

    func identify(text: String) -> LicenseIdentification {
        let key = text.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if ["CC BY", "CC BY-SA", "CC BY-NC"].contains(key) { return .ambiguous(family: key) }
        guard
            let match = definitions.first(where: {
                LicenseFacts.shortName(of: $0).uppercased() == key
            })
        else { return .none }
        return .identified(match)
    }

    /// `https://creativecommons.org/licenses/by/4.0/deed.de`
    /// → `creativecommons.org/licenses/by/4.0`.
    static func urlKey(_ url: String) -> String {
        var parts = url.lowercased().split(separator: "/").map(String.init)
        parts.removeAll { $0 == "https:" || $0 == "http:" }
        if let last = parts.last, last.hasPrefix("deed") || last.hasPrefix("legalcode") {
            parts.removeLast()
        }
        return parts.joined(separator: "/").replacing("www.", with: "")
    }
}

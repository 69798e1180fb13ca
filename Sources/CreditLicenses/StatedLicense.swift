/// The one licence a credit states, decided from the licences its words name and the licence
/// links that go with it.
///
/// `creditlint license` and the scanner both answer through this type, so a licence string
/// gets the same id whether it is typed on the command line or read from a page:
///
/// ```swift
/// let stated = StatedLicense.resolve(
///     text: "Flickr CC by din_bastet", linkURLs: ["https://creativecommons.org/licenses/by-sa/2.0/"])
/// stated?.identification.contractValue  // "CC-BY-SA-2.0", evidence "text+url"
/// ```
///
/// The words are what the credit claims, so they decide; a link only completes them:
/// - a family without a version ("CC BY-SA") takes the version of a link to a licence of that
///   family, and a licence without its port ("CC BY-SA 3.0") the port its link names;
/// - "public domain" takes the public-domain tool the link names (the Mark, CC0);
/// - a ©-notice names the holder, not the terms, so a licence link or a licence in words wins;
///   "all rights reserved" next to an explicit licence yields to the licence;
/// - licences joined by "or" ("GFDL or CC-BY-SA-3.0") are one SPDX `OR` expression;
/// - when words and link name different licences, the words are kept.
public struct StatedLicense: Sendable, Hashable {
    /// What the credit states.
    public var identification: LicenseIdentification
    /// Where it was read from: `text`, `url` or `text+url`.
    public var evidence: String

    /// Creates a statement.
    public init(identification: LicenseIdentification, evidence: String) {
        self.identification = identification
        self.evidence = evidence
    }

    /// The licence a credit states.
    ///
    /// - Parameters:
    ///   - text: The credit text (its licence names and any URLs written in it).
    ///   - mentions: `LicenseIdentifier.mentions(in: text)` when the caller already has them.
    ///   - linkURLs: The targets of the licence links that belong to the credit, in order.
    /// - Returns: nil when neither the words nor the links state a licence.
    public static func resolve(
        text: String, mentions: [LicenseMention]? = nil, linkURLs: [String] = []
    ) -> StatedLicense? {
        if let whole = wholeTextAlias(text) { return StatedLicense(identification: whole, evidence: "text") }
        let mentions = mentions ?? LicenseIdentifier.mentions(in: text)
        let words = mentions.filter { $0.evidence == "text" }
        let linked = firstIdentified(
            mentions.filter { $0.evidence != "text" }.map(\.identification)
                + linkURLs.map { LicenseIdentifier.identify(url: $0) })
        guard let named = namedInWords(words, text: text) else {
            return linked.map { StatedLicense(identification: $0, evidence: "url") }
        }
        if named.isNotice, let linked { return StatedLicense(identification: linked, evidence: "url") }
        guard let linked else { return StatedLicense(identification: named.identification, evidence: "text") }
        if linked == named.identification {
            return StatedLicense(identification: named.identification, evidence: "text+url")
        }
        if let refined = LicenseRefinement.refine(named.identification, by: linked) {
            return StatedLicense(identification: refined, evidence: "text+url")
        }
        return StatedLicense(identification: named.identification, evidence: "text")
    }

    /// The licence the words name: alternatives joined by "or" as one expression, else the
    /// first exact licence (an open one before "all rights reserved"), else the first family.
    private static func namedInWords(
        _ words: [LicenseMention], text: String
    ) -> (identification: LicenseIdentification, isNotice: Bool)? {
        let exact = words.filter { if case .identified = $0.identification { true } else { false } }
        let offers = LicenseAlternatives.offers(exact, in: text)
        if offers.count > 1 { return (.identified(LicenseExpression.combine(offers)), false) }
        let notices = exact.filter(\.isCopyrightNotice)
        let terms = exact.filter { !$0.isCopyrightNotice }
        if let open = terms.first(where: { !$0.isAllRightsReserved }) ?? terms.first {
            return (open.identification, false)
        }
        if let family = words.first(where: { if case .ambiguous = $0.identification { true } else { false } }) {
            return (family.identification, false)
        }
        return notices.first.map { ($0.identification, true) }
    }

    /// A term named only by the whole text ("PD", "No restrictions": too short or too common
    /// to trust inside prose).
    private static func wholeTextAlias(_ text: String) -> LicenseIdentification? {
        // Such aliases are a few words long; a credit line is not worth folding for them.
        guard text.utf8.count <= 40 else { return nil }
        let key = TextFolding.key(text)
        guard let id = LicenseVocabulary.shared.exactAliases[key], let definition = LicenseCatalog.license(id: id)
        else { return nil }
        return .identified(definition)
    }

    private static func firstIdentified(_ answers: [LicenseIdentification]) -> LicenseIdentification? {
        answers.first { if case .identified = $0 { true } else { false } }
            ?? answers.first { $0 != .none }
    }
}

extension LicenseMention {
    /// Whether the mention is a ©-notice ("© Jane Doe", "(c) 2020 X", "Copyright Reuters"):
    /// the holder's name, which reads as "all rights reserved" only when nothing else is said.
    var isCopyrightNotice: Bool {
        guard evidence == "text", isAllRightsReserved else { return false }
        let lowered = matchedText.lowercased()
        return lowered.hasPrefix("©") || lowered.hasPrefix("copyright") || lowered.hasPrefix("(c)")
    }

    /// Whether the mention names "all rights reserved", as a notice or in words.
    var isAllRightsReserved: Bool {
        guard case .identified(let license) = identification else { return false }
        return license.id == LicenseIdentification.allRightsReservedID
    }
}

extension LicenseIdentification {
    /// The id of "all rights reserved" (`other-licenses.tsv`).
    static let allRightsReservedID = "LicenseRef-AllRightsReserved"
}

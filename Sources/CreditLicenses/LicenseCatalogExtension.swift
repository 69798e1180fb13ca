import Foundation

/// Licences a site adds to the compiled catalogue at run time (`licenses:` in
/// `.creditlint.yml`), in the columns of `Licenses/other-licenses.tsv`.
///
/// The compiled catalogue stays immutable and shared; an extension is a separate value that
/// the pipeline asks first, so two scans with different configurations never see each
/// other's licences.
public struct LicenseCatalogExtension: Sendable {
    /// The added definitions, in the order given.
    public let definitions: [LicenseDefinition]
    private let terms: [LicenseStore.OtherTerm]

    /// Builds the extension from rows keyed by the `other-licenses.tsv` column names
    /// (`id`, `family`, `name`, `url`, `attribution`, …, `aliases`, `urls`; lists `|`-separated).
    ///
    /// - Returns: nil when a row lacks an id or has an unknown family.
    public init?(rows: [[String: String]]) {
        var terms: [LicenseStore.OtherTerm] = []
        for row in rows {
            guard let term = LicenseStore.otherTerm(row) else { return nil }
            terms.append(term)
        }
        self.terms = terms
        definitions = terms.map(\.definition)
    }

    /// Whether nothing was added.
    public var isEmpty: Bool { terms.isEmpty }

    /// The added licence with this id (case-insensitive).
    public func license(id: String) -> LicenseDefinition? {
        let wanted = id.trimmingWhitespace().lowercased()
        return definitions.first { $0.id.lowercased() == wanted }
    }

    /// The added licence a URL or a text names, whichever the input is (as
    /// `LicenseIdentifier.identify(_:)` decides).
    public func identify(_ input: String) -> LicenseDefinition? {
        LicenseIdentifier.looksLikeURL(input) ? identify(url: input) : identify(text: input)
    }

    /// The added licence a text names: an alias as a whole word run, or an `=alias` as the
    /// whole text.
    public func identify(text: String) -> LicenseDefinition? {
        let lowered = text.trimmingWhitespace().lowercased()
        guard !lowered.isEmpty else { return nil }
        for term in terms {
            if term.exactAliases.contains(where: { $0.lowercased() == lowered }) { return term.definition }
            if term.aliases.contains(where: { Self.containsWords($0.lowercased(), in: lowered) }) {
                return term.definition
            }
        }
        return nil
    }

    /// The added licence a URL points to (a `host/path` prefix, scheme and `www.` ignored).
    public func identify(url: String) -> LicenseDefinition? {
        var rest = url.trimmingWhitespace().lowercased()
        for scheme in ["https://", "http://", "//"] where rest.hasPrefix(scheme) {
            rest.removeFirst(scheme.count)
            break
        }
        if rest.hasPrefix("www.") { rest.removeFirst(4) }
        return terms.first { term in
            term.urlPatterns.contains { !$0.isEmpty && rest.hasPrefix($0) }
        }?.definition
    }

    /// Whether `phrase` occurs in `text` with no letter or digit right before or after it.
    private static func containsWords(_ phrase: String, in text: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordCharacter: (Character?) -> Bool = { $0?.isLetter == true || $0?.isNumber == true }
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }
}

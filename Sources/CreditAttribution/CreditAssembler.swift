import CreditDocument
import CreditLicenses
import CreditModel
import CreditText

/// Turns a located credit into an ``ImageCredit`` and the licence it states.
///
/// Splitting the span into author, source and licence is the licence module's job
/// (`CreditParser`, `LicenseIdentifier`); this only feeds it the span and the links.
enum CreditAssembler {
    /// The credit record and licence for a located credit.
    static func assemble(
        _ located: LocatedCredit, in document: HTMLDocument
    ) -> (credit: ImageCredit, license: ImageLicense?) {
        let links = located.links.filter { relevant($0, to: located.span.text) }
        let parts = CreditParser.parse(located.span.text, links: links)
        let licenceLink = links.first(where: isLicenceLink)
        var credit = ImageCredit(
            text: located.span.text, caption: located.span.caption ?? parts.caption, author: parts.author,
            source: parts.source, title: parts.title, licenseText: parts.licenseText,
            licenseURL: parts.licenseURL ?? licenceLink?.href, sourceURL: parts.sourceURL,
            ownWork: parts.ownWork, modifications: parts.modifications, strategy: located.strategy)
        credit.origins = CreditOrigins.make(for: credit, located: located, document: document)
        return (credit, license(text: located.span.text, mentions: parts.licenseMentions, link: licenceLink))
    }

    /// The licence a credit states: the words, completed by the licence link (see
    /// ``StatedLicense``). `creditlint license` answers through the same resolution.
    static func license(text: String, mentions: [LicenseMention]? = nil, link: CreditLink?) -> ImageLicense? {
        let stated = StatedLicense.resolve(text: text, mentions: mentions, linkURLs: link.map { [$0.href] } ?? [])
        guard let stated else { return nil }
        switch stated.identification {
        case .identified(let definition):
            return ImageLicense(
                id: definition.id, name: definition.name, url: definition.url, evidence: stated.evidence)
        case .ambiguous(let family):
            return ImageLicense(id: LicenseIdentification.ambiguousID, name: family, evidence: stated.evidence)
        case .none:
            return nil
        }
    }

    /// Whether a link points at a licence (`rel="license"` or a Creative Commons deed).
    static func isLicenceLink(_ link: CreditLink) -> Bool {
        isLicenceLink(href: link.href, rel: link.rel)
    }

    /// ``isLicenceLink(_:)`` for a link's `href` and `rel` alone.
    static func isLicenceLink(href: String, rel: String?) -> Bool {
        if let rel, relHoldsLicense(rel) { return true }
        return licenceHrefMatcher.matches(href.lowercased())
    }

    private static let licenceHrefMatcher = FragmentMatcher([["creativecommons.org/", "/licenses/", "/publicdomain/"]])

    /// Whether the space-separated `rel` tokens include `license`, in any case; compared by
    /// bytes when `rel` is ASCII, as nearly every one is.
    private static func relHoldsLicense(_ rel: String) -> Bool {
        guard rel.isASCIIOnly else { return rel.lowercased().split(separator: " ").contains("license") }
        return rel.utf8.split(separator: 0x20).contains { token in
            token.count == 7 && zip(token, "license".utf8).allSatisfy { $0.asciiLowercased == $1 }
        }
    }

    /// Links that belong to the credit: licence links and links whose text the span quotes.
    private static func relevant(_ link: CreditLink, to span: String) -> Bool {
        if isLicenceLink(link) { return true }
        let text = link.text.trimmingWhitespace()
        return !text.isEmpty && span.containsText(text)
    }
}

import CreditDocument
import CreditLicenses
import CreditModel
import CreditScanner

/// Finds a licence stated for the whole site or page (a footer notice or a `rel="license"`
/// link outside the article). It is context only: never an image's licence.
struct PageLicenseFinder {
    let document: HTMLDocument
    let scope: ArticleScope

    func find() -> ImageLicense? {
        for index in document.elements(named: ["a", "link"]) {
            if let root = scope.root, document.isInside(index, root) { continue }
            // Attributes are read in place: a page has hundreds of links, and copying each
            // node retains all its storage.
            guard let href = document.nodes[index].attribute("href") else { continue }
            let rel = document.nodes[index].attribute("rel")
            // The href and rel decide; the link text is read only for licence links.
            guard CreditAssembler.isLicenceLink(href: href, rel: rel) else { continue }
            let link = CreditLink(text: document.text(of: index), href: href, rel: rel)
            if let license = CreditAssembler.license(text: link.text, link: link) { return license }
        }
        for footer in document.elements(named: ["footer"]) {
            let text = document.text(of: footer)
            let mentions = Self.footerMentions.value(for: text, LicenseIdentifier.mentions(in:))
            if let license = CreditAssembler.license(text: text, mentions: mentions, link: nil) { return license }
        }
        return nil
    }

    /// A site's footer is the same on every page: its licence mentions are read once a run.
    static let footerMentions = SharedMemo<String, [LicenseMention]>(capacity: 4096)
}

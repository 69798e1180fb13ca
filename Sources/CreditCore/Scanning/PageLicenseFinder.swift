import CreditLicenses

/// Finds a licence stated for the whole site or page (a footer notice or a `rel="license"`
/// link outside the article). It is context only: never an image's licence.
struct PageLicenseFinder {
    let document: HTMLDocument
    let scope: ArticleScope

    func find() -> ImageLicense? {
        for index in document.elements(named: ["a", "link"]) {
            if let root = scope.root, document.isInside(index, root) { continue }
            let node = document.nodes[index]
            guard let href = node.attribute("href") else { continue }
            let link = CreditLink(text: document.text(of: index), href: href, rel: node.attribute("rel"))
            guard CreditAssembler.isLicenceLink(link) else { continue }
            if let license = CreditAssembler.license(text: link.text, link: link) { return license }
        }
        for footer in document.elements(named: ["footer"]) {
            if let license = CreditAssembler.license(text: document.text(of: footer), link: nil) { return license }
        }
        return nil
    }
}

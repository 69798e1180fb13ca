import CreditDocument
import CreditLicenses
import CreditModel
import CreditScanner

/// Finds the content images of a parsed page and the credit that belongs to each.
///
/// The scan first picks the article (``ArticleScope``), then runs three passes: collect every
/// image element with its real URLs (lazy placeholders resolved, `<picture>` sources folded
/// in); drop duplicates and decoration, recording a reason for each (``ImageSelection``); then
/// run the credit strategies (``CreditCascade``) on the images that remain.
public struct PageScanner: Sendable {
    /// Choices that change what counts as a credit.
    public struct Options: Sendable {
        /// Whether structured data and `alt`/`title` text, which readers do not see, may serve
        /// as a credit when nothing visible does.
        public var acceptsAttributeCredits: Bool

        /// Creates options; the defaults suit most sites.
        public init(acceptsAttributeCredits: Bool = true) {
            self.acceptsAttributeCredits = acceptsAttributeCredits
        }
    }

    /// The scanner's options.
    public var options: Options

    /// Creates a scanner.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Scans one page.
    ///
    /// - Parameters:
    ///   - document: The parsed page.
    ///   - path: The page's path relative to the scan root (used for fingerprints).
    /// - Returns: The content images (credit and licence filled in, findings empty) and the
    ///   skipped images with reasons.
    public func scan(_ document: HTMLDocument, path: String) -> PageScan {
        let scope = ArticleScope(document)
        let selection = ImageSelection(document: document, scope: scope)
        let search = credits(of: selection.content, in: document, scope: scope)
        var images: [ScannedImage] = []
        // One label for the page, shared by its images' evidence.
        let article = selection.content.isEmpty ? nil : scope.label(in: document)
        for (position, kept) in selection.content.enumerated() {
            let candidate = kept.candidate
            let node = document.nodes[candidate.node]
            var image = ScannedImage(
                src: candidate.urls.primary ?? "", sources: candidate.urls.others, element: candidate.element,
                line: node.line,
                fingerprint: ImageFingerprint.make(
                    path: path, url: candidate.urls.primary ?? "", occurrence: kept.occurrence),
                alt: node.attribute("alt"))
            image.metadata = search.metadata[position]?.metadata
            image.credit = search.found[position]?.credit
            image.license = search.found[position]?.license
            image.evidence = ImageEvidence(
                article: article, inArticle: scope.holds(candidate.node, in: document),
                licenseFrom: Self.licenseSource(of: image), strategy: search.found[position]?.strategy)
            images.append(image)
        }
        var scan = PageScan(
            images: images, skipped: selection.skipped,
            pageLicense: PageLicenseFinder(document: document, scope: scope).find())
        scan.imageNodes = search.imageNodes
        scan.skippedNodes = selection.skippedNodes
        return scan
    }

    /// Where an image's licence was read: the element of its licence link when the licence
    /// was read from the link, else that of the licence's name in the credit.
    package static func licenseSource(of image: ScannedImage) -> String? {
        guard let license = image.license, let credit = image.credit else { return nil }
        let fromLink = license.evidence.hasPrefix("url") || license.evidence.hasSuffix("url")
        guard let origin = (fromLink ? credit.origins[.licenseURL] : nil) ?? credit.origins[.licenseText] else {
            return nil
        }
        return "\(origin.element) (line \(origin.line))"
    }

    /// The credits of the content images: the structured data that describes each, then
    /// what the strategies of ``CreditCascade`` find.
    func credits(of content: [ImageSelection.Kept], in document: HTMLDocument, scope: ArticleScope) -> CreditSearch {
        var search = search(of: content, in: document, scope: scope)
        CreditCascade.run(&search, acceptingHidden: options.acceptsAttributeCredits)
        return search
    }

    /// The search for the credits of the content images, before any strategy ran.
    func search(of content: [ImageSelection.Kept], in document: HTMLDocument, scope: ArticleScope) -> CreditSearch {
        let imageNodes = content.map(\.candidate.node)
        // Reading structured data walks the whole page; a page with no content image has no use for it.
        let structured = content.isEmpty ? nil : StructuredData(document)
        let metadata = content.map { kept in
            let candidate = kept.candidate
            return structured?.credit(
                forImage: candidate.node, urls: [candidate.urls.primary].compactMap { $0 } + candidate.urls.others,
                in: document)
        }
        return CreditSearch(
            locator: CreditLocator(document: document, scope: scope, contentImages: imageNodes), images: imageNodes,
            urls: content.map(\.candidate.urls.primary), metadata: metadata)
    }
}

/// What ``PageScanner`` found on one page.
public struct PageScan: Sendable {
    /// The content images in document order, findings still empty.
    public var images: [ScannedImage]
    /// The images that need no credit.
    public var skipped: [SkippedImage]
    /// A licence stated for the whole page (footer notice): context only, never an image's.
    public var pageLicense: ImageLicense?
    /// The element index of each content image in the scanned ``HTMLDocument``, parallel to
    /// `images`: for configuration and inline ignores, which look at the element's context.
    public var imageNodes: [Int] = []
    /// The element index of each skipped image, parallel to `skipped`: for `explain`, which
    /// lists every image in document order.
    public var skippedNodes: [Int] = []

    /// Creates a page scan.
    public init(images: [ScannedImage], skipped: [SkippedImage], pageLicense: ImageLicense? = nil) {
        self.images = images
        self.skipped = skipped
        self.pageLicense = pageLicense
    }
}

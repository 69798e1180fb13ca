import CreditLicenses

/// Finds the content images of a parsed page and the credit that belongs to each.
///
/// The scan first picks the article (``ArticleScope``), then runs three passes: collect every
/// image element with its real URLs (lazy placeholders resolved, `<picture>` sources folded
/// in); drop duplicates and decoration, recording a reason for each (``ImageSelection``); then
/// look for each remaining image's credit (``CreditLocator``), falling back to the article's
/// credits list and last to `alt`/`title`.
public struct PageScanner: Sendable {
    /// Choices that change what counts as a credit.
    public struct Options: Sendable {
        /// Whether `alt`/`title` text may serve as a credit when nothing visible does.
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
        let locator = CreditLocator(
            document: document, scope: scope, contentImages: selection.content.map(\.candidate.node))
        var located = selection.content.map { locator.locate(image: $0.candidate.node) }
        // Images the page around them does not credit fall back to the article's credits
        // statement first; structured data and alt/title come after, image by image.
        let uncredited = located.indices.filter { located[$0] == nil }
        if let statement = locator.creditsStatement {
            for (position, credit) in zip(uncredited, statement.credits(forImages: uncredited.count)) {
                located[position] = credit
            }
        }
        if located.contains(where: { $0 == nil }),
            let byline = BylinePhotoCredit(document: document, scope: scope).find() {
            for position in located.indices where located[position] == nil { located[position] = byline }
        }
        // Reading structured data walks the whole page; a page with no content image has no use for it.
        let structured = selection.content.isEmpty ? nil : StructuredData(document)
        var images: [ScannedImage] = []
        for (kept, credit) in zip(selection.content, located) {
            let candidate = kept.candidate
            let node = document.nodes[candidate.node]
            var image = ScannedImage(
                src: candidate.urls.primary ?? "", sources: candidate.urls.others, element: candidate.element,
                line: node.line,
                fingerprint: ImageFingerprint.make(path: path, url: candidate.urls.primary ?? "", occurrence: kept.occurrence),
                alt: node.attribute("alt"))
            let metadata = structured?.credit(
                forImage: candidate.node, urls: [candidate.urls.primary].compactMap { $0 } + candidate.urls.others,
                in: document)
            image.metadata = metadata?.metadata
            // Nothing visible credits the image: structured data, then its own alt/title text,
            // stand in, reported as not visible.
            let assembled =
                credit.map { CreditAssembler.assemble($0, in: document) }
                ?? (options.acceptsAttributeCredits ? metadata?.assembled() : nil)
                ?? (options.acceptsAttributeCredits
                    ? locator.attributeCredit(image: candidate.node).map { CreditAssembler.assemble($0, in: document) }
                    : nil)
            image.credit = assembled?.credit
            image.license = assembled?.license
            images.append(image)
        }
        var scan = PageScan(
            images: images, skipped: selection.skipped,
            pageLicense: PageLicenseFinder(document: document, scope: scope).find())
        scan.imageNodes = selection.content.map(\.candidate.node)
        return scan
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

    /// Creates a page scan.
    public init(images: [ScannedImage], skipped: [SkippedImage], pageLicense: ImageLicense? = nil) {
        self.images = images
        self.skipped = skipped
        self.pageLicense = pageLicense
    }
}

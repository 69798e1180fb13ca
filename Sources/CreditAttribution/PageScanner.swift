import CreditDocument
import CreditLicenses
import CreditModel
import CreditScanner

/// Finds the content images of a parsed page and the credit that belongs to each.
///
/// The scan first picks the article (``ArticleScope``), then runs three passes: collect every
/// image element with its real URLs (lazy placeholders resolved, `<picture>` sources folded
/// in); drop duplicates and decoration, recording a reason for each (``ImageSelection``); then
/// look for each remaining image's credit (``CreditLocator``), falling back to the credits
/// the article states away from its images, a photographer in the byline, structured data
/// and last `alt`/`title`.
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
        let imageNodes = selection.content.map(\.candidate.node)
        let locator = CreditLocator(document: document, scope: scope, contentImages: imageNodes)
        var located = imageNodes.map { locator.locate(image: $0) }
        creditAwayFromImages(
            &located, document: document, scope: scope, locator: locator, images: imageNodes,
            urls: selection.content.map(\.candidate.urls.primary))
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
        scan.imageNodes = imageNodes
        return scan
    }
}

extension PageScanner {
    /// The strategies that credit an image from away from it, tried in this order for the
    /// images whose own box and neighbouring lines (``CreditLocator``) hold no credit; each
    /// fills only the images still without one:
    /// 1. a sentence that credits the page the image links to (``LinkedSourceCredit``);
    /// 2. the article's credit statements and credits lists (``StatementAssignment``);
    /// 3. a byline that names the photographer (``BylinePhotoCredit``), unless it repeats
    ///    one image's own credit.
    /// Structured data and `alt`/`title`, which readers do not see, come after, per image.
    func creditAwayFromImages(
        _ located: inout [LocatedCredit?], document: HTMLDocument, scope: ArticleScope, locator: CreditLocator,
        images: [Int], urls: [String?]
    ) {
        guard located.contains(where: { $0 == nil }) else { return }
        let own = located.compactMap { $0?.span.text }
        let linked = LinkedSourceCredit(document: document)
        for position in located.indices where located[position] == nil {
            located[position] = linked.credit(image: images[position])
        }
        let statements = CreditStatementFinder(document: document, scope: scope, images: images, locator: locator).find()
        if !statements.isEmpty {
            StatementAssignment(document: document, scope: scope, locator: locator, images: images, urls: urls)
                .assign(statements, to: &located)
        }
        guard located.contains(where: { $0 == nil }),
            let byline = BylinePhotoCredit(document: document, scope: scope).find(),
            !StatementAssignment.repeats(byline.span.text, anyOf: own)
        else { return }
        // The byline speaks for the story's pictures, not for teasers below the article.
        let end = scope.root.map { document.subtreeEnd(of: $0) } ?? document.nodes.count
        for position in located.indices where located[position] == nil && images[position] < end {
            located[position] = byline
        }
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

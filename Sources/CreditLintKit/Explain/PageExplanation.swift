import CreditModel

/// Why creditlint decided what it decided about every image of one page: what
/// `creditlint explain` prints.
public struct PageExplanation: Sendable, Encodable {
    /// The page as given on the command line.
    public var path: String
    /// The element taken as the article (`article.story-body (line 40)`), nil when none.
    public var article: String?
    /// Why that element was taken as the article.
    public var articleBasis: String?
    /// Every image element the scanner saw, in document order.
    public var images: [ExplainedImage]
}

/// One image element of a page and everything the scan decided about it.
public struct ExplainedImage: Sendable, Encodable {
    /// The image's place among the page's image elements, from 1.
    public var number: Int
    /// The element: `img`, `amp-img` or `source`.
    public var element: String
    /// The image URL as the report gives it.
    public var src: String
    /// The image's other URLs (srcset candidates, lazy attributes), for content images.
    public var sources: [String]
    /// The 1-based line of the element.
    public var line: Int
    /// The size the element is shown at, as far as the markup tells (`1200x800 from its
    /// attributes`).
    public var size: String?
    /// Whether the image is content, which must carry a credit.
    public var content: Bool
    /// For an image that is not content, the skip reason (`avatar`, `related-posts` …).
    public var reason: String?
    /// What the decision, the credit and the licence were read from, with every credit
    /// strategy's candidate.
    public var evidence: ImageEvidence
    /// The credit the scan found, for content images.
    public var credit: ImageCredit?
    /// The licence the credit states.
    public var license: ImageLicense?
    /// The findings the scan reports for the image.
    public var findings: [Finding]

    /// Every URL of the image.
    var urls: [String] { [src] + sources }
}

import CreditDocument
import CreditModel
import CreditScanner

/// One page's search for the credits of its content images: what the strategies read, and
/// the credit each image has so far.
struct CreditSearch {
    /// The page, its article and the readers of an image's surroundings.
    let locator: CreditLocator
    /// The content images in document order, each with its box.
    let images: [ImageBox]
    /// Their elements, in the same order.
    let imageNodes: [Int]
    /// Their primary URLs, in the same order.
    let urls: [String?]
    /// The structured data that describes each image, in the same order.
    let metadata: [StructuredCredit?]
    /// Each image's credit so far: nil while no strategy has found one.
    private(set) var found: [FoundCredit?]

    init(locator: CreditLocator, images: [Int], urls: [String?], metadata: [StructuredCredit?]) {
        self.locator = locator
        self.images = images.map { ImageBox(image: $0, locator: locator) }
        imageNodes = images
        self.urls = urls
        self.metadata = metadata
        found = Array(repeating: nil, count: images.count)
    }

    var document: HTMLDocument { locator.document }
    var scope: ArticleScope { locator.scope }

    /// Whether some image has no credit yet.
    var hasOpenImages: Bool { found.contains { $0 == nil } }

    /// The positions of the images that have no credit yet.
    var openPositions: [Int] { found.indices.filter { found[$0] == nil } }

    /// The texts of the credits found so far.
    var foundTexts: [String] { found.compactMap { $0?.credit.text } }

    /// The texts of the credits images have of their own: read in their box or beside it,
    /// not stated away from them.
    var ownTexts: [String] {
        found.compactMap { found in found.flatMap { $0.confidence > .stated ? $0.credit.text : nil } }
    }

    /// Gives the image at `position` a credit read from the page.
    mutating func give(_ located: LocatedCredit, to position: Int, by strategy: some AttributionStrategy) {
        assert(
            strategy.profile.reports.contains(located.strategy),
            "\(strategy.profile.name) reported \(located.strategy.rawValue)")
        let assembled = CreditAssembler.assemble(located, in: document)
        give(assembled, to: position, by: strategy)
    }

    /// Gives the image at `position` a credit already split into its parts.
    mutating func give(
        _ assembled: (credit: ImageCredit, license: ImageLicense?), to position: Int,
        by strategy: some AttributionStrategy
    ) {
        found[position] = FoundCredit(
            credit: assembled.credit, license: assembled.license, strategy: strategy.profile.name,
            confidence: strategy.profile.confidence)
    }
}

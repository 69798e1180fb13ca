import CreditScanner

/// One way of finding images' credits on a page: a step of ``CreditCascade``.
///
/// A strategy gives credits only to the images that have none yet, so the credit of an
/// earlier (surer) strategy always stands.
protocol AttributionStrategy: Sendable {
    /// Its name, what it reads, how sure its credits are and what the JSON report calls them.
    var profile: StrategyProfile { get }
    /// Gives credits to the images of `search` that have none yet.
    func fill(_ search: inout CreditSearch)
}

/// A strategy that reads each image's own surroundings, one image at a time: what it finds
/// for one image does not depend on the others.
protocol ImageCreditStrategy: AttributionStrategy {
    /// The credit of `image`, or nil when this strategy finds none.
    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit?
}

extension ImageCreditStrategy {
    func fill(_ search: inout CreditSearch) {
        for position in search.openPositions {
            if let credit = credit(for: search.images[position], locator: search.locator) {
                search.give(credit, to: position, by: self)
            }
        }
    }
}

/// A strategy that reads the captions and credit elements inside the image's box.
protocol BoxCreditStrategy: ImageCreditStrategy {
    /// The credit among the box's captions and credit elements, or nil.
    func credit(in parts: BoxParts, locator: CreditLocator) -> LocatedCredit?
}

extension BoxCreditStrategy {
    func credit(for image: ImageBox, locator: CreditLocator) -> LocatedCredit? {
        guard var credit = credit(in: image.parts, locator: locator) else { return nil }
        // A licence link elsewhere in the figure belongs to the credit too.
        let licenceLinks = locator.links(under: image.top).filter {
            CreditAssembler.isLicenceLink($0) && !credit.links.contains($0)
        }
        credit.links += licenceLinks
        return credit
    }
}

/// A strategy that reads the box's captions one at a time, outermost first, and takes the
/// first credit one of them holds.
protocol CaptionCreditStrategy: BoxCreditStrategy {
    /// The credit `caption` holds, or nil.
    func credit(inCaption caption: Int, of parts: BoxParts, locator: CreditLocator) -> LocatedCredit?
}

extension CaptionCreditStrategy {
    func credit(in parts: BoxParts, locator: CreditLocator) -> LocatedCredit? {
        for caption in parts.captions {
            if let credit = credit(inCaption: caption, of: parts, locator: locator) { return credit }
        }
        return nil
    }
}

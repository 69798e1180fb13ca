/// Finds the content images of a parsed page and the credit that belongs to each.
/// (Stub: the scanner work replaces this.)
public struct PageScanner: Sendable {
    /// Creates a scanner.
    public init() {}

    /// Scans one page.
    ///
    /// - Parameters:
    ///   - document: The parsed page.
    ///   - path: The page's path relative to the scan root (used for fingerprints).
    /// - Returns: The content images (credit and licence filled in, findings empty) and the
    ///   skipped images with reasons.
    public func scan(_ document: HTMLDocument, path: String) -> PageScan {
        PageScan(images: [], skipped: [])
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

    /// Creates a page scan.
    public init(images: [ScannedImage], skipped: [SkippedImage], pageLicense: ImageLicense? = nil) {
        self.images = images
        self.skipped = skipped
        self.pageLicense = pageLicense
    }
}

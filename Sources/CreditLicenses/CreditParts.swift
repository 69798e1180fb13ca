/// A link inside a credit: its text, target and `rel`.
public struct CreditLink: Sendable, Hashable {
    /// The visible link text.
    public var text: String
    /// The `href` as written.
    public var href: String
    /// The `rel` attribute, if any (`license`).
    public var rel: String?

    /// Creates a link.
    public init(text: String, href: String, rel: String? = nil) {
        self.text = text
        self.href = href
        self.rel = rel
    }
}

/// A credit line split into its parts.
public struct CreditParts: Sendable, Hashable {
    /// The credit span itself ("Foto: Reuters"), without surrounding caption text.
    public var text: String
    /// The caption text that is not part of the credit, if any.
    public var caption: String?
    /// The work's title.
    public var title: String?
    /// The creator.
    public var author: String?
    /// The agency, platform or organisation (Wikimedia Commons, Reuters, Unsplash).
    public var source: String?
    /// Whether the credit says "own work".
    public var ownWork: Bool
    /// The licence as named in the text.
    public var licenseText: String?
    /// The licence link target.
    public var licenseURL: String?
    /// A link to the work or its source page.
    public var sourceURL: String?
    /// Modification notices ("cropped", "adapted from …").
    public var modifications: [String]
    /// How strongly the text reads as a credit rather than a description, 0 … 1.
    public var confidence: Double
    /// Every licence the text names, ©-notices included, in order: kept so that callers
    /// deciding the image's licence do not search the same text again.
    public var licenseMentions: [LicenseMention] = []

    /// Creates credit parts.
    public init(
        text: String, caption: String? = nil, title: String? = nil, author: String? = nil,
        source: String? = nil, ownWork: Bool = false, licenseText: String? = nil,
        licenseURL: String? = nil, sourceURL: String? = nil, modifications: [String] = [],
        confidence: Double = 0
    ) {
        self.text = text
        self.caption = caption
        self.title = title
        self.author = author
        self.source = source
        self.ownWork = ownWork
        self.licenseText = licenseText
        self.licenseURL = licenseURL
        self.sourceURL = sourceURL
        self.modifications = modifications
        self.confidence = confidence
    }
}

/// Where on the page a credit was found; the value is part of the JSON contract.
public enum CreditStrategy: String, Sendable, Codable, CaseIterable, JSONWritable {
    /// `figure > figcaption`.
    case figcaption
    /// WordPress `wp-caption` / `wp-caption-text`.
    case wpCaption = "wp-caption"
    /// An element whose class or id says caption, credit, attribution or copyright.
    case creditElement = "credit-element"
    /// A `data-credit`-style attribute on the image or its container.
    case dataAttribute = "data-attribute"
    /// A line of text right before or after the image or its figure.
    case adjacentText = "adjacent-text"
    /// A photo-credits list or a statement elsewhere in the article.
    case articleText = "article-text"
    /// The article's byline, when it names a photographer ("John Roe (photography)").
    case byline
    /// schema.org or ccREL metadata.
    case structuredData = "structured-data"
    /// The image's own `alt` text (last resort: not visible to readers).
    case altText = "alt-text"
    /// The image's or its link's `title` (last resort: not visible to readers).
    case titleAttribute = "title-attribute"

    /// Whether a reader sees the credit without hovering or opening anything.
    public var isVisible: Bool {
        switch self {
        case .altText, .titleAttribute, .structuredData: false
        default: true
        }
    }
}

/// The attribution that belongs to one image, split into its parts.
public struct ImageCredit: Sendable, Codable, Hashable {
    /// The credit span as it appears on the page, whitespace collapsed.
    public var text: String
    /// The caption text around the credit, when the credit sat inside a caption.
    public var caption: String?
    /// The creator named in the credit.
    public var author: String?
    /// The agency, platform or organisation named (Reuters, Wikimedia Commons, Unsplash).
    public var source: String?
    /// The work's title, when the credit gives one.
    public var title: String?
    /// The licence as named in the text (`CC BY-SA 3.0`).
    public var licenseText: String?
    /// The licence link's target, as written in the page.
    public var licenseURL: String?
    /// A link to the original work or its page on the platform.
    public var sourceURL: String?
    /// Whether the credit says the creator uploaded their own work.
    public var ownWork: Bool
    /// Modification notices ("cropped", "adapted from").
    public var modifications: [String]
    /// How the credit was found.
    public var strategy: CreditStrategy
    /// Whether readers can see the credit without interaction.
    public var visible: Bool
    /// Where each field that has a value was read (element, line, method).
    public var origins: [CreditField: FieldOrigin]

    /// Creates a credit.
    public init(
        text: String, caption: String? = nil, author: String? = nil, source: String? = nil,
        title: String? = nil, licenseText: String? = nil, licenseURL: String? = nil,
        sourceURL: String? = nil, ownWork: Bool = false, modifications: [String] = [],
        strategy: CreditStrategy, visible: Bool? = nil, origins: [CreditField: FieldOrigin] = [:]
    ) {
        self.text = text
        self.caption = caption
        self.author = author
        self.source = source
        self.title = title
        self.licenseText = licenseText
        self.licenseURL = licenseURL
        self.sourceURL = sourceURL
        self.ownWork = ownWork
        self.modifications = modifications
        self.strategy = strategy
        self.visible = visible ?? strategy.isVisible
        self.origins = origins
    }
}

/// The licence an image's credit states.
public struct ImageLicense: Sendable, Codable, Hashable {
    /// The licence id (SPDX or `LicenseRef-…`), or `AMBIGUOUS` for an unversioned family.
    public var id: String
    /// The licence's English name.
    public var name: String?
    /// The licence's canonical URL.
    public var url: String?
    /// Where the licence was read from: `text`, `url` or `text+url`.
    public var evidence: String

    /// Creates a licence record.
    public init(id: String, name: String? = nil, url: String? = nil, evidence: String) {
        self.id = id
        self.name = name
        self.url = url
        self.evidence = evidence
    }
}

extension ImageCredit: JSONObject {
    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.author, ifPresent: author)
        try members.field(CodingKeys.caption, ifPresent: caption)
        try members.field(CodingKeys.licenseText, ifPresent: licenseText)
        try members.field(CodingKeys.licenseURL, ifPresent: licenseURL)
        try members.field(CodingKeys.modifications, modifications)
        try members.field(CodingKeys.origins, origins)
        try members.field(CodingKeys.ownWork, ownWork)
        try members.field(CodingKeys.source, ifPresent: source)
        try members.field(CodingKeys.sourceURL, ifPresent: sourceURL)
        try members.field(CodingKeys.strategy, strategy)
        try members.field(CodingKeys.text, text)
        try members.field(CodingKeys.title, ifPresent: title)
        try members.field(CodingKeys.visible, visible)
    }
}

extension ImageLicense: JSONObject {
    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.evidence, evidence)
        try members.field(CodingKeys.id, id)
        try members.field(CodingKeys.name, ifPresent: name)
        try members.field(CodingKeys.url, ifPresent: url)
    }
}

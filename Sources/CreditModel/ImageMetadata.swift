/// What the page's structured data says about an image's credit: a schema.org `ImageObject`
/// (JSON-LD or microdata) or ccREL/RDFa markup that names the image.
///
/// Kept apart from the visible credit on purpose: licences ask for a credit readers see, so
/// metadata is evidence to compare the visible credit with, and the credit itself only when
/// nothing visible exists (then reported as not visible). Part of the JSON contract
/// (`images[].metadata`).
public struct ImageMetadata: Sendable, Codable, Hashable {
    /// `json-ld`, `microdata` or `rdfa`.
    public var format: FieldOrigin.Method
    /// The line of the element that holds it (the script, or the item's root element).
    public var line: Int
    /// schema.org `creditText`.
    public var creditText: String?
    /// schema.org `creator` / `author` name, or ccREL `cc:attributionName`.
    public var creator: String?
    /// schema.org `copyrightNotice` (or `copyrightHolder` name when no notice is given).
    public var copyrightNotice: String?
    /// schema.org `license` or `rel="license"`: a URL or a name, as written.
    public var license: String?
    /// schema.org `acquireLicensePage`.
    public var acquireLicensePage: String?
    /// schema.org `name` / `dct:title`.
    public var title: String?
    /// ccREL `cc:attributionURL` or the item's `url` when it is a page rather than the image.
    public var attributionURL: String?

    /// Creates a metadata record.
    public init(
        format: FieldOrigin.Method, line: Int, creditText: String? = nil, creator: String? = nil,
        copyrightNotice: String? = nil, license: String? = nil, acquireLicensePage: String? = nil,
        title: String? = nil, attributionURL: String? = nil
    ) {
        self.format = format
        self.line = line
        self.creditText = creditText
        self.creator = creator
        self.copyrightNotice = copyrightNotice
        self.license = license
        self.acquireLicensePage = acquireLicensePage
        self.title = title
        self.attributionURL = attributionURL
    }

    /// Whether it says anything about the credit or licence (an `ImageObject` with only a URL
    /// says nothing).
    public var isEmpty: Bool {
        creditText == nil && creator == nil && copyrightNotice == nil && license == nil
            && acquireLicensePage == nil
    }

    /// The text that best stands for the credit: `creditText`, else the creator, else the
    /// copyright notice.
    public var creditLine: String? { creditText ?? creator ?? copyrightNotice }
}

extension ImageMetadata: JSONObject {
    /// The member names, declared because the run database's reader names them too.
    package enum CodingKeys: String, CodingKey {
        case acquireLicensePage, attributionURL, copyrightNotice, creator, creditText, format, license, line, title
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.acquireLicensePage, ifPresent: acquireLicensePage)
        try members.field(CodingKeys.attributionURL, ifPresent: attributionURL)
        try members.field(CodingKeys.copyrightNotice, ifPresent: copyrightNotice)
        try members.field(CodingKeys.creator, ifPresent: creator)
        try members.field(CodingKeys.creditText, ifPresent: creditText)
        try members.field(CodingKeys.format, format)
        try members.field(CodingKeys.license, ifPresent: license)
        try members.field(CodingKeys.line, line)
        try members.field(CodingKeys.title, ifPresent: title)
    }
}

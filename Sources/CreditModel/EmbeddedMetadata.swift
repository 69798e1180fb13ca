/// What an image file says about its own credit: the IPTC, XMP and Exif fields that
/// photographers, agencies and stock libraries write into the file, read from the local file
/// the image's URL resolves to. Part of the JSON contract (`images[].embedded`), present
/// exactly when the image resolved to a file under the scan root.
public struct EmbeddedMetadata: Sendable, Codable, Hashable {
    /// The metadata block a value was read from.
    public enum Block: String, Sendable, Codable, CaseIterable, JSONWritable {
        /// An XMP packet (JPEG APP1, PNG `iTXt`, WebP `XMP `).
        case xmp
        /// IPTC-IIM in a JPEG's Photoshop APP13 segment.
        case iptc
        /// Exif IFD0 (JPEG APP1, PNG `eXIf`, WebP `EXIF`).
        case exif
        /// PNG `tEXt`/`iTXt` chunks (Author, Copyright).
        case pngText = "png-text"
    }

    /// The fields, which are also the keys of ``from``.
    public enum Field: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
        case creator, creditLine, copyrightNotice, source, webStatement, usageTerms, licensor
    }

    /// The file, relative to the scan root.
    public var file: String
    /// XMP `dc:creator`, IPTC By-line, Exif Artist or PNG Author.
    public var creator: String?
    /// XMP `photoshop:Credit` or IPTC Credit.
    public var creditLine: String?
    /// XMP `dc:rights`, IPTC Copyright Notice, Exif Copyright or PNG Copyright.
    public var copyrightNotice: String?
    /// XMP `photoshop:Source` or IPTC Source.
    public var source: String?
    /// XMP `xmpRights:WebStatement`: the licence or rights page.
    public var webStatement: String?
    /// XMP `xmpRights:UsageTerms`.
    public var usageTerms: String?
    /// XMP `plus:Licensor` (its `plus:LicensorURL`).
    public var licensor: String?
    /// The block each present field was read from.
    public var from: [Field: Block]
    /// What could not be read (a damaged or truncated file, an unreadable block), nil when all was.
    public var note: String?

    /// Creates a record.
    public init(
        file: String, creator: String? = nil, creditLine: String? = nil, copyrightNotice: String? = nil,
        source: String? = nil, webStatement: String? = nil, usageTerms: String? = nil, licensor: String? = nil,
        from: [Field: Block] = [:], note: String? = nil
    ) {
        self.file = file
        self.creator = creator
        self.creditLine = creditLine
        self.copyrightNotice = copyrightNotice
        self.source = source
        self.webStatement = webStatement
        self.usageTerms = usageTerms
        self.licensor = licensor
        self.from = from
        self.note = note
    }

    /// The value of `field`.
    public subscript(field: Field) -> String? {
        get {
            switch field {
            case .creator: creator
            case .creditLine: creditLine
            case .copyrightNotice: copyrightNotice
            case .source: source
            case .webStatement: webStatement
            case .usageTerms: usageTerms
            case .licensor: licensor
            }
        }
        set {
            switch field {
            case .creator: creator = newValue
            case .creditLine: creditLine = newValue
            case .copyrightNotice: copyrightNotice = newValue
            case .source: source = newValue
            case .webStatement: webStatement = newValue
            case .usageTerms: usageTerms = newValue
            case .licensor: licensor = newValue
            }
        }
    }

    /// Whether the file names who made or owns it (creator, credit line or copyright notice).
    public var namesSomeone: Bool { creator != nil || creditLine != nil || copyrightNotice != nil }

    /// Whether search engines can show the image as licensable from the file alone: an IPTC
    /// web statement or licensor.
    public var isLicensable: Bool { webStatement != nil || licensor != nil }
}

extension EmbeddedMetadata: JSONObject {
    /// The member names, declared because the run database's reader names them too.
    package enum CodingKeys: String, CodingKey {
        case copyrightNotice, creator, creditLine, file, from, licensor, note, source, usageTerms, webStatement
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.copyrightNotice, ifPresent: copyrightNotice)
        try members.field(CodingKeys.creator, ifPresent: creator)
        try members.field(CodingKeys.creditLine, ifPresent: creditLine)
        try members.field(CodingKeys.file, file)
        try members.field(CodingKeys.from, from)
        try members.field(CodingKeys.licensor, ifPresent: licensor)
        try members.field(CodingKeys.note, ifPresent: note)
        try members.field(CodingKeys.source, ifPresent: source)
        try members.field(CodingKeys.usageTerms, ifPresent: usageTerms)
        try members.field(CodingKeys.webStatement, ifPresent: webStatement)
    }
}

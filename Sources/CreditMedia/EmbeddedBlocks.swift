/// The credit fields of one metadata block of an image file (IPTC-IIM, Exif or PNG text).
public struct EmbeddedFields: Sendable, Hashable {
    /// The creator: IPTC By-line (2:80, several joined with ", "), Exif Artist, PNG Author.
    public var creator: String?
    /// The credit line: IPTC Credit (2:110).
    public var creditLine: String?
    /// The source: IPTC Source (2:115).
    public var source: String?
    /// The copyright notice: IPTC Copyright Notice (2:116), Exif Copyright, PNG Copyright.
    public var copyrightNotice: String?

    /// Creates the fields.
    public init(
        creator: String? = nil, creditLine: String? = nil, source: String? = nil, copyrightNotice: String? = nil
    ) {
        self.creator = creator
        self.creditLine = creditLine
        self.source = source
        self.copyrightNotice = copyrightNotice
    }

    /// Whether no field holds a value.
    public var isEmpty: Bool { creator == nil && creditLine == nil && source == nil && copyrightNotice == nil }
}

/// The metadata blocks read from an image file's headers, still undecoded where they are XML.
public struct EmbeddedBlocks: Sendable, Hashable {
    /// `jpeg`, `png` or `webp`; nil for a file of another or unknown format.
    public var format: String?
    /// The XMP packet, as stored (XML, usually UTF-8).
    public var xmp: [UInt8]?
    /// IPTC-IIM record 2, from a JPEG's Photoshop APP13 segment.
    public var iptc = EmbeddedFields()
    /// Exif IFD0 Artist and Copyright.
    public var exif = EmbeddedFields()
    /// PNG `tEXt`/`iTXt` Author and Copyright.
    public var pngText = EmbeddedFields()
    /// What could not be read (a truncated segment, a compressed text chunk), in phrases.
    public var notes: [String] = []

    /// Creates an empty result.
    public init() {}
}

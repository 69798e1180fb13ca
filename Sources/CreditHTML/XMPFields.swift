/// The credit and rights properties of an XMP packet.
public struct XMPFields: Sendable, Hashable {
    /// `dc:creator` (an `rdf:Seq`; several creators joined with ", ").
    public var creator: String?
    /// `photoshop:Credit`, the credit line.
    public var creditLine: String?
    /// `photoshop:Source`.
    public var source: String?
    /// `dc:rights` (an `rdf:Alt`, the `x-default` item), the copyright notice.
    public var rights: String?
    /// `xmpRights:WebStatement`, the licence or copyright information page.
    public var webStatement: String?
    /// `xmpRights:UsageTerms` (an `rdf:Alt`).
    public var usageTerms: String?
    /// `plus:LicensorURL` of the first `plus:Licensor`.
    public var licensorURL: String?
    /// Why the packet could not be read, nil when it could.
    public var note: String?

    /// Creates the fields.
    public init(
        creator: String? = nil, creditLine: String? = nil, source: String? = nil, rights: String? = nil,
        webStatement: String? = nil, usageTerms: String? = nil, licensorURL: String? = nil, note: String? = nil
    ) {
        self.creator = creator
        self.creditLine = creditLine
        self.source = source
        self.rights = rights
        self.webStatement = webStatement
        self.usageTerms = usageTerms
        self.licensorURL = licensorURL
        self.note = note
    }

    /// The property each namespace and local name stands for.
    enum Property: CaseIterable {
        case creator, creditLine, source, rights, webStatement, usageTerms, licensorURL

        static let names: [String: [String: Property]] = [
            "http://purl.org/dc/elements/1.1/": ["creator": .creator, "rights": .rights],
            "http://ns.adobe.com/photoshop/1.0/": ["Credit": .creditLine, "Source": .source],
            "http://ns.adobe.com/xap/1.0/rights/": ["WebStatement": .webStatement, "UsageTerms": .usageTerms],
            "http://ns.useplus.org/ldf/xmp/1.0/": ["LicensorURL": .licensorURL],
        ]
    }

    /// Sets `property` unless it already holds a value (the first one in the packet wins).
    mutating func set(_ property: Property, _ value: String) {
        let trimmed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !trimmed.isEmpty else { return }
        switch property {
        case .creator: creator = creator ?? trimmed
        case .creditLine: creditLine = creditLine ?? trimmed
        case .source: source = source ?? trimmed
        case .rights: rights = rights ?? trimmed
        case .webStatement: webStatement = webStatement ?? trimmed
        case .usageTerms: usageTerms = usageTerms ?? trimmed
        case .licensorURL: licensorURL = licensorURL ?? trimmed
        }
    }
}

/// A content image on a page, with its credit, licence and findings.
public struct ScannedImage: Sendable, Codable, Hashable {
    /// The image URL as written; for lazy images the real one rather than the placeholder.
    public var src: String
    /// Every other URL of the same image (srcset candidates, lazy attributes, `<source>`).
    public var sources: [String]
    /// The element that carries the image: `img`, `amp-img` or `source`.
    public var element: String
    /// The 1-based line of the element.
    public var line: Int
    /// A stable id for the image: page path, URL and occurrence, unaffected by line shifts.
    public var fingerprint: String
    /// The `alt` text, if any.
    public var alt: String?
    /// The element's tag as written in the page, whitespace collapsed and cut to about 80
    /// characters, for finding it on a minified page; recorded for images the rules reported.
    public var snippet: String?
    /// The parts of a complete credit under the image's licence that its credit lacks
    /// (`author`, `licence link`), recorded for images the rules reported; nil when none is missing.
    public var missingParts: [String]?
    /// The attribution found for the image, or nil when none was found.
    public var credit: ImageCredit?
    /// The licence the credit states, or nil.
    public var license: ImageLicense?
    /// What the page's structured data says about the image's credit, or nil.
    public var metadata: ImageMetadata?
    /// What the image's local file says about its credit, nil when the URL resolves to no
    /// file under the scan root.
    public var embedded: EmbeddedMetadata?
    /// Why the scanner kept the image and where its credit and licence were read.
    public var evidence: ImageEvidence?
    /// The findings about this image.
    public var findings: [Finding]

    /// Creates an image record.
    public init(
        src: String, sources: [String] = [], element: String = "img", line: Int,
        fingerprint: String, alt: String? = nil, snippet: String? = nil, missingParts: [String]? = nil,
        credit: ImageCredit? = nil, license: ImageLicense? = nil, metadata: ImageMetadata? = nil,
        evidence: ImageEvidence? = nil, embedded: EmbeddedMetadata? = nil,
        findings: [Finding] = []
    ) {
        self.src = src
        self.sources = sources
        self.element = element
        self.line = line
        self.fingerprint = fingerprint
        self.alt = alt
        self.snippet = snippet
        self.missingParts = missingParts
        self.credit = credit
        self.license = license
        self.metadata = metadata
        self.evidence = evidence
        self.embedded = embedded
        self.findings = findings
    }
}

extension ScannedImage: JSONObject {
    package enum CodingKeys: String, CodingKey {
        case alt, credit, element, embedded, evidence, findings, fingerprint, license, line, metadata
        case missingParts, snippet, sources, src
    }

    /// Every key, with `credit`, `license` and `metadata` as explicit `null` when absent: the
    /// JSON contract promises those keys on every image.
    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.alt, ifPresent: alt)
        try members.field(CodingKeys.credit, orNull: credit)
        try members.field(CodingKeys.element, element)
        try members.field(CodingKeys.embedded, ifPresent: embedded)
        try members.field(CodingKeys.evidence, ifPresent: evidence)
        try members.field(CodingKeys.findings, findings)
        try members.field(CodingKeys.fingerprint, fingerprint)
        try members.field(CodingKeys.license, orNull: license)
        try members.field(CodingKeys.line, line)
        try members.field(CodingKeys.metadata, orNull: metadata)
        try members.field(CodingKeys.missingParts, ifPresent: missingParts)
        try members.field(CodingKeys.snippet, ifPresent: snippet)
        try members.field(CodingKeys.sources, sources)
        try members.field(CodingKeys.src, src)
    }
}

/// An image the scanner decided needs no credit, with the reason.
public struct SkippedImage: Sendable, Codable, Hashable {
    /// The image URL as written.
    public var src: String
    /// The 1-based line of the element.
    public var line: Int
    /// Why it is not a content image (`logo`, `avatar`, `outside-article`, `tracking-pixel` …).
    public var reason: String
    /// What the scanner saw that led to `reason`: the check that decided and, when there is
    /// something to add, what gave the image away; nil in pages recorded without it.
    public var evidence: ImageEvidence?

    /// Creates a skipped-image record.
    public init(src: String, line: Int, reason: String, evidence: ImageEvidence? = nil) {
        self.src = src
        self.line = line
        self.reason = reason
        self.evidence = evidence
    }
}

extension SkippedImage: JSONObject {
    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.evidence, ifPresent: evidence)
        try members.field(CodingKeys.line, line)
        try members.field(CodingKeys.reason, reason)
        try members.field(CodingKeys.src, src)
    }
}

import CreditModel

/// A documented case for a rule: an image's credit and licence (or an unreadable file), and
/// whether the rule reports it.
///
/// Examples are user-facing documentation and the test suite runs every one of them, so a
/// triggering example must produce that rule's finding and nothing else.
public struct RuleExample: Sendable, Hashable, Codable {
    /// What the example shows, in a few words.
    public var description: String
    /// How the image and its credit look on the page, for documentation.
    public var html: String?
    /// The credit the scanner found, nil for an uncredited image.
    public var credit: ImageCredit?
    /// The licence the credit states, nil when none.
    public var license: ImageLicense?
    /// The page's structured data about the image, nil when none.
    public var metadata: ImageMetadata?
    /// What the image's local file says about its credit, nil when none was read.
    public var embedded: EmbeddedMetadata?
    /// Whether the example is checked as a commercial site.
    public var commercial: Bool
    /// When set, the example is a file that could not be scanned for this reason, not an image.
    public var unreadableReason: String?
    /// When set, the example is a notice from the pipeline (an expired waiver, an unused
    /// ignore), not an image.
    public var notice: RuleNotice?
    /// The site's accepted and denied licences, when the example depends on them.
    public var policy: LicensePolicy?
    /// Whether the rule reports the example.
    public var triggers: Bool

    /// Creates an image example.
    public init(
        _ description: String, triggers: Bool, credit: ImageCredit?, license: ImageLicense? = nil,
        commercial: Bool = false, metadata: ImageMetadata? = nil, embedded: EmbeddedMetadata? = nil,
        html: String? = nil, policy: LicensePolicy? = nil
    ) {
        self.description = description
        self.html = html
        self.credit = credit
        self.license = license
        self.metadata = metadata
        self.embedded = embedded
        self.commercial = commercial
        self.unreadableReason = nil
        self.policy = policy
        self.triggers = triggers
    }

    /// Creates an example of something the pipeline noticed.
    public init(_ description: String, triggers: Bool, notice: RuleNotice) {
        self.description = description
        self.commercial = false
        self.notice = notice
        self.triggers = triggers
    }

    /// Creates an example of a file that could not be scanned.
    public init(_ description: String, triggers: Bool, unreadableReason: String) {
        self.description = description
        self.html = nil
        self.credit = nil
        self.license = nil
        self.commercial = false
        self.unreadableReason = unreadableReason
        self.triggers = triggers
    }

    /// The image the example describes, as the scanner would report it.
    public var image: ScannedImage {
        ScannedImage(
            src: "https://example.org/images/photo.jpg", line: 12,
            fingerprint: "example.html#photo.jpg#1", alt: "A photo", credit: credit,
            license: license, metadata: metadata, embedded: embedded)
    }
}

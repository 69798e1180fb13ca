/// The result of scanning one page.
public struct DocumentReport: Sendable, Codable, Hashable {
    /// The path relative to the scan root, with `/` separators.
    public var path: String
    /// The file size in bytes.
    public var size: Int
    /// The SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    /// The charset the page was decoded with (WHATWG name).
    public var encoding: String
    /// The content images, in document order.
    public var images: [ScannedImage]
    /// The images that need no credit, with reasons.
    public var skipped: [SkippedImage]
    /// Findings about the page itself rather than one image.
    public var findings: [Finding]
    /// How many problems the HTML parser reported (unknown HTML5 tags not counted).
    public var parseErrors: Int
    /// A licence the page states for its content as a whole (a footer notice): context for
    /// readers of the report, never taken as any image's licence.
    public var pageLicense: ImageLicense?
    /// The run whose recorded results were reused because the page had not changed (same
    /// bytes, tool version and options); nil when the page was parsed and checked in this run.
    public var reusedFrom: Int?

    /// Creates a document report.
    public init(
        path: String, size: Int, sha256: String, encoding: String, images: [ScannedImage] = [],
        skipped: [SkippedImage] = [], findings: [Finding] = [], parseErrors: Int = 0,
        pageLicense: ImageLicense? = nil
    ) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.encoding = encoding
        self.images = images
        self.skipped = skipped
        self.findings = findings
        self.parseErrors = parseErrors
        self.pageLicense = pageLicense
    }

    /// Every finding of the page: its own and its images', sorted by line then rule.
    public var allFindings: [Finding] {
        (findings + images.flatMap(\.findings)).sorted {
            ($0.line, $0.rule, $0.image ?? "") < ($1.line, $1.rule, $1.image ?? "")
        }
    }
}

extension DocumentReport {
    private enum CodingKeys: String, CodingKey {
        case path, size, sha256, encoding, images, skipped, findings, parseErrors, pageLicense
        case reusedFrom
    }

    /// Encodes every key, `pageLicense` as explicit `null` when the page states none, and
    /// `reusedFrom` only when the page was reused.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(size, forKey: .size)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(images, forKey: .images)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(findings, forKey: .findings)
        try container.encode(parseErrors, forKey: .parseErrors)
        try container.encode(pageLicense, forKey: .pageLicense)
        // Additive: only reused pages carry the key, so a fresh scan's JSON is unchanged.
        try container.encodeIfPresent(reusedFrom, forKey: .reusedFrom)
    }
}

/// A file the scanner found but could not scan; it counts as an error finding.
public struct FailedFile: Sendable, Codable, Hashable {
    /// The rule id under which unreadable files are reported (`UnreadableFileRule` in
    /// CreditRules reports them under this id).
    public static let ruleID = "unreadable-file"

    /// The path relative to the scan root.
    public var path: String
    /// Why it could not be scanned (`unreadable: …`, `not HTML`, `undecodable`).
    public var reason: String

    /// Creates a failed-file record.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

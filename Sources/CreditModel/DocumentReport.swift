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

extension DocumentReport: JSONObject {
    package enum CodingKeys: String, CodingKey {
        case encoding, findings, images, pageLicense, parseErrors, path, reusedFrom, sha256, size, skipped
    }

    /// Every key, `pageLicense` as explicit `null` when the page states none, and
    /// `reusedFrom` only when the page was reused (so a fresh scan's JSON has no such key).
    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.encoding, encoding)
        try members.field(CodingKeys.findings, findings)
        try members.field(CodingKeys.images, images)
        try members.field(CodingKeys.pageLicense, orNull: pageLicense)
        try members.field(CodingKeys.parseErrors, parseErrors)
        try members.field(CodingKeys.path, path)
        try members.field(CodingKeys.reusedFrom, ifPresent: reusedFrom)
        try members.field(CodingKeys.sha256, sha256)
        try members.field(CodingKeys.size, size)
        try members.field(CodingKeys.skipped, skipped)
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

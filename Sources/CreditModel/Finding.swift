/// A compliance problem found on a page: data, never an error the tool throws.
public struct Finding: Sendable, Codable, Hashable {
    /// The stable kebab-case id of the rule that produced it (`missing-attribution`).
    public var rule: String
    /// The severity after configuration was applied.
    public var severity: Severity
    /// What is wrong and what to do about it, in one or two sentences.
    public var message: String
    /// The 1-based line of the image (or of the page problem) in the source file.
    public var line: Int
    /// The 1-based column when known.
    public var column: Int?
    /// The image the finding is about, as written in the page.
    public var image: String?
    /// A credit text that would satisfy the licence, when one can be proposed.
    public var suggestion: String?

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, message: String, line: Int, column: Int? = nil,
        image: String? = nil, suggestion: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.image = image
        self.suggestion = suggestion
    }
}

extension Finding: JSONObject {
    package enum CodingKeys: String, CodingKey {
        case column, image, line, message, rule, severity, suggestion
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.column, ifPresent: column)
        try members.field(CodingKeys.image, ifPresent: image)
        try members.field(CodingKeys.line, line)
        try members.field(CodingKeys.message, message)
        try members.field(CodingKeys.rule, rule)
        try members.field(CodingKeys.severity, severity)
        try members.field(CodingKeys.suggestion, ifPresent: suggestion)
    }
}

/// Something the pipeline noticed outside any image's credit that a rule reports: an expired
/// waiver, an inline ignore that suppressed nothing or names no rule, or an image that other
/// pages of the site credit differently.
///
/// The pipeline finds these (it alone sees the configuration and the ignore comments); the
/// rules word them, and the engine applies the configured severity or switches them off.
public enum RuleNotice: Sendable, Hashable, Codable {
    /// A waiver in the configuration whose `expires` date has passed.
    case expiredWaiver(rule: String, reason: String, expires: String, line: Int, image: String?)
    /// An inline ignore (`data-creditlint-ignore` or `creditlint-ignore-next`) that suppressed
    /// no finding; `rules` empty means it ignored every rule.
    case unusedIgnore(rules: [String], line: Int)
    /// An inline ignore naming a rule id that does not exist.
    case unknownIgnoredRule(rule: String, line: Int)
    /// An image that this page credits as `credit` and other pages credit to someone else.
    case inconsistentCredit(credit: String, others: [CreditedPage], line: Int, image: String)

    /// The line the finding goes on.
    public var line: Int {
        switch self {
        case .expiredWaiver(_, _, _, let line, _), .unusedIgnore(_, let line), .unknownIgnoredRule(_, let line),
            .inconsistentCredit(_, _, let line, _):
            line
        }
    }

    /// The image the finding is about, when any.
    public var image: String? {
        switch self {
        case .expiredWaiver(_, _, _, _, let image): image
        case .inconsistentCredit(_, _, _, let image): image
        case .unusedIgnore, .unknownIgnoredRule: nil
        }
    }
}

/// Another page of the site that shows the same image, with the credit it gives it.
public struct CreditedPage: Sendable, Hashable, Codable {
    /// The page's path relative to the scan root.
    public var path: String
    /// The credit's text as that page writes it.
    public var credit: String

    /// Creates a page reference.
    public init(path: String, credit: String) {
        self.path = path
        self.credit = credit
    }

    /// `news/a.html ('Photo: Anna Berg / dpa')`, for messages.
    public var described: String { "\(path) ('\(credit)')" }
}

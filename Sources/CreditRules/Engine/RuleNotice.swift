/// Something the pipeline noticed outside any image's credit that a rule reports: an expired
/// waiver, or an inline ignore that suppressed nothing or names no rule.
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

    /// The line the finding goes on.
    public var line: Int {
        switch self {
        case .expiredWaiver(_, _, _, let line, _), .unusedIgnore(_, let line), .unknownIgnoredRule(_, let line):
            line
        }
    }

    /// The image the finding is about, when any.
    public var image: String? {
        if case .expiredWaiver(_, _, _, _, let image) = self { return image }
        return nil
    }
}

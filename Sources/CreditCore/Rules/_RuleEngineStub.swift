// TEMPORARY: replaced by the rules branch.
public struct RuleEngine: Sendable {
    public init(severityOverrides: [String: Severity?] = [:], commercial: Bool = false) {}
    public func check(_ image: ScannedImage, path: String) -> [Finding] {
        image.credit == nil
            ? [Finding(rule: "missing-attribution", severity: .error, message: "no credit", line: image.line, image: image.src)]
            : []
    }
}
public protocol ComplianceRule: Sendable {
    static var id: String { get }
    static var summary: String { get }
    static var defaultSeverity: Severity { get }
}
extension RuleEngine { public static var rules: [any ComplianceRule.Type] { [] } }

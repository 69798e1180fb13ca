import CreditLicenses

/// The licences a site accepts or refuses (`acceptedLicenses` / `deniedLicenses`).
///
/// Patterns are licence ids, compared case-insensitively, where `*` stands for any run of
/// characters (`CC-BY-NC-*`). An empty accepted list accepts everything not denied.
public struct LicensePolicy: Sendable, Hashable, Codable {
    /// Patterns of accepted licence ids; empty means no allow-list.
    public var accepted: [String]
    /// Patterns of refused licence ids.
    public var denied: [String]

    /// Creates a policy; the default has no opinion.
    public init(accepted: [String] = [], denied: [String] = []) {
        self.accepted = accepted
        self.denied = denied
    }

    /// Whether the policy restricts anything.
    public var isEmpty: Bool { accepted.isEmpty && denied.isEmpty }

    /// The pattern that refuses `id`, or a description of the allow-list it is outside;
    /// nil when the licence is allowed.
    ///
    /// An SPDX `OR` expression ("GFDL-1.2-or-later OR CC-BY-SA-3.0") offers a choice: it is
    /// allowed when any one of its licences is.
    public func refusal(of id: String) -> String? {
        let options = LicenseExpression.split(id)
        if options.count > 1 {
            let refusals = options.compactMap { option in refusal(of: option).map { "\(option): \($0)" } }
            return refusals.count == options.count ? refusals.joined(separator: "; ") : nil
        }
        if let pattern = denied.first(where: { Self.matches(pattern: $0, id: id) }) {
            return "it matches '\(pattern)' in deniedLicenses"
        }
        if !accepted.isEmpty, !accepted.contains(where: { Self.matches(pattern: $0, id: id) }) {
            return "it is not in acceptedLicenses (\(accepted.joined(separator: ", ")))"
        }
        return nil
    }

    /// Case-insensitive match where `*` is any run of characters.
    public static func matches(pattern: String, id: String) -> Bool {
        let pattern = Array(pattern.lowercased())
        let text = Array(id.lowercased())
        var (p, t) = (0, 0)
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let starAt = star {
                p = starAt + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

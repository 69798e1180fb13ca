import CreditStore

/// The cross-page checks of a scan compared with a baseline: each finding they add is matched
/// against the baseline's entries for findings known only after every page, as it is decided,
/// and left out when the baseline holds it.
struct BaselinedCrossPageCheck: CrossPageDecider {
    var check: CrossPageCheck
    /// The scan's baseline matcher; nil when the scan has no baseline.
    var matcher: BaselineMatcher?

    mutating func locate(_ image: CrossPageLocation) {
        check.locate(image)
    }

    mutating func groups() -> [[Int]] {
        check.groups()
    }

    mutating func changes(for group: [CrossPageImage]) -> [CrossPageChange] {
        check.changes(for: group).filter { change in
            guard case .add(let finding, let image, _) = change, matcher != nil else { return true }
            let entry = BaselineEntry(
                path: image.path, rule: finding.rule, fingerprint: image.fingerprint, image: image.src)
            return matcher?.matchLate(entry) != true
        }
    }
}

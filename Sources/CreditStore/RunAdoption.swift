import CreditModel
import Foundation

/// The adoption outcome of a run (suppressed counts, baseline comparison), stored as one JSON
/// column: it is read and written whole, never queried.
struct RunAdoption: Codable, Equatable {
    var suppressed: SuppressedFindings?
    var baseline: BaselineStatus?

    init(_ report: ScanReport) {
        suppressed = report.suppressed
        baseline = report.baseline
    }

    init?(json: String) {
        guard let decoded = try? JSONDecoder().decode(RunAdoption.self, from: Data(json.utf8)) else { return nil }
        self = decoded
    }

    /// Sorted-key JSON, nil when there is nothing to keep.
    var json: String? {
        guard suppressed != nil || baseline != nil else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) }
    }
}

import CreditCore
import Foundation
import Testing

@testable import CreditStore

@Suite("Recording the adoption outcome of a run")
struct ReportStoreAdoptionTests {
    @Test("max-warnings, suppressed counts and the baseline comparison round-trip, so report exits as scan did")
    func roundTrip() throws {
        let store = try ReportStore.inMemory()
        var report = Fixtures.small(root: "site")
        report.maxWarnings = 0
        report.suppressed = SuppressedFindings(ignored: 1, waived: 2, baseline: 3)
        report.baseline = BaselineStatus(
            path: "known.json", matched: 3,
            stale: [BaselineEntry(path: "a.html", rule: "missing-title", fingerprint: "0011", image: "a.jpg")],
            strict: true)
        #expect(report.fails)
        let id = try store.record(report)
        let rebuilt = try store.report(run: id)
        #expect(rebuilt.maxWarnings == 0)
        #expect(rebuilt.suppressed == report.suppressed)
        #expect(rebuilt.baseline == report.baseline)
        #expect(rebuilt.fails)
        let plain = try store.report(run: try store.record(Fixtures.small(root: "site")))
        #expect(plain.maxWarnings == nil && plain.suppressed == nil && plain.baseline == nil)
    }

    @Test("a database written before v3-run-adoption is migrated forward and keeps its runs")
    func migratesForward() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            do {
                let store = try ReportStore(path: path)
                _ = try store.record(Fixtures.small(root: "old"))
                // Back to the v1 schema, as a creditlint of that version left the file.
                try store.executeForTesting(
                    """
                    ALTER TABLE run DROP COLUMN adoption;
                    ALTER TABLE run DROP COLUMN max_warnings;
                    DELETE FROM grdb_migrations WHERE identifier = 'v3-run-adoption';
                    """)
            }
            let store = try ReportStore(path: path)
            let old = try store.report(run: 1)
            #expect(old.root == "old" && old.maxWarnings == nil && old.suppressed == nil)
            var report = Fixtures.small(root: "new")
            report.maxWarnings = 5
            #expect(try store.report(run: try store.record(report)).maxWarnings == 5)
        }
    }
}

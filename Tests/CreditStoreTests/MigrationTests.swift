import CreditCore
import Foundation
import Testing

@testable import CreditStore

/// Databases written by every earlier release open, migrate and read; shipped migrations are
/// never edited.
///
/// Each released schema has a fixture, `Schemas/<migration>.sql`: the `.dump` of a database
/// that release wrote (see the fixture's header). Releasing a new migration means adding its
/// fixture and one line to ``releases``; the tests then check it against every later version.
@Suite("Migrating databases from earlier releases")
struct MigrationTests {
    /// What each fixture's one recorded run holds, as the release that wrote it reported it.
    struct Release: Sendable, CustomTestStringConvertible {
        var migration: String
        var root: String
        var documents: [String]
        var images: [String]
        var licenses: [String]
        var rules: [String]
        /// Every skipped image, in order: v6 moved them from rows into a column.
        var skipped: [SkippedImage]
        var failures: [String]

        var testDescription: String { migration }
    }

    static let releases: [Release] =
        [
            Release(
                migration: "v1-runs-reports", root: "site", documents: ["index.html"],
                images: ["harbour.jpg", "crane.jpg"], licenses: ["CC-BY-SA-3.0"],
                rules: ["missing-source-link", "missing-title", "missing-attribution"],
                skipped: [SkippedImage(src: "logo.png", line: 2, reason: "logo")], failures: ["photo.html"]),
            Release(
                migration: "v4-document-reuse", root: "site", documents: ["index.html"],
                images: ["harbour.jpg", "crane.jpg"], licenses: ["CC-BY-SA-3.0"],
                rules: ["missing-source-link", "missing-title", "credit-not-visible"],
                skipped: [SkippedImage(src: "logo.png", line: 3, reason: "logo")], failures: ["photo.html"]),
            Release(
                migration: "v5-document-json", root: "site", documents: ["index.html"],
                images: ["harbour.jpg", "crane.jpg"], licenses: ["CC-BY-SA-3.0"],
                rules: ["missing-source-link", "missing-title", "credit-not-visible"],
                skipped: [SkippedImage(src: "logo.png", line: 3, reason: "logo")], failures: ["photo.html"]),
            v6,
        ]
        // The v7 to v14 fixtures (v11-run-shard and v12-document-content ship together) hold v6's run as this version migrates it: the same contents.
        + [
            "v7-skipped-count", "v8-reuse-entry", "v9-image-evidence",
            "v10-image-snippet-missing-parts", "v12-document-content",
            "v13-image-embedded", "v14-file-stamp",
        ].map { migration in
            var release = v6
            release.migration = migration
            return release
        }

    private static let v6 = Release(
        migration: "v6-skipped-column", root: "site", documents: ["index.html"],
        images: ["harbour.jpg", "crane.jpg"], licenses: ["CC-BY-SA-3.0"],
        rules: ["missing-source-link", "missing-title", "credit-not-visible"],
        skipped: [
            SkippedImage(src: "logo.png", line: 2, reason: "logo"),
            SkippedImage(src: "https://stats.example.org/pixel.gif", line: 9, reason: "tracking-pixel"),
        ],
        failures: ["photo.html"])

    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schemas")

    private func fixtureSQL(_ migration: String) throws -> String {
        try String(contentsOf: Self.schemas.appendingPathComponent(migration + ".sql"), encoding: .utf8)
    }

    @Test("every release's schema has a fixture, in migration order, the newest included")
    func everyReleaseHasAFixture() throws {
        // Migrations that first shipped together (v2 and v3 landed in one release) share the
        // newest one's fixture; what must never be missing is the schema this version writes.
        let migrations = ReportStore.migrator.migrations
        let released = Self.releases.map(\.migration)
        #expect(released.last == migrations.last)
        let positions = released.compactMap { migrations.firstIndex(of: $0) }
        #expect(positions.count == released.count && positions == positions.sorted())
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemas.path)
            .filter { $0.hasSuffix(".sql") }.map { String($0.dropLast(4)) }.sorted()
        #expect(files == released.sorted())
    }

    @Test("a shipped migration still creates exactly the schema that release wrote", arguments: releases)
    func appendOnly(release: Release) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("old.sqlite").path
            try ReportStore.makeSQLiteFileForTesting(at: path, sql: try fixtureSQL(release.migration))
            // GRDB's own bookkeeping table is not part of creditlint's schema.
            let ours = { (schema: [String]) in schema.filter { !$0.contains("grdb_migrations") } }
            let released = ours(try ReportStore.schemaForTesting(ofFileAt: path))
            #expect(released.count >= 8)
            #expect(ours(try ReportStore.schemaForTesting(upTo: release.migration)) == released)
        }
    }

    @Test("a database from each release opens, migrates, reads back and records on", arguments: releases)
    func migratesAndReads(release: Release) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("old.sqlite").path
            try ReportStore.makeSQLiteFileForTesting(at: path, sql: try fixtureSQL(release.migration))

            let store = try ReportStore(path: path)
            #expect(try store.appliedMigrationsForTesting() == ReportStore.migrator.migrations)
            #expect(try store.fetchStringForTesting("PRAGMA integrity_check") == "ok")
            #expect(try store.fetchIntForTesting("PRAGMA application_id") == Int(ReportStore.applicationID))

            let report = try store.report(run: 1)
            #expect(report.root == release.root)
            #expect(report.documents.map(\.path) == release.documents)
            let images = report.documents.flatMap(\.images)
            #expect(images.map(\.src) == release.images)
            #expect(images.compactMap { $0.license?.id } == release.licenses)
            #expect(images.flatMap(\.findings).map(\.rule) == release.rules)
            #expect(report.documents.flatMap(\.skipped) == release.skipped)
            var streamed: [DocumentReport] = []
            try store.forEachDocument(run: 1) { streamed.append($0) }
            #expect(streamed.flatMap(\.skipped) == release.skipped)
            #expect(try store.totals(run: 1, failOn: .error).skipped == release.skipped.count)
            // The count the totals add up matches the column it counts, however the page came.
            #expect(
                try store.fetchIntForTesting(
                    "SELECT count(*) FROM document WHERE skipped_count <> json_array_length(skipped)") == 0)
            #expect(report.failures.map(\.path) == release.failures)
            if release.migration != "v1-runs-reports" {
                // What v2 added survives: field origins, structured data, the page licence.
                #expect(images.first?.credit?.origins[.text]?.element == "figcaption")
                #expect(images.last?.metadata?.creditText == "Max Muster")
                #expect(report.documents.first?.pageLicense?.id == "CC-BY-4.0")
            }

            // Pages recorded with an options fingerprint (v4 on) are named for reuse.
            let fingerprinted =
                try store.fetchIntForTesting(
                    "SELECT count(*) FROM document WHERE options_fingerprint IS NOT NULL") ?? 0
            #expect(try store.fetchIntForTesting("SELECT count(*) FROM reuse_entry") == fingerprinted)
            #expect((release.migration == "v1-runs-reports") == (fingerprinted == 0))

            #expect(try store.record(Fixtures.rich()) == 2)
            #expect(try store.report(run: 2).root == Fixtures.rich().root)
        }
    }
}

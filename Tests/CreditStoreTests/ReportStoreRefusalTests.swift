import CreditCore
import Foundation
import Testing

@testable import CreditStore

/// Files that are not ours, or are ours from a newer version, must be refused with a clear
/// error and left exactly as they were: same bytes, and no journal or WAL file beside them.
@Suite("Refusing files that are not this version's database")
struct ReportStoreRefusalTests {
    /// Opens `path`, expecting `expected`, and checks that the file's bytes did not change and
    /// that no file appeared beside it, except SQLite's own `-wal`/`-shm` companions when
    /// `allowingCompanions` (reading a WAL-mode database, even read-only, creates them).
    private func expectRefusal(
        at path: String, throws expected: StoreError, allowingCompanions: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: path))
        let filesBefore = try fileNames(in: folder)

        #expect(throws: expected, sourceLocation: sourceLocation) {
            _ = try ReportStore(path: path)
        }

        let bytesAfter = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytesAfter == bytesBefore, "the file's bytes changed", sourceLocation: sourceLocation)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let companions = allowingCompanions ? [name + "-shm", name + "-wal"] : []
        let filesAfter = try fileNames(in: folder).filter { !companions.contains($0) }
        #expect(filesAfter == filesBefore, sourceLocation: sourceLocation)
    }

    /// A creditlint database at `path`, with one run, whose connection is closed on return.
    private func makeCreditlintDatabase(at path: String, then sql: String? = nil) throws {
        let store = try ReportStore(path: path)
        _ = try store.record(Fixtures.rich())
        if let sql { try store.executeForTesting(sql) }
    }

    @Test("a text file is not a creditlint database")
    func notSQLite() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("notes.sqlite").path
            try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
            try expectRefusal(at: path, throws: .notCreditlintDatabase(path: path))
        }
    }

    @Test("a file shorter than the SQLite header is not a creditlint database")
    func tinyFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tiny.sqlite").path
            try Data([0x53, 0x51]).write(to: URL(fileURLWithPath: path))
            try expectRefusal(at: path, throws: .notCreditlintDatabase(path: path))
        }
    }

    @Test("another application's SQLite database with tables is refused")
    func foreignSQLite() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("photos.db").path
            try ReportStore.makeSQLiteFileForTesting(
                at: path,
                sql: """
                    CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT);
                    INSERT INTO photo (name) VALUES ('holiday.jpg');
                    """)
            try expectRefusal(at: path, throws: .notCreditlintDatabase(path: path))
        }
    }

    @Test("another application's WAL-mode database is refused from its header alone")
    func foreignWALSQLite() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("photos.db").path
            try ReportStore.makeSQLiteFileForTesting(
                at: path,
                sql: """
                    PRAGMA journal_mode = WAL;
                    CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT);
                    """)
            // No companions allowed: SQLite never opens it, so no -wal/-shm appear.
            try expectRefusal(at: path, throws: .notCreditlintDatabase(path: path))
        }
    }

    @Test("a SQLite database stamped with another application id is refused, even empty")
    func foreignApplicationID() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("other.db").path
            try ReportStore.makeSQLiteFileForTesting(at: path, sql: "PRAGMA application_id = 42")
            try expectRefusal(at: path, throws: .notCreditlintDatabase(path: path))
        }
    }

    @Test("a database from a newer creditlint is refused with the unknown migration")
    func newerSchema() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            try makeCreditlintDatabase(
                at: path, then: "INSERT INTO grdb_migrations VALUES ('v2-from-the-future')")
            try expectRefusal(
                at: path, throws: .newerSchema(path: path, found: "v2-from-the-future"),
                allowingCompanions: true)

            let message = StoreError.newerSchema(path: path, found: "v2-from-the-future").description
            #expect(message.contains(path))
            #expect(message.contains("newer creditlint"))
            #expect(message.contains(ReportStore.schemaVersion))
        }
    }

    @Test("a corrupt creditlint database is refused as unreadable")
    func corrupt() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            try makeCreditlintDatabase(at: path)
            // Keep the 100-byte file header (so it still looks like SQLite) and garble the
            // schema page that follows it.
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            try #require(bytes.count > 4096)
            bytes.replaceSubrange(100..<4096, with: Data(repeating: 0xA5, count: 3996))
            try bytes.write(to: URL(fileURLWithPath: path))

            let error = try #require(throws: StoreError.self) { _ = try ReportStore(path: path) }
            guard case .unreadable(let errorPath, let reason) = error else {
                Issue.record("expected unreadable, got \(error)")
                return
            }
            #expect(errorPath == path)
            #expect(!reason.isEmpty)
            try expectRefusal(at: path, throws: error)
        }
    }

    @Test("a folder in place of the file is unreadable")
    func folderInPlace() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("db.sqlite").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            #expect(throws: StoreError.unreadable(path: path, reason: "it is a folder, not a file")) {
                _ = try ReportStore(path: path)
            }
        }
    }

    @Test("every refusal message is lower-case and names the path")
    func messages() {
        let path = "/tmp/x/db.sqlite"
        let errors: [StoreError] = [
            .notCreditlintDatabase(path: path), .newerSchema(path: path, found: "v9"),
            .unreadable(path: path, reason: "disk i/o error"),
            .cannotCreate(path: path, reason: "permission denied"),
            .unknownRun(run: 4, path: path), .writeFailed(path: path, reason: "database is full"),
        ]
        for error in errors {
            #expect(error.description.contains(path))
            #expect(error.description.first?.isUppercase == false)
            #expect(error.errorDescription == error.description)
        }
    }
}

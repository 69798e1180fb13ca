import Foundation
internal import GRDB

/// Decides, without writing a byte, whether an existing file may be opened read-write as a
/// creditlint database.
///
/// SQLite happily opens almost anything, and a read-write GRDB connection changes the file at
/// once (WAL mode, migrations). Pointing the store at the wrong file must not damage it, so
/// everything here reads. The 100-byte SQLite header settles most cases without SQLite at all
/// (so not even SQLite's `-wal`/`-shm` companions appear beside a foreign file); only a
/// creditlint database, or a file whose header may be stale because its WAL holds frames, is
/// opened, and then read-only.
struct StoreFileInspector {
    /// The first 16 bytes of every SQLite 3 database file.
    private static let sqliteMagic = Array("SQLite format 3\0".utf8)
    /// The size of the SQLite database header.
    private static let headerSize = 100

    let path: String

    /// Returns when the file is missing, empty, an empty SQLite database, or a creditlint
    /// database whose migrations this version knows; throws a ``StoreError`` otherwise.
    func checkBeforeOpening() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return  // Created on open.
        }
        if isFolder.boolValue {
            throw StoreError.unreadable(path: path, reason: "it is a folder, not a file")
        }
        let header = try readHeader()
        if header.isEmpty { return }  // SQLite treats an empty file as an empty database.
        guard header.count == Self.headerSize, header.starts(with: Self.sqliteMagic) else {
            throw StoreError.notCreditlintDatabase(path: path)
        }

        // Committed WAL frames may hold a newer page 1 than the main file: only SQLite can
        // then tell what the database holds.
        if !walHasFrames() {
            let applicationID = Int32(bitPattern: bigEndianUInt32(header, at: 68))
            // The schema cookie is bumped by every CREATE/DROP: zero means nothing was ever
            // defined, e.g. a file made by `sqlite3 file VACUUM`. Such a file is adopted.
            let schemaCookie = bigEndianUInt32(header, at: 40)
            if applicationID == 0 {
                if schemaCookie == 0 { return }
                throw StoreError.notCreditlintDatabase(path: path)
            }
            guard applicationID == ReportStore.applicationID else {
                throw StoreError.notCreditlintDatabase(path: path)
            }
        }
        try inspectSQLite()
    }

    private func readHeader() throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(path: path, reason: "the file cannot be opened for reading")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.read(upToCount: Self.headerSize) ?? Data())
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }

    private func walHasFrames() -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
    }

    private func bigEndianUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private func inspectSQLite() throws {
        var configuration = ReportStore.configuration()
        configuration.readonly = true
        let verdict: Verdict
        do {
            // The queue closes its connection when it goes out of scope at the end of `do`.
            let dbQueue = try DatabaseQueue(path: path, configuration: configuration)
            verdict = try dbQueue.read(verdict(of:))
        } catch {
            // Corrupt, encrypted, locked past the timeout: SQLite's reason says which.
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
        switch verdict {
        case .acceptable: return
        case .foreign: throw StoreError.notCreditlintDatabase(path: path)
        case .newer(let found): throw StoreError.newerSchema(path: path, found: found)
        }
    }

    private enum Verdict {
        case acceptable
        case foreign
        case newer(found: String)
    }

    private func verdict(of db: Database) throws -> Verdict {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == 0 {
            // A SQLite file with no schema at all holds nothing to lose: adopt it.
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            return objects == 0 ? .acceptable : .foreign
        }
        guard applicationID == ReportStore.applicationID else { return .foreign }

        // Our migrations are stamped with names; any name we do not know comes from a newer
        // version, whose schema we could misread or break.
        guard try db.tableExists("grdb_migrations") else { return .acceptable }
        let known = Set(ReportStore.migrator.migrations)
        let applied = try String.fetchAll(
            db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        if let newest = applied.last(where: { !known.contains($0) }) {
            return .newer(found: newest)
        }
        return .acceptable
    }
}

internal import GRDB

extension RunRecorder {
    /// Records the stamp under which a page file was read and the hash of its bytes, replacing
    /// the path's earlier one; nil removes the path's stamp (a file not settled, or gone), so
    /// that the next run reads and hashes it.
    ///
    /// `file_stamp` is keyed by path alone and never names a document, so its rows need not
    /// wait for the copied pages before them (see ``flushCopies()``).
    /// - Throws: ``StoreError/writeFailed(path:reason:)``.
    public func recordStamp(path: String, _ stamped: StampedHash?) throws {
        try writing { db in
            if let stamped {
                try db.cachedStatement(sql: Self.replaceStamp).execute(
                    arguments: FileStampRecord(path: path, stamped).databaseArguments)
            } else {
                try db.cachedStatement(sql: "DELETE FROM file_stamp WHERE path = ?").execute(arguments: [path])
            }
        }
    }

    private static let replaceStamp = "INSERT OR REPLACE" + FileStampRecord.insertSQL.dropFirst("INSERT".count)

    /// Every recorded stamp, by path.
    static func recordedStamps(in db: Database) throws -> [String: StampedHash] {
        var stamps: [String: StampedHash] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(FileStampRecord.selection()) FROM file_stamp")
        while let row = try rows.next() {
            let record = FileStampRecord(row: row, at: 0)
            stamps[record.path] = record.stamped
        }
        return stamps
    }
}

extension ReuseIndex {
    /// The recorded SHA-256 of the file at `path` when the file system shows it exactly as the
    /// run that hashed it found it; nil when it may have changed since, and must be read.
    public func recordedHash(path: String, stamp: FileStamp) -> String? {
        guard let recorded = stamps[path], recorded.stamp == stamp else { return nil }
        return recorded.sha256
    }
}

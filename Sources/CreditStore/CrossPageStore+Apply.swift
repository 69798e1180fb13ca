internal import GRDB

extension CrossPageStore {
    /// Runs a ``CrossPageDecider`` over a run: every image's location, then each group's
    /// images in full, and applies the changes it decides, group by group.
    /// - Returns: The number of changes applied.
    static func apply(
        run: Int64, missingAttributionRule: String, in db: Database, _ decider: inout some CrossPageDecider
    ) throws -> Int {
        var imageIDs: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: locationsQuery, arguments: [run])
        while let row = try rows.next() {
            imageIDs.append(row[0])
            decider.locate(
                CrossPageLocation(
                    path: row[1], src: row[2],
                    sources: (try? JSONColumns.strings(row[3], column: "image.sources")) ?? []))
        }
        var writer = ChangeWriter(run: run)
        // Small groups are read together, a query's worth at a time: a site has many pictures
        // shown on two or three pages, and one query each would cost more than the checks.
        var batch: [[Int64]] = []
        func decideBatch() throws {
            let ids = batch.flatMap { $0 }
            let images = try self.images(ids: ids, missingAttributionRule: missingAttributionRule, in: db)
            let byID = Dictionary(images.map { ($0.imageID, $0) }, uniquingKeysWith: { first, _ in first })
            for group in batch {
                for change in try decider.changes(for: group.compactMap { byID[$0] }) {
                    try writer.apply(change, in: db)
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        var batched = 0
        for group in try decider.groups() {
            if !batch.isEmpty, batched + group.count > imagesPerQuery {
                try decideBatch()
                batched = 0
            }
            batch.append(group.map { imageIDs[$0] })
            batched += group.count
        }
        if !batch.isEmpty { try decideBatch() }
        try writer.finish(in: db)
        return writer.count
    }
}

/// Writes the changes the cross-page checks decide into a run's rows.
private struct ChangeWriter {
    let run: Int64
    /// How many changes were applied.
    private(set) var count = 0
    /// The pages whose findings changed.
    private var touched = Set<Int64>()
    /// How many findings were added to each image so far, for their ordinals.
    private var added: [Int64: Int] = [:]

    init(run: Int64) {
        self.run = run
    }

    mutating func apply(_ change: CrossPageChange, in db: Database) throws {
        count += 1
        switch change {
        case .rewrite(let findingID, let documentID, let message, let suggestion):
            try db.execute(
                sql: "UPDATE finding SET message = ?, suggestion = ? WHERE id = ?",
                arguments: [message, suggestion, findingID])
            touched.insert(documentID)
        case .add(let finding, let image, let snippet):
            // Running the checks again over the same run adds nothing twice.
            let recorded = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM finding WHERE image_id = ? AND rule = ? AND message = ?)",
                arguments: [image.imageID, finding.rule, finding.message])
            if recorded == true { return }
            let ordinal = image.nextFindingOrdinal + added[image.imageID, default: 0]
            added[image.imageID, default: 0] += 1
            try FindingRecord(
                finding, runID: run, documentID: image.documentID, imageID: image.imageID, ordinal: ordinal
            ).insert(into: db)
            if let snippet {
                try db.execute(
                    sql: "UPDATE image SET snippet = ? WHERE id = ? AND snippet IS NULL",
                    arguments: [snippet, image.imageID])
            }
            touched.insert(image.documentID)
        case .waive(let image):
            try db.execute(
                sql: "UPDATE document SET suppressed_waived = suppressed_waived + 1 WHERE id = ?",
                arguments: [image.documentID])
            touched.insert(image.documentID)
        case .ignore(let image):
            try db.execute(
                sql: "UPDATE document SET suppressed_ignored = suppressed_ignored + 1 WHERE id = ?",
                arguments: [image.documentID])
            touched.insert(image.documentID)
        }
    }

    /// Makes each page whose findings changed read from its rows.
    func finish(in db: Database) throws {
        for document in touched.sorted() { try Self.forgetRendering(of: document, in: db) }
    }

    /// Makes a page whose findings changed after it was recorded read from its rows: its JSON
    /// element no longer matches them. It is also taken out of reuse, because its rows now
    /// hold findings about other pages, which a later run decides afresh: a rescan of it
    /// scans it again. A page that borrowed its element keeps the text it showed.
    private static func forgetRendering(of document: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE document SET json = (SELECT json FROM document AS held WHERE held.id = ?1),
                    json_document = NULL
                WHERE json_document = ?1
                """, arguments: [document])
        try db.execute(
            sql: "UPDATE document SET json = NULL, json_document = NULL, options_fingerprint = NULL WHERE id = ?",
            arguments: [document])
        try db.execute(sql: "DELETE FROM reuse_entry WHERE document_id = ?", arguments: [document])
    }
}

extension RunRecorder {
    /// Runs the cross-page checks over the pages recorded so far in this run, inside its
    /// transaction (see ``CrossPageDecider``).
    /// - Returns: The number of changes applied.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``, or what the decider throws.
    @discardableResult
    public func applyCrossPageChecks(
        missingAttributionRule: String, _ decider: inout some CrossPageDecider
    ) throws -> Int {
        try flushCopies()
        var count = 0
        try writing { db in
            count = try CrossPageStore.apply(
                run: runID, missingAttributionRule: missingAttributionRule, in: db, &decider)
        }
        return count
    }
}

extension ReportStore {
    /// Runs the cross-page checks over a recorded run in one write transaction (see
    /// ``CrossPageDecider``). Pages whose findings change are re-rendered from their rows by
    /// every report and are not reused by later runs. For runs put together after scanning
    /// (a merge).
    /// - Returns: The number of changes applied.
    /// - Throws: ``StoreError/writeFailed(path:reason:)``, or what the decider throws.
    @discardableResult
    public func applyCrossPageChecks(
        run: Int, missingAttributionRule: String, _ decider: inout some CrossPageDecider
    ) throws -> Int {
        do {
            return try dbQueue.write { db in
                try CrossPageStore.apply(
                    run: Int64(run), missingAttributionRule: missingAttributionRule, in: db, &decider)
            }
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(path: path, reason: StoreError.reason(error))
        }
    }
}

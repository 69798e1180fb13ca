internal import GRDB

extension ReportStore {
    /// Each finding of a recorded run as its rule and a key that follows it across runs: the
    /// page's path, the rule and the image's fingerprint (page, URL, occurrence; unaffected by
    /// line shifts), or the message for a finding about the page itself. Failed files are not
    /// included.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public func findingKeys(run: Int) throws -> [(rule: String, key: String)] {
        do {
            return try dbQueue.read { db in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT finding.rule, document.path, coalesce(image.fingerprint, finding.message)
                        FROM finding
                        JOIN document ON document.id = finding.document_id
                        LEFT JOIN image ON image.id = finding.image_id
                        WHERE finding.run_id = ?
                        """, arguments: [run])
                var keys: [(rule: String, key: String)] = []
                while let row = try rows.next() {
                    let rule: String = row[0]
                    let path: String = row[1]
                    let subject: String = row[2]
                    keys.append((rule, [path, rule, subject].joined(separator: "\u{1F}")))
                }
                return keys
            }
        } catch {
            throw StoreError.unreadable(path: path, reason: StoreError.reason(error))
        }
    }
}

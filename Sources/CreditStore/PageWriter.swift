import CreditModel
import CreditReporting
import Foundation
internal import GRDB

/// Inserts one page of a run with prepared statements that stay cached on the connection:
/// the hot path of a scan, which writes every page as it is done.
///
/// It writes exactly the rows and column values that ``RunWriter`` writes through the records
/// (JSON columns as GRDB's own encoder writes them, so both read back alike: see
/// ``CompactJSONEncoder``), without building a record and a JSON encoder for every row.
struct PageWriter {
    private let db: Database

    init(db: Database) {
        self.db = db
    }

    /// Inserts the page as document number `ordinal` of `runID` and returns its row id.
    func insert(_ page: RecordedPage, ordinal: Int, runID: Int64) throws -> Int64 {
        let document = page.document
        let json = try page.json ?? JSONRenderer.documentElement(document)
        try run("""
            INSERT INTO document (run_id, ordinal, path, size, sha256, encoding, parse_errors,
                options_fingerprint, reused_from_run, suppressed_ignored, suppressed_waived, json, skipped,
                skipped_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                runID, ordinal, document.path, document.size, document.sha256, document.encoding,
                document.parseErrors, page.optionsFingerprint, document.reusedFrom,
                page.suppressed.ignored, page.suppressed.waived, json, SkippedColumn.text(document.skipped),
                document.skipped.count,
            ])
        let documentID = db.lastInsertedRowID
        if let license = document.pageLicense {
            try run("""
                INSERT INTO page_license (document_id, identifier, name, url, evidence) VALUES (?, ?, ?, ?, ?)
                """, [documentID, license.id, license.name, license.url, license.evidence])
        }
        for (ordinal, image) in document.images.enumerated() {
            try run("""
                INSERT INTO image (document_id, ordinal, src, sources, element, line, fingerprint, alt, metadata)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [
                    documentID, ordinal, image.src, text(image.sources), image.element, image.line,
                    image.fingerprint, image.alt, image.metadata.map(CompactJSONEncoder.metadata),
                ])
            let imageID = db.lastInsertedRowID
            if let credit = image.credit {
                try run("""
                    INSERT INTO credit (image_id, text, caption, author, source, title, license_text,
                        license_url, source_url, own_work, modifications, strategy, visible, origins)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [
                        imageID, credit.text, credit.caption, credit.author, credit.source, credit.title,
                        credit.licenseText, credit.licenseURL, credit.sourceURL, credit.ownWork,
                        text(credit.modifications), credit.strategy.rawValue, credit.visible,
                        CompactJSONEncoder.origins(credit.origins),
                    ])
            }
            if let license = image.license {
                try run("""
                    INSERT INTO license (image_id, identifier, name, url, evidence) VALUES (?, ?, ?, ?, ?)
                    """, [imageID, license.id, license.name, license.url, license.evidence])
            }
            try insert(image.findings, runID: runID, documentID: documentID, imageID: imageID)
        }
        try insert(document.findings, runID: runID, documentID: documentID, imageID: nil)
        return documentID
    }

    private func insert(_ findings: [Finding], runID: Int64, documentID: Int64, imageID: Int64?) throws {
        for (ordinal, finding) in findings.enumerated() {
            try run("""
                INSERT INTO finding (run_id, document_id, image_id, ordinal, rule, severity, message, line,
                    column_number, image_src, suggestion)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [
                    runID, documentID, imageID, ordinal, finding.rule, finding.severity.rawValue,
                    finding.message, finding.line, finding.column, finding.image, finding.suggestion,
                ])
        }
    }

    private func run(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// A list of strings as `JSONEncoder` writes it by default (compact, `/` escaped), written
    /// directly: every image's sources go through here, and the encoder's set-up per call cost
    /// more than the writing.
    private func text(_ strings: [String]) -> String {
        var output: [UInt8] = [0x5B]
        for (position, string) in strings.enumerated() {
            if position > 0 { output.append(0x2C) }
            JSONString.append(string, to: &output, escapingSlashes: true)
        }
        output.append(0x5D)
        return String(decoding: output, as: UTF8.self)
    }
}

import CreditModel
import CreditReporting
import Foundation
internal import GRDB

/// Inserts the rows of one page of a run, with prepared statements that stay cached on the
/// connection: the hot path of a scan, which writes every page as it is done.
struct PageWriter {
    private let db: Database

    init(db: Database) {
        self.db = db
    }

    /// Inserts the page as document number `ordinal` of `runID` and returns its row id.
    func insert(_ page: RecordedPage, ordinal: Int, runID: Int64) throws -> Int64 {
        let document = page.document
        let json = try page.json ?? JSONRenderer.documentElement(document)
        try DocumentRecord(page, json: json, runID: runID, ordinal: ordinal).insert(into: db)
        let documentID = db.lastInsertedRowID
        if let license = document.pageLicense {
            try PageLicenseRecord(license, key: documentID).insert(into: db)
        }
        for (ordinal, image) in document.images.enumerated() {
            try ImageRecord(image, documentID: documentID, ordinal: ordinal).insert(into: db)
            let imageID = db.lastInsertedRowID
            if let credit = image.credit {
                try CreditRecord(credit, imageID: imageID).insert(into: db)
            }
            if let license = image.license {
                try ImageLicenseRecord(license, key: imageID).insert(into: db)
            }
            try insert(image.findings, runID: runID, documentID: documentID, imageID: imageID)
        }
        try insert(document.findings, runID: runID, documentID: documentID, imageID: nil)
        for held in page.baselined {
            try BaselinedFindingRecord(held, documentID: documentID).insert(into: db)
        }
        return documentID
    }

    private func insert(_ findings: [Finding], runID: Int64, documentID: Int64, imageID: Int64?) throws {
        for (ordinal, finding) in findings.enumerated() {
            try FindingRecord(finding, runID: runID, documentID: documentID, imageID: imageID, ordinal: ordinal)
                .insert(into: db)
        }
    }
}

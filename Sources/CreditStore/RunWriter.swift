import CreditModel
internal import GRDB

/// Inserts a whole ``ScanReport`` as rows. The caller owns the transaction: the writer only
/// walks the report, so that a failure anywhere leaves the caller free to roll everything back.
enum RunWriter {
    /// Inserts the report and returns the new run id.
    static func insert(_ report: ScanReport, in db: Database) throws -> Int64 {
        var run = RunRecord(report)
        try run.insert(db)
        // `didInsert` always sets the id of an inserted row.
        guard let runID = run.id else { throw RecordMappingError(reason: "run row has no id") }

        for (ordinal, document) in report.documents.enumerated() {
            try insert(document, ordinal: ordinal, runID: runID, in: db)
        }
        for (ordinal, failure) in report.failures.enumerated() {
            var row = FailedFileRecord(failure, runID: runID, ordinal: ordinal)
            try row.insert(db)
        }
        return runID
    }

    private static func insert(
        _ document: DocumentReport, ordinal: Int, runID: Int64, in db: Database
    ) throws {
        var row = DocumentRecord(document, runID: runID, ordinal: ordinal)
        try row.insert(db)
        guard let documentID = row.id else {
            throw RecordMappingError(reason: "document row has no id")
        }
        if let license = document.pageLicense {
            var licenseRow = PageLicenseRecord(license, documentID: documentID)
            try licenseRow.insert(db)
        }

        for (ordinal, image) in document.images.enumerated() {
            var imageRow = ImageRecord(image, documentID: documentID, ordinal: ordinal)
            try imageRow.insert(db)
            guard let imageID = imageRow.id else {
                throw RecordMappingError(reason: "image row has no id")
            }
            if let credit = image.credit {
                var creditRow = CreditRecord(credit, imageID: imageID)
                try creditRow.insert(db)
            }
            if let license = image.license {
                var licenseRow = LicenseRecord(license, imageID: imageID)
                try licenseRow.insert(db)
            }
            try insert(
                image.findings, runID: runID, documentID: documentID, imageID: imageID, in: db)
        }
        try insert(document.findings, runID: runID, documentID: documentID, imageID: nil, in: db)
    }

    private static func insert(
        _ findings: [Finding], runID: Int64, documentID: Int64, imageID: Int64?, in db: Database
    ) throws {
        for (ordinal, finding) in findings.enumerated() {
            var row = FindingRecord(
                finding, runID: runID, documentID: documentID, imageID: imageID, ordinal: ordinal)
            try row.insert(db)
        }
    }
}

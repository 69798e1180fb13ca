import CreditModel
import CreditReporting

// The one place where CreditCore models and database records meet, in both directions.
// Writing never fails (every model value has a column); reading can, when a stored string is
// not a case this version knows (a hand-edited row, or a newer version's value).

/// A stored value that does not map back to the model.
struct RecordMappingError: Error {
    /// What was wrong, lower-case, naming the table and column.
    var reason: String
}

extension RunRecord {
    init(_ report: ScanReport) {
        self.init(
            id: nil, schemaVersion: report.schemaVersion, toolVersion: report.toolVersion,
            root: report.root, startedAt: report.startedAt, failOn: report.failOn.rawValue,
            commercial: report.commercial, maxWarnings: report.maxWarnings,
            adoption: RunAdoption(report).json)
    }

    /// The report's scan-wide fields, with `run` set to this row's id and no pages yet.
    func model() throws -> ScanReport {
        var report = ScanReport(
            toolVersion: toolVersion, run: id.map(Int.init), root: root, startedAt: startedAt,
            failOn: try parseSeverity(failOn, column: "run.fail_on"), commercial: commercial)
        report.schemaVersion = schemaVersion
        report.maxWarnings = maxWarnings
        if let adoption {
            guard let decoded = RunAdoption(json: adoption) else {
                throw RecordMappingError(reason: "run.adoption holds JSON this version cannot read")
            }
            report.suppressed = decoded.suppressed
            report.baseline = decoded.baseline
        }
        return report
    }
}

extension DocumentRecord {
    init(_ document: DocumentReport, runID: Int64, ordinal: Int) {
        self.init(
            id: nil, runID: runID, ordinal: ordinal, path: document.path, size: document.size,
            sha256: document.sha256, encoding: document.encoding,
            parseErrors: document.parseErrors, skipped: SkippedColumn.text(document.skipped),
            skippedCount: document.skipped.count,
            // It cannot fail (no floating-point values); a page without it is encoded anew.
            json: try? JSONRenderer.documentElement(document), reusedFrom: document.reusedFrom)
    }

    /// The page with its skipped images, without its images and findings.
    func model() throws -> DocumentReport {
        var document = DocumentReport(
            path: path, size: size, sha256: sha256, encoding: encoding, parseErrors: parseErrors)
        document.skipped = try SkippedColumn.images(skipped)
        document.reusedFrom = reusedFrom
        return document
    }
}

extension ImageRecord {
    init(_ image: ScannedImage, documentID: Int64, ordinal: Int) {
        self.init(
            id: nil, documentID: documentID, ordinal: ordinal, src: image.src,
            sources: image.sources, element: image.element, line: image.line,
            fingerprint: image.fingerprint, alt: image.alt, metadata: image.metadata)
    }

    /// The image with its credit and licence, without findings.
    func model(credit: ImageCredit?, license: ImageLicense?) -> ScannedImage {
        ScannedImage(
            src: src, sources: sources, element: element, line: line, fingerprint: fingerprint,
            alt: alt, credit: credit, license: license, metadata: metadata)
    }
}

extension CreditRecord {
    init(_ credit: ImageCredit, imageID: Int64) {
        self.init(
            imageID: imageID, text: credit.text, caption: credit.caption, author: credit.author,
            source: credit.source, title: credit.title, licenseText: credit.licenseText,
            licenseURL: credit.licenseURL, sourceURL: credit.sourceURL, ownWork: credit.ownWork,
            modifications: credit.modifications, strategy: credit.strategy.rawValue,
            visible: credit.visible, origins: credit.origins)
    }

    func model() throws -> ImageCredit {
        guard let strategy = CreditStrategy(rawValue: strategy) else {
            throw RecordMappingError(
                reason: "unknown credit strategy '\(self.strategy)' in credit.strategy")
        }
        return ImageCredit(
            text: text, caption: caption, author: author, source: source, title: title,
            licenseText: licenseText, licenseURL: licenseURL, sourceURL: sourceURL,
            ownWork: ownWork, modifications: modifications, strategy: strategy, visible: visible,
            origins: origins)
    }
}

extension LicenseRecord {
    init(_ license: ImageLicense, imageID: Int64) {
        self.init(
            imageID: imageID, identifier: license.id, name: license.name, url: license.url,
            evidence: license.evidence)
    }

}

extension PageLicenseRecord {
    init(_ license: ImageLicense, documentID: Int64) {
        self.init(
            documentID: documentID, identifier: license.id, name: license.name, url: license.url,
            evidence: license.evidence)
    }

}

/// The columns `license` and `page_license` share, read back the same way.
protocol LicenseColumns {
    var identifier: String { get }
    var name: String? { get }
    var url: String? { get }
    var evidence: String { get }
}

extension LicenseColumns {
    func model() -> ImageLicense {
        ImageLicense(id: identifier, name: name, url: url, evidence: evidence)
    }
}

extension LicenseRecord: LicenseColumns {}
extension PageLicenseRecord: LicenseColumns {}

extension FindingRecord {
    init(_ finding: Finding, runID: Int64, documentID: Int64, imageID: Int64?, ordinal: Int) {
        self.init(
            id: nil, runID: runID, documentID: documentID, imageID: imageID, ordinal: ordinal,
            rule: finding.rule, severity: finding.severity.rawValue, message: finding.message,
            line: finding.line, column: finding.column, imageSrc: finding.image,
            suggestion: finding.suggestion)
    }

    func model() throws -> Finding {
        Finding(
            rule: rule, severity: try parseSeverity(severity, column: "finding.severity"),
            message: message, line: line, column: column, image: imageSrc, suggestion: suggestion)
    }
}

extension FailedFileRecord {
    init(_ failure: FailedFile, runID: Int64, ordinal: Int) {
        self.init(id: nil, runID: runID, ordinal: ordinal, path: failure.path, reason: failure.reason)
    }

    func model() -> FailedFile { FailedFile(path: path, reason: reason) }
}

/// Parses a stored severity, naming the column when it is not one this version knows.
private func parseSeverity(_ raw: String, column: String) throws -> Severity {
    guard let severity = Severity(rawValue: raw) else {
        throw RecordMappingError(reason: "unknown severity '\(raw)' in \(column)")
    }
    return severity
}

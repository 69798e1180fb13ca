import CreditModel
import CreditReporting

// The one place where CreditCore models and database records meet, in both directions.
// Writing never fails (every model value has a column); reading can, when a stored string is
// not a case this version knows (a hand-edited row, or a newer version's value), or a JSON
// column does not hold what it should.

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
            adoption: RunAdoption(report).json, shardIndex: nil, shardCount: nil, configurationFingerprint: nil)
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
    /// The row of a page recorded as document number `ordinal` of `runID`, with its element of
    /// the JSON report.
    init(_ page: RecordedPage, json: String, runID: Int64, ordinal: Int) {
        let document = page.document
        self.init(
            id: nil, runID: runID, ordinal: ordinal, path: document.path, size: document.size,
            sha256: document.sha256, encoding: document.encoding, parseErrors: document.parseErrors,
            optionsFingerprint: page.optionsFingerprint, reusedFromRun: document.reusedFrom,
            suppressedIgnored: page.suppressed.ignored, suppressedWaived: page.suppressed.waived,
            json: json, jsonDocument: nil, skipped: SkippedColumn.text(document.skipped),
            skippedCount: document.skipped.count, contentDocument: nil)
    }

    /// The page with its skipped images, without its images, findings and page licence.
    func model() throws -> DocumentReport {
        var document = DocumentReport(
            path: path, size: size, sha256: sha256, encoding: encoding, parseErrors: parseErrors)
        document.reusedFrom = reusedFromRun
        document.skipped = try SkippedColumn.images(skipped)
        return document
    }
}

extension ImageRecord {
    init(_ image: ScannedImage, documentID: Int64, ordinal: Int) {
        self.init(
            id: nil, documentID: documentID, ordinal: ordinal, src: image.src,
            sources: JSONColumns.text(image.sources), element: image.element, line: image.line,
            fingerprint: image.fingerprint, alt: image.alt, metadata: image.metadata.map(JSONColumns.text),
            evidence: image.evidence.map(JSONColumns.text), snippet: image.snippet,
            missingParts: image.missingParts.map(JSONColumns.text), embedded: image.embedded.map(JSONColumns.text))
    }

    /// The image with its credit, licence and findings.
    func model(credit: CreditRecord?, license: ImageLicenseRecord?, findings: [Finding]) throws -> ScannedImage {
        ScannedImage(
            src: src, sources: try JSONColumns.strings(sources, column: "image.sources"), element: element,
            line: line, fingerprint: fingerprint, alt: alt, snippet: snippet,
            missingParts: try missingParts.map { try JSONColumns.strings($0, column: "image.missing_parts") },
            credit: try credit?.model(),
            license: license?.model(), metadata: try metadata.map(JSONColumns.metadata),
            evidence: try evidence.map { try JSONColumns.evidence($0, column: "image.evidence") },
            embedded: try embedded.map(JSONColumns.embedded), findings: findings)
    }
}

extension CreditRecord {
    init(_ credit: ImageCredit, imageID: Int64) {
        self.init(
            imageID: imageID, text: credit.text, caption: credit.caption, author: credit.author,
            source: credit.source, title: credit.title, licenseText: credit.licenseText,
            licenseURL: credit.licenseURL, sourceURL: credit.sourceURL, ownWork: credit.ownWork,
            modifications: JSONColumns.text(credit.modifications), strategy: credit.strategy.rawValue,
            visible: credit.visible, origins: JSONColumns.text(credit.origins))
    }

    func model() throws -> ImageCredit {
        guard let strategy = CreditStrategy(rawValue: strategy) else {
            throw RecordMappingError(reason: "unknown credit strategy '\(self.strategy)' in credit.strategy")
        }
        return ImageCredit(
            text: text, caption: caption, author: author, source: source, title: title,
            licenseText: licenseText, licenseURL: licenseURL, sourceURL: sourceURL, ownWork: ownWork,
            modifications: try JSONColumns.strings(modifications, column: "credit.modifications"),
            strategy: strategy, visible: visible, origins: try JSONColumns.origins(origins))
    }
}

extension LicenseRecord {
    /// The row of a licence, keyed by the id of its image (`license`) or document (`page_license`).
    init(_ license: ImageLicense, key: Int64) {
        self.init(key: key, identifier: license.id, name: license.name, url: license.url, evidence: license.evidence)
    }

    func model() -> ImageLicense {
        ImageLicense(id: identifier, name: name, url: url, evidence: evidence)
    }
}

extension FindingColumns {
    init(_ finding: Finding) {
        self.init(
            rule: finding.rule, severity: finding.severity.rawValue, message: finding.message,
            line: finding.line, column: finding.column, imageSrc: finding.image, suggestion: finding.suggestion)
    }

    func model() throws -> Finding {
        Finding(
            rule: rule, severity: try parseSeverity(severity, column: "finding.severity"),
            message: message, line: line, column: column, image: imageSrc, suggestion: suggestion)
    }
}

extension FindingRecord {
    init(_ finding: Finding, runID: Int64, documentID: Int64, imageID: Int64?, ordinal: Int) {
        self.init(
            id: nil, runID: runID, documentID: documentID, imageID: imageID, ordinal: ordinal,
            finding: FindingColumns(finding))
    }
}

extension BaselinedFindingRecord {
    init(_ held: BaselinedFinding, documentID: Int64) {
        self.init(
            id: nil, documentID: documentID, imageOrdinal: held.imageOrdinal, position: held.position,
            finding: FindingColumns(held.finding))
    }

    func model() throws -> BaselinedFinding {
        BaselinedFinding(imageOrdinal: imageOrdinal, position: position, finding: try finding.model())
    }
}

extension FailedFileRecord {
    init(_ failure: FailedFile, runID: Int64, ordinal: Int) {
        self.init(id: nil, runID: runID, ordinal: ordinal, path: failure.path, reason: failure.reason)
    }

    func model() -> FailedFile { FailedFile(path: path, reason: reason) }
}

/// Parses a stored severity, naming the column when it is not one this version knows.
func parseSeverity(_ raw: String, column: String) throws -> Severity {
    guard let severity = Severity(rawValue: raw) else {
        throw RecordMappingError(reason: "unknown severity '\(raw)' in \(column)")
    }
    return severity
}

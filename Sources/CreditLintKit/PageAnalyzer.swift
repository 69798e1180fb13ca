import CreditAttribution
import CreditDocument
import CreditHTML
import CreditModel
import CreditRules
import Crypto
import Foundation

/// Scans one file: reads, checks, decodes and parses it, finds its images and checks them.
struct PageAnalyzer: Sendable {
    let scanner = PageScanner()
    let rules: RuleEngine
    let maxFileSize: Int
    var site = SitePolicy()
    /// The embedded metadata of local image files; nil reads none.
    var embedded: EmbeddedMetadataCache?

    /// The result for one file: a report, or the reason it could not be scanned.
    enum Outcome {
        case scanned(DocumentReport, suppressed: SuppressedFindings)
        case failed(FailedFile)
    }

    /// The largest page libxml2 can be handed whole: it takes an `Int32` length, and decoding
    /// to UTF-8 can triple a legacy page's size. Larger pages are too large whatever
    /// `--max-file-size` says, rather than cut short without a word.
    static let parserLimit = Int(Int32.max) / 3

    /// A page's bytes, or why they could not be had.
    enum Read {
        case bytes(Data)
        case failed(FailedFile)
    }

    func analyze(_ entry: FileWalker.Entry) -> Outcome {
        switch read(entry) {
        case .bytes(let data): analyze(data, path: entry.relativePath)
        case .failed(let failure): .failed(failure)
        }
    }

    /// The bytes of a page, or why it cannot be scanned (too large, unreadable, binary).
    func read(_ entry: FileWalker.Entry) -> Read {
        switch readUnclassified(entry) {
        case .bytes(let data): classified(data, path: entry.relativePath)
        case .failed(let failure): .failed(failure)
        }
    }

    /// The bytes of a file, or why they cannot be had (too large, unreadable), before
    /// ``classified(_:path:)`` tells a page from a binary file.
    func readUnclassified(_ entry: FileWalker.Entry) -> Read {
        switch PageReader.read(entry.url, maxFileSize: min(maxFileSize, Self.parserLimit)) {
        case .success(let bytes): .bytes(bytes)
        case .failure(let reason): .failed(FailedFile(path: entry.relativePath, reason: reason.text))
        }
    }

    /// The bytes, or why they are not a page (a binary file named like one).
    func classified(_ data: Data, path: String) -> Read {
        if let reason = BinarySniffer.classify(data) { return .failed(FailedFile(path: path, reason: reason.text)) }
        return .bytes(data)
    }

    /// Parses and checks the bytes of the page at `path` (`sha256` when already computed).
    func analyze(_ data: Data, path: String, sha256: String? = nil) -> Outcome {
        let page = analyzePage(data, path: path, sha256: sha256)
        return .scanned(page.report, suppressed: page.suppressed)
    }

    /// A checked page with the parsed document and the element of each image, which
    /// `explain` reads beside the report.
    struct AnalyzedPage {
        var report: DocumentReport
        var suppressed: SuppressedFindings
        var document: HTMLDocument
        /// The element of each of `report.images`.
        var imageNodes: [Int]
        /// The element of each of `report.skipped`.
        var skippedNodes: [Int]
    }

    /// Parses and checks the bytes of the page at `path`, keeping the document.
    func analyzePage(_ data: Data, path: String, sha256: String? = nil) -> AnalyzedPage {
        let document = HTMLParser.parse(data)
        var scan = scanner.scan(document, path: path)
        site.prepare(&scan, in: document)
        // Indexing the page's lines costs a pass over its bytes, so it waits for a finding.
        var lines: SourceLines?
        var images = scan.images
        for index in images.indices {
            images[index].embedded = embedded?.metadata(of: images[index], onPage: path)
            var findings = rules.check(images[index], path: path)
            for position in findings.indices where findings[position].column == nil {
                if lines == nil { lines = SourceLines(data) }
                findings[position].column = lines?.column(of: images[index], onLine: findings[position].line)
            }
            // The image's own tag: its snippet, and its column where the URL first appeared in
            // a link around the image or a `<meta>` before it.
            if !findings.isEmpty {
                if lines == nil { lines = SourceLines(data) }
                let column = findings.lazy.compactMap(\.column).first
                let missing = rules.creditInventory(of: images[index], path: path).missing
                images[index].missingParts = missing.isEmpty ? nil : missing
                if let tag = lines?.tag(of: images[index], atColumn: column) {
                    images[index].snippet = tag.snippet
                    for position in findings.indices where findings[position].column == column {
                        findings[position].column = tag.column
                    }
                }
            }
            images[index].findings = findings
        }
        var pageFindings: [Finding] = []
        let suppressed = site.suppress(
            &images, nodes: scan.imageNodes, pageFindings: &pageFindings, in: document, path: path,
            engine: rules)
        let report = DocumentReport(
            path: path, size: data.count, sha256: sha256 ?? Self.sha256(data), encoding: document.encoding,
            images: images, skipped: scan.skipped, findings: pageFindings,
            parseErrors: document.diagnostics.count, pageLicense: scan.pageLicense)
        return AnalyzedPage(
            report: report, suppressed: suppressed, document: document, imageNodes: scan.imageNodes,
            skippedNodes: scan.skippedNodes)
    }

    static func sha256(_ data: Data) -> String {
        // Hex by table: String(format:) per byte costs more than the hash itself.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

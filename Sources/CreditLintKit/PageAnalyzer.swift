import CreditCore
import CreditHTML
import Crypto
import Foundation

/// Scans one file: reads, checks, decodes and parses it, finds its images and checks them.
struct PageAnalyzer: Sendable {
    let scanner = PageScanner()
    let rules: RuleEngine
    let maxFileSize: Int
    var site = SitePolicy()

    /// The result for one file: a report, or the reason it could not be scanned.
    enum Outcome {
        case scanned(DocumentReport, suppressed: SuppressedFindings)
        case failed(FailedFile)
    }

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
        let path = entry.relativePath
        let data: Data
        do {
            let size = try entry.url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
            if size > maxFileSize {
                return .failed(FailedFile(
                    path: path, reason: "too large: \(size) bytes, over the limit of \(maxFileSize)"))
            }
            data = try Data(contentsOf: entry.url)
        } catch {
            return .failed(FailedFile(path: path, reason: "unreadable: \(FileWalker.reason(error))"))
        }
        if BinarySniffer.looksBinary(data) {
            return .failed(FailedFile(path: path, reason: "not HTML: the file holds binary data"))
        }
        return .bytes(data)
    }

    /// Parses and checks the bytes of the page at `path` (`sha256` when already computed).
    func analyze(_ data: Data, path: String, sha256: String? = nil) -> Outcome {
        let document = HTMLParser.parse(data)
        var scan = scanner.scan(document, path: path)
        site.prepare(&scan, in: document)
        // Indexing the page's lines costs a pass over its bytes, so it waits for a finding.
        var lines: SourceLines?
        var images = scan.images
        for index in images.indices {
            var findings = rules.check(images[index], path: path)
            for position in findings.indices where findings[position].column == nil {
                if lines == nil { lines = SourceLines(data) }
                findings[position].column = lines?.column(of: images[index], onLine: findings[position].line)
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
        return .scanned(report, suppressed: suppressed)
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

/// Tells binary files that merely end in `.html` from pages.
enum BinarySniffer {
    /// Signatures of common binary formats that get saved under a page's name by mistake.
    private static let magicNumbers: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x47, 0x49, 0x46, 0x38],
        [0x25, 0x50, 0x44, 0x46], [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
    ]

    /// True for a known binary signature, or when the first 8 KiB hold more NUL and C0
    /// control bytes than any text page would (a stray NUL in a real page is tolerated).
    static func looksBinary(_ data: Data) -> Bool {
        let sample = [UInt8](data.prefix(8192))
        guard !sample.isEmpty else { return false }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        if magicNumbers.contains(where: { sample.starts(with: $0) }) { return true }
        var controls = 0
        for byte in sample where byte < 0x09 || (byte > 0x0D && byte < 0x20) {
            controls += 1
        }
        return controls * 20 > sample.count
    }
}

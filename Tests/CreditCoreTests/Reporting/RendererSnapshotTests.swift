import CreditCore
import Foundation
import Testing

/// Golden files for every report format, rendered from one fixed report.
///
/// A missing snapshot, or `RECORD_SNAPSHOTS=1`, writes the file and fails, so a new format
/// cannot pass without a reviewed snapshot.
@Suite("Report renderers")
struct RendererSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static let report: ScanReport = {
        let credited = ScannedImage(
            src: "/media/crane.jpg", sources: ["/media/crane-800.jpg"], line: 12,
            fingerprint: "1f2e3d4c5b6a7988", alt: "A crane",
            snippet: "<img src=\"/media/crane.jpg\" alt=\"A crane\u{1B}[2J\">",
            credit: ImageCredit(
                text: "By Ilse Marten (Own work) [CC BY-SA 3.0], via Wikimedia Commons",
                author: "Ilse Marten", source: "Wikimedia Commons", licenseText: "CC BY-SA 3.0",
                licenseURL: "https://creativecommons.org/licenses/by-sa/3.0", ownWork: true,
                strategy: .adjacentText,
                origins: [
                    .text: FieldOrigin(method: .text, element: "p.credit", line: 13),
                    .author: FieldOrigin(method: .text, element: "p.credit", line: 13),
                    .licenseURL: FieldOrigin(method: .link, element: "a[rel=license]", line: 13, property: "href"),
                ]),
            license: ImageLicense(
                id: "CC-BY-SA-3.0", name: "Attribution-ShareAlike 3.0 Unported",
                url: "https://creativecommons.org/licenses/by-sa/3.0/", evidence: "text+url"),
            metadata: ImageMetadata(format: .jsonLD, line: 5, creditText: "Ilse Marten"),
            findings: [
                Finding(
                    rule: "missing-title", severity: .note,
                    message: "CC BY-SA 3.0 asks for the work's title; add it to the credit.",
                    line: 12, column: 9, image: "/media/crane.jpg")
            ])
        let uncredited = ScannedImage(
            src: "/media/square \"new\".jpg", line: 30, fingerprint: "0a0b0c0d0e0f1011",
            findings: [
                Finding(
                    rule: "missing-attribution", severity: .error,
                    message: "Image \"/media/square \\\"new\\\".jpg\" has no credit.", line: 30, column: 5,
                    image: "/media/square \"new\".jpg",
                    suggestion: "Photo: <author> / <source>, <licence> (<licence link>)")
            ])
        return ScanReport(
            toolVersion: "0.0.0-test", run: 3, root: "site", startedAt: "2026-01-02T03:04:05Z",
            documents: [
                DocumentReport(
                    path: "news/crane.html", size: 2048, sha256: String(repeating: "ab", count: 32),
                    encoding: "utf-8", images: [credited, uncredited],
                    skipped: [SkippedImage(src: "/logo.svg", line: 3, reason: "logo")], parseErrors: 1),
                DocumentReport(
                    path: "about.html", size: 10, sha256: String(repeating: "cd", count: 32),
                    encoding: "windows-1252",
                    pageLicense: ImageLicense(
                        id: "CC-BY-4.0", name: "Attribution 4.0 International",
                        url: "https://creativecommons.org/licenses/by/4.0/", evidence: "text+url")),
            ],
            failures: [FailedFile(path: "broken.html", reason: "not HTML: the file holds binary data")])
    }()

    @Test("the output matches the golden file", arguments: ReportFormat.allCases)
    func snapshot(format: ReportFormat) throws {
        let output = try format.renderer.render(Self.report)
        let file = Self.snapshots.appendingPathComponent("report.\(format.fileExtension)")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let golden = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: file)
            Issue.record("recorded \(file.lastPathComponent); review it and run the tests again")
            return
        }
        #expect(output == golden)
    }

    @Test("the JSON report parses back into the same report")
    func jsonRoundTrip() throws {
        let json = try ReportFormat.json.renderer.render(Self.report)
        let decoded = try JSONDecoder().decode(ScanReport.self, from: Data(json.utf8))
        #expect(decoded == Self.report)
    }

    @Test("the text report ends with the verdict and counts failures as errors")
    func textSummary() throws {
        let text = try ReportFormat.text.renderer.render(Self.report)
        #expect(text.contains("site/broken.html:1:1: error: The file could not be checked (not HTML"))
        #expect(text.contains("site/news/crane.html:30:5: image \"media/square \"new\".jpg\"\n    error: Image "))
        #expect(text.contains("    <img src=\"/media/crane.jpg\" alt=\"A crane\\u{1B}[2J\">\n"))
        #expect(text.components(separatedBy: "suggestion:").count == 2)
        #expect(text.contains("findings: 2 errors, 0 warnings, 1 note"))
        #expect(text.hasSuffix("result: FAIL (findings at or above error)\n"))
    }
}

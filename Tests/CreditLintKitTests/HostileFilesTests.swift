import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

/// Files a site should not contain but sometimes does. Each is either scanned or listed as
/// failed with a reason; none aborts the run, and the others are still scanned.
@Suite("Hostile files")
struct HostileFilesTests {
    /// A credited image that must still be found after whatever precedes it.
    static let credited =
        "<figure><img src=after.jpg><figcaption>Photo: Jane Doe/Reuters</figcaption></figure>"
        + "</article>"

    private func scan(
        _ folder: TemporaryFolder, maxFileSize: Int = ScanOptions.defaultMaxFileSize,
        beforeReading: @escaping @Sendable (FileWalker.Entry) -> Void = { _ in }
    ) throws -> ScanReport {
        try CreditLint.scanWithoutRecording(
            ScanOptions(root: folder.path, databasePath: "/dev/null", maxFileSize: maxFileSize),
            startedAt: Date(), beforeReading: beforeReading)
    }

    private func reasons(_ report: ScanReport) -> [String: String] {
        Dictionary(uniqueKeysWithValues: report.failures.map { ($0.path, $0.reason) })
    }

    /// The sources of the images found on one scanned page.
    private func images(_ report: ScanReport, _ path: String) -> [String]? {
        report.documents.first { $0.path == path }?.images.map(\.src)
    }

    @Test(
        "pages with odd bytes are scanned, and the image after the odd bytes is found",
        // Each of these lost the image before the page was decoded to UTF-8 before libxml2.
        arguments: [
            ("nul.html", Array("<article><p>a\0b\0\0c</p>".utf8), "windows-1252"),
            ("invalid-utf8.html", Array("<article><p>caf".utf8) + [0xE9, 0xC3, 0x28, 0xFF, 0xFE], "windows-1252"),
            ("lying-utf8.html", Array("<meta charset=utf-8><article><p>Z".utf8) + [0xFC, 0x72], "windows-1252"),
            ("lying-sjis.html", Array("<meta charset=shift_jis><article><p>Zürich 中文</p>".utf8), "utf-8"),
            (
                "bad-euc-kr.html", Array("<meta charset=euc-kr><article><p>".utf8) + [0xB0, 0xA1, 0xFF, 0xFF, 0xC8],
                "euc-kr"
            ),
            ("undefined-1252.html", Array("<article><p>".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D], "windows-1252"),
            ("controls.html", Array("\r\0\u{1B}[31m<article><p>\u{07}\u{08}</p>".utf8), "windows-1252"),
            ("utf16.html", [0xFF, 0xFE] + Array("<article><p>x</p>".utf8).flatMap { [$0, 0] }, "utf-16le"),
            (
                "utf16-lone-surrogate.html",
                [0xFF, 0xFE] + Array("<article><p>".utf8).flatMap { [$0, 0] } + [0x00, 0xD8],
                "utf-16le"
            ),
        ] as [(String, [UInt8], String)])
    func oddBytes(name: String, bytes: [UInt8], encoding: String) throws {
        let folder = try TemporaryFolder()
        // The odd bytes come first, in the article's text, and the credited image after them.
        let tail: [UInt8] =
            encoding == "utf-16le"
            ? Array(Self.credited.utf8).flatMap { [$0, 0] } : Array(Self.credited.utf8)
        try folder.write(name, Data(bytes + tail))
        let report = try scan(folder)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(images(report, name) == ["after.jpg"])
        #expect(report.documents.first?.encoding == encoding)
    }

    @Test("an empty page and a page of two control bytes are scanned, not rejected")
    func tinyPages() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty.html", Data())
        try folder.write("crnul.html", Data([0x0D, 0x00]))
        let report = try scan(folder)
        #expect(report.failures.isEmpty)
        #expect(report.documents.map(\.path) == ["crnul.html", "empty.html"])
        #expect(report.documents.allSatisfy { $0.images.isEmpty })
    }

    @Test(
        "binary files named like pages fail with what they are",
        arguments: [
            (
                "photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
                "not HTML: the file is a PNG image"
            ),
            ("archive.htm", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0], "not HTML: the file is a gzip archive"),
            ("clip.html", Array("RIFF\0\0\0\0WEBPVP8 ".utf8), "not HTML: the file is a WebP image"),
            ("noise.html", NoiseBytes.make(count: 4096), "binary: "),
        ] as [(String, [UInt8], String)])
    func binaryFiles(name: String, bytes: [UInt8], reason: String) throws {
        let folder = try TemporaryFolder(["ok.html": "<article>" + Self.credited])
        try folder.write(name, Data(bytes))
        let report = try scan(folder)
        #expect(reasons(report)[name]?.hasPrefix(reason) == true, "\(reasons(report))")
        #expect(images(report, "ok.html") == ["after.jpg"])
    }

    @Test("a 20,000-deep page is scanned and its image found")
    func deepNesting() throws {
        // `div` inside `div` really nests (a `div` in a `span` would close the span).
        let html = "<article>" + String(repeating: "<div>", count: 20_000) + Self.credited
        let folder = try TemporaryFolder(["deep.html": html])
        let report = try scan(folder)
        #expect(images(report, "deep.html") == ["after.jpg"])
    }

    @Test("a page-named symbolic link loop or dead link fails with its reason; a folder loop ends")
    func symbolicLinks() throws {
        let folder = try TemporaryFolder(["site/ok.html": "<article>" + Self.credited])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.file("site/a.html"), withDestinationPath: "b.html")
        try manager.createSymbolicLink(atPath: folder.file("site/b.html"), withDestinationPath: "a.html")
        try manager.createSymbolicLink(atPath: folder.file("site/gone.html"), withDestinationPath: "nowhere.html")
        try manager.createSymbolicLink(atPath: folder.file("site/loop"), withDestinationPath: "..")
        let report = try scan(folder)
        let failed = reasons(report)
        #expect(failed["site/a.html"]?.hasSuffix("(a symbolic link loop)") == true, "\(failed)")
        #expect(failed["site/b.html"]?.hasPrefix("unreadable: ") == true)
        #expect(failed["site/gone.html"] == "unreadable: no such file or directory (a symbolic link to a missing file)")
        #expect(report.documents.map(\.path) == ["site/ok.html"])
    }

    @Test("a page beyond what the parser can take is too large even when --max-file-size allows it")
    func beyondParser() throws {
        let folder = try TemporaryFolder()
        #expect(FileManager.default.createFile(atPath: folder.file("vast.html"), contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.file("vast.html")))
        try handle.truncate(atOffset: UInt64(PageAnalyzer.parserLimit) + 1)  // sparse: no disk used
        try handle.close()
        let report = try scan(folder, maxFileSize: Int.max)
        #expect(
            reasons(report)["vast.html"]
                == "too large: \(PageAnalyzer.parserLimit + 1) bytes, over the limit of \(PageAnalyzer.parserLimit)")
    }

    @Test("a page whose file name is not valid UTF-8 is listed as failed, saying so")
    func invalidName() throws {
        let folder = try TemporaryFolder(["ok.html": "<article>" + Self.credited])
        let name = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".html".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) { creat($0, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let report = try scan(folder)
        #expect(reasons(report).values.contains("unreadable: no such file or directory (its name is not valid UTF-8)"))
        #expect(images(report, "ok.html") == ["after.jpg"])
    }

    @Test("a named pipe called page.html fails without hanging the scan")
    func namedPipe() throws {
        let folder = try TemporaryFolder(["ok.html": "<article>" + Self.credited])
        #expect(mkfifo(folder.file("pipe.html"), 0o644) == 0)
        let report = try scan(folder)
        #expect(reasons(report)["pipe.html"] == "unreadable: not a regular file (a named pipe)")
        #expect(images(report, "ok.html") == ["after.jpg"])
    }

    @Test("a file that vanishes between listing and reading fails; the next one is scanned")
    func vanishingFile() throws {
        let page = "<article>" + Self.credited
        let folder = try TemporaryFolder(["a.html": page, "b.html": page])
        let report = try scan(folder) { entry in
            if entry.relativePath == "a.html" { try? FileManager.default.removeItem(at: entry.url) }
        }
        #expect(reasons(report) == ["a.html": "unreadable: no such file or directory"])
        #expect(images(report, "b.html") == ["after.jpg"])
    }

    @Test("a file that grows past the limit after it was listed is too large, not cut short")
    func growingFile() throws {
        let folder = try TemporaryFolder(["a.html": Self.credited])
        let report = try scan(folder, maxFileSize: 1000) { entry in
            try? Data(String(repeating: "<p>more</p>", count: 200).utf8).write(to: entry.url)
        }
        #expect(reasons(report)["a.html"] == "too large: 2200 bytes, over the limit of 1000")
    }

    @Test("a 50 MB page is scanned whole; a sparse file over the limit is refused unread")
    func largePages() throws {
        let folder = try TemporaryFolder()
        // One long paragraph: big for the reader and the parser, few nodes for the scanner.
        var page = Data("<html><body><article><p>".utf8)
        let chunk = Data(String(repeating: "lorem ipsum dolor sit amet ", count: 4000).utf8)
        while page.count < 50_000_000 - 200 { page.append(chunk) }
        page.append(Data(("</p>" + Self.credited + "</body></html>").utf8))
        try folder.write("large.html", page)
        #expect(FileManager.default.createFile(atPath: folder.file("huge.html"), contents: nil))
        let huge = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.file("huge.html")))
        try huge.truncate(atOffset: UInt64(ScanOptions.defaultMaxFileSize) + 1)
        try huge.close()

        let report = try scan(folder)
        #expect(images(report, "large.html") == ["after.jpg"])
        #expect(report.documents.first?.size == page.count)
        #expect(reasons(report)["huge.html"]?.hasPrefix("too large: ") == true)
    }
}

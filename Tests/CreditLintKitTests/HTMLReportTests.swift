import CreditTestSupport
import Foundation
import Testing

/// The HTML report of real scans, written by the real binary: thumbnails of local images,
/// nothing remote, and its size on a large site.
@Suite("HTML report of a scanned site")
struct HTMLReportTests {
    /// A site whose page shows a small local image, a large local one, a remote one and one
    /// whose file is missing.
    static func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(
            "site/news/a.html",
            TestPages.article(
                TestPages.credited("/media/small.png") + TestPages.uncredited("big.jpg")
                    + TestPages.credited("https://images.example.net/remote.jpg")
                    + TestPages.uncredited("/media/missing.png")))
        try folder.write("site/media/small.png", Data(repeating: 7, count: 200))
        try folder.write("site/news/big.jpg", Data(repeating: 8, count: 64 * 1024))
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: true)
        return folder
    }

    @Test("local images are shown (small ones embedded, large ones linked), remote ones never loaded")
    func thumbnails() throws {
        let folder = try Self.site()
        let result = try CreditlintProcess.run([
            "scan", folder.file("site"), "--format", "html=\(folder.file("out/report.html"))", "--db",
            folder.file("runs.sqlite"),
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let html = try String(contentsOfFile: folder.file("out/report.html"), encoding: .utf8)
        let images = html.components(separatedBy: "<img src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(images.count == 2)
        #expect(images.first == "data:image/png;base64," + Data(repeating: 7, count: 200).base64EncodedString())
        #expect(images.last == "../site/news/big.jpg")
        #expect(html.contains("<span>remote image, not loaded</span>"))
        #expect(html.contains("<span>no local file</span>"))
        #expect(html.contains("<code>https://images.example.net/remote.jpg</code>"))
        #expect(html.contains("missing-attribution"))
    }

    @Test("the report on standard output links its thumbnails from the current folder")
    func standardOutput() throws {
        let folder = try Self.site()
        let result = try CreditlintProcess.run(
            ["scan", "site", "--format", "html", "--db", folder.file("runs.sqlite")], in: folder.url)
        #expect(result.stdout.contains("<img src=\"site/news/big.jpg\""))
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n"))
    }

    @Test("the report of a 2,000-page site stays under 5 MB: thumbnails are linked once the embedding budget is spent")
    func largeSite() throws {
        let folder = try TemporaryFolder()
        for index in 0..<2000 {
            let body =
                TestPages.credited("/media/photo-\(index % 50).jpg") + TestPages.uncredited("/media/other-\(index).jpg")
            try folder.write("site/section-\(index % 20)/page-\(index).html", TestPages.article(body))
        }
        for index in 0..<50 { try folder.write("site/media/photo-\(index).jpg", Data(repeating: 1, count: 6000)) }
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: true)
        let result = try BoundedProcess.run(
            [
                "scan", folder.file("site"), "--format", "html=\(folder.file("out/report.html"))", "--db",
                folder.file("runs.sqlite"),
            ], timeout: 600)
        #expect(result.status == 1 && !result.timedOut, "\(result.stderr)")
        let size = try #require(
            try FileManager.default.attributesOfItem(atPath: folder.file("out/report.html"))[.size] as? Int)
        #expect(size < 5_000_000)
        let html = try String(contentsOfFile: folder.file("out/report.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<article class=\"card").count - 1 == 4000)
        #expect(html.components(separatedBy: "<img src=\"data:").count - 1 < 100)
        #expect(html.contains("<img src=\"../site/media/photo-49.jpg\""))
    }
}

import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Walking a content folder")
struct FileWalkerTests {
    private let page = "<html><body><p>text</p></body></html>"

    private func scannedPaths(_ folder: TemporaryFolder, include: [String] = [], exclude: [String] = []) throws
        -> [String]
    {
        let report = try CreditLint.scanWithoutRecording(
            ScanOptions(root: folder.path, include: include, exclude: exclude, databasePath: "/dev/null"))
        return report.documents.map(\.path)
    }

    @Test("pages are found by extension, in sorted order, hidden folders skipped")
    func extensionsAndHidden() throws {
        let folder = try TemporaryFolder([
            "b.html": page, "a.htm": page, "c/d.xhtml": page, "notes.txt": "x",
            ".git/e.html": page, "c/.hidden.html": page, "image.jpg": "x",
        ])
        #expect(try scannedPaths(folder) == ["a.htm", "b.html", "c/d.xhtml"])
    }

    @Test("include and exclude globs select pages")
    func globs() throws {
        let folder = try TemporaryFolder(["news/a.html": page, "news/drafts/b.html": page, "about.html": page])
        #expect(try scannedPaths(folder, include: ["news/**"]) == ["news/a.html", "news/drafts/b.html"])
        #expect(try scannedPaths(folder, exclude: ["**/drafts/**"]) == ["about.html", "news/a.html"])
    }

    @Test("a symbolic link loop is not followed forever")
    func symlinkLoop() throws {
        let folder = try TemporaryFolder(["site/a.html": page])
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("site/loop"), withDestinationPath: folder.file("site"))
        #expect(try scannedPaths(folder) == ["site/a.html"])
    }

    @Test("a missing root is an error, not an empty report")
    func missingRoot() {
        #expect(throws: CreditLintError.rootNotFound(path: "/no/such/creditlint/folder")) {
            try CreditLint.scanWithoutRecording(
                ScanOptions(root: "/no/such/creditlint/folder", databasePath: "/dev/null"))
        }
    }

    @Test("binary, oversized and unreadable files are reported as failed with a reason")
    func failedFiles() throws {
        let folder = try TemporaryFolder(["ok.html": page, "big.html": String(repeating: "<p>x</p>", count: 200)])
        try folder.write("photo.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        try folder.write("locked.html", page)
        chmod(folder.file("locked.html"), 0)
        defer { chmod(folder.file("locked.html"), 0o644) }
        let report = try CreditLint.scanWithoutRecording(
            ScanOptions(root: folder.path, databasePath: "/dev/null", maxFileSize: 1000))
        let reasons = Dictionary(uniqueKeysWithValues: report.failures.map { ($0.path, $0.reason) })
        #expect(reasons["photo.html"]?.hasPrefix("not HTML") == true)
        #expect(reasons["big.html"]?.hasPrefix("too large") == true)
        #expect(report.documents.map(\.path).contains("ok.html"))
        // root can read anything, so an unreadable file only shows up for other users.
        if getuid() != 0 { #expect(reasons["locked.html"]?.hasPrefix("unreadable") == true) }
        #expect(report.fails)
        #expect(report.summary.failedFiles == report.failures.count)
    }
}

import CreditCore
import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit
@testable import CreditStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A rescan trusts the stamp (size, times, inode, device) of a file the file system shows
/// untouched, and reads every other file.
@Suite("Rescans skip reading files whose stamp is unchanged")
struct FileStampTests {
    /// Two pages of equal size whose credits differ: a change a size check alone would miss.
    static let doe = TestPages.creditedPage
    static let roe = TestPages.creditedPage.replacingOccurrences(of: "Jane Doe", with: "Jane Roe")

    private func options(_ folder: TemporaryFolder, margin: Int64 = 0) -> ScanOptions {
        var options = ScanOptions(root: folder.file("site"), databasePath: folder.file("runs.sqlite"))
        options.jobs = 1
        options.stampMargin = margin
        return options
    }

    private func authors(_ report: ScanReport) -> [String?] {
        report.documents.flatMap(\.images).map { $0.credit?.author }
    }

    private func stamps(_ folder: TemporaryFolder) throws -> Int? {
        try ReportStore(path: folder.file("runs.sqlite")).fetchIntForTesting("SELECT count(*) FROM file_stamp")
    }

    @Test("an untouched file is not read: its recorded hash stands for its bytes")
    func untouchedFileIsNotRead() throws {
        let folder = try TemporaryFolder(["site/a.html": Self.doe, "site/b.html": TestPages.uncreditedPage])
        let options = options(folder)
        let first = try CreditLint.scan(options)
        #expect(authors(first).contains("Jane Doe"))
        #expect(try stamps(folder) == 2)
        // The page is rewritten and scanned, and its new stamp recorded with its new hash.
        try Self.roe.write(toFile: folder.file("site/a.html"), atomically: false, encoding: .utf8)
        let second = try CreditLint.scan(options)
        #expect(authors(second).contains("Jane Roe"))
        #expect(second.documents.map(\.reusedFrom) == [nil, 1])
        // Then the stamp is made to claim the first bytes' hash. Had the file been read, its
        // hash would find the second run's page; the stamp finds the first run's.
        let store = try ReportStore(path: folder.file("runs.sqlite"))
        try store.executeForTesting(
            "UPDATE file_stamp SET sha256 = '\(first.documents[0].sha256)' WHERE path = 'a.html'")
        let third = try CreditLint.scan(options)
        #expect(third.documents.map(\.reusedFrom) == [1, 1])
        #expect(authors(third).contains("Jane Doe"))
    }

    @Test("a file rewritten with its size and modification time kept is read again")
    func rewrittenFileKeepingItsTimeIsRead() throws {
        let folder = try TemporaryFolder(["site/a.html": Self.doe])
        let options = options(folder)
        _ = try CreditLint.scan(options)
        let path = folder.file("site/a.html")
        var before = stat()
        #expect(stat(path, &before) == 0)
        try Self.roe.write(toFile: path, atomically: false, encoding: .utf8)
        #if canImport(Darwin)
            var times = [before.st_atimespec, before.st_mtimespec]
        #else
            var times = [before.st_atim, before.st_mtim]
        #endif
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let second = try CreditLint.scan(options)
        #expect(second.documents.map(\.reusedFrom) == [nil])
        #expect(authors(second) == ["Jane Roe"])
    }

    @Test("files changed less than the margin before they are read get no stamp")
    func youngFilesAreNotStamped() throws {
        let folder = try TemporaryFolder(["site/a.html": Self.doe, "site/b.html": TestPages.uncreditedPage])
        _ = try CreditLint.scan(options(folder, margin: 60_000_000_000))
        #expect(try stamps(folder) == 0)
        // A stamp recorded earlier is removed once its file is too young to trust.
        _ = try CreditLint.scan(options(folder))
        #expect(try stamps(folder) == 2)
        try Self.roe.write(toFile: folder.file("site/a.html"), atomically: false, encoding: .utf8)
        _ = try CreditLint.scan(options(folder, margin: 60_000_000_000))
        #expect(try stamps(folder) == 1)
    }

    @Test("pruning removes the stamps of pages no kept run holds, and keeps the others")
    func pruningRemovesStampsOfGonePages() throws {
        let folder = try TemporaryFolder(["site/a.html": Self.doe, "site/b.html": TestPages.uncreditedPage])
        _ = try CreditLint.scan(options(folder))
        try FileManager.default.removeItem(atPath: folder.file("site/b.html"))
        _ = try CreditLint.scan(options(folder))
        // The first run still holds b.html's page, so its stamp may serve again.
        #expect(try stamps(folder) == 2)
        let store = try ReportStore(path: folder.file("runs.sqlite"))
        #expect(try store.prune(keep: 1).removedRuns == [1])
        #expect(try store.fetchIntForTesting("SELECT count(*) FROM file_stamp WHERE path = 'b.html'") == 0)
        #expect(try stamps(folder) == 1)
        // The page that stayed is still reused: from the run that first scanned it, as before.
        let third = try CreditLint.scan(options(folder))
        #expect(third.documents.map(\.reusedFrom) == [1])
    }
}

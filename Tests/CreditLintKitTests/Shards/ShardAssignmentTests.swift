import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("scan --shard K/N: a stable split of the pages by path")
struct ShardAssignmentTests {
    static let paths = (0..<200).map { "section-\($0 % 7)/story-\($0).html" } + ["index.html", "é/ü.html"]

    @Test("every page is in exactly one shard, whatever the order of the pages", arguments: [1, 2, 3, 7])
    func partition(count: Int) {
        let shards = (1...count).map { ScanShard(index: $0, count: count) }
        for path in Self.paths {
            #expect(shards.filter { $0.contains(path) }.count == 1, "\(path)")
        }
        let forward = Self.paths.map { ScanShard.shard(of: $0, count: count) }
        let backward = Self.paths.reversed().map { ScanShard.shard(of: $0, count: count) }
        #expect(forward == Array(backward.reversed()))
        if count > 1 {
            // A hash spreads the pages: no shard is left empty by 202 paths.
            #expect(Set(forward).count == count)
        }
    }

    @Test(
        "K/N is read with 1 <= K <= N",
        arguments: [
            ("1/1", true), ("2/3", true), ("3/3", true), ("0/3", false), ("4/3", false), ("1/0", false),
            ("-1/2", false), ("1", false), ("a/b", false), ("1/2/3", false), ("", false),
        ])
    func parsing(text: String, valid: Bool) {
        #expect(((try? ScanShard(parsing: text)) != nil) == valid)
    }

    @Test("the shards of a real scan hold disjoint pages that together are the whole site")
    func scannedShards() throws {
        var files: [String: String] = [:]
        for index in 0..<12 { files["site/p\(index).html"] = TestPages.creditedPage }
        let folder = try TemporaryFolder(files)
        var seen: [String] = []
        for index in 1...3 {
            let scan = try CreditlintProcess.run([
                "scan", folder.file("site"), "--shard", "\(index)/3", "--format", "json", "--db",
                folder.file("s\(index).sqlite"),
            ])
            #expect(scan.status == 0, "\(scan.stderr)")
            let documents = try JSONValue.parse(scan.stdout).object?["documents"]?.array ?? []
            seen += documents.compactMap { $0.object?["path"]?.string }
        }
        #expect(seen.sorted() == (0..<12).map { "p\($0).html" }.sorted())
    }

    @Test(
        "bad --shard values and a shard's --write-baseline are usage errors (exit 2)",
        arguments: [
            (["--shard", "4/3"], "--shard must be K/N"), (["--shard", "x"], "--shard must be K/N"),
            (["--shard", "1/2", "--write-baseline", "b.json"], "not of shard 1/2"),
        ])
    func refused(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder(["site/a.html": TestPages.creditedPage])
        let scan = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", folder.file("r.sqlite")] + arguments, in: folder.url)
        #expect(scan.status == 2)
        #expect(scan.stderr.contains(message), "\(scan.stderr)")
    }
}

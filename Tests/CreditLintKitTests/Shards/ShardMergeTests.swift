import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("creditlint merge: shards combine into the report of one scan, or are refused")
struct ShardMergeTests {
    /// The scans' start time, fixed so that the shards' and the whole scan's reports agree.
    static let environment = ["SOURCE_DATE_EPOCH": "1800000000"]
    static let formats = ["text", "json", "sarif", "github", "junit", "markdown", "csv"]

    /// The example site with pages that fail, findings of every severity and a binary file.
    private func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder([
            "site/extra/uncredited.html": TestPages.uncreditedPage,
            "site/extra/credited.html": TestPages.creditedPage,
            "site/extra/story.html": TestPages.explainedStory,
            "site/extra/z-not-a-page.html": "\u{0}\u{1}\u{2}binary\u{0}",
        ])
        for page in try TestFiles.pages(under: TestFiles.examples) {
            let relative = String(page.path.dropFirst(TestFiles.examples.path.count + 1))
            try folder.write("site/" + relative, try String(contentsOf: page, encoding: .utf8))
        }
        try folder.write(
            "site/.creditlint.yml",
            try String(contentsOf: TestFiles.examples.appendingPathComponent(".creditlint.yml"), encoding: .utf8))
        return folder
    }

    /// Scans `root` whole and as `count` shards, merges them, and expects every format and the
    /// exit status of `report` on the merged run to equal the whole scan's.
    private func expectMergeEqualsWhole(
        root: String, count: Int, in folder: TemporaryFolder, options: [String] = [], shardScans: Int = 1
    ) throws {
        let whole = folder.file("whole.sqlite")
        let scan = try CreditlintProcess.run(
            ["scan", root, "--db", whole, "--format", "json"] + options, environment: Self.environment)
        #expect(scan.status <= 1, "\(scan.stderr)")
        var shards: [String] = []
        for index in 1...count {
            let shard = folder.file("shard\(index).sqlite")
            for _ in 0..<shardScans {
                let run = try CreditlintProcess.run(
                    ["scan", root, "--shard", "\(index)/\(count)", "--db", shard, "--format", "json"] + options,
                    environment: Self.environment)
                #expect(run.status <= 1, "\(run.stderr)")
            }
            shards.append(shard)
        }
        let merged = folder.file("merged.sqlite")
        let merge = try CreditlintProcess.run(["merge", "--db", merged, "--format", "json"] + shards.reversed())
        #expect(merge.status == scan.status, "\(merge.stderr)")
        #expect(merge.stdout == scan.stdout)
        for format in Self.formats {
            let expected = try CreditlintProcess.run(["report", "--db", whole, "--format", format, "--color", "never"])
            let actual = try CreditlintProcess.run(["report", "--db", merged, "--format", format, "--color", "never"])
            #expect(actual.status == expected.status, "\(format)")
            #expect(actual.stdout == expected.stdout, "\(format)")
        }
    }

    @Test("three shards of the example site and of pages with every outcome merge into the whole scan's report")
    func examples() throws {
        let folder = try site()
        try expectMergeEqualsWhole(root: folder.file("site"), count: 3, in: folder)
    }

    @Test("under a baseline, the merged run has the whole scan's matched and stale entries, in file order")
    func baseline() throws {
        let folder = try site()
        let baseline = folder.file("baseline.json")
        let written = try CreditlintProcess.run([
            "scan", folder.file("site"), "--write-baseline", baseline, "--db", folder.file("w.sqlite"),
        ])
        #expect(written.status == 0, "\(written.stderr)")
        // Fixed pages leave stale entries, in several shards; a new page has findings of its own.
        for page in try TestFiles.pages(under: URL(fileURLWithPath: folder.file("site"))).prefix(4) {
            try TestPages.creditedPage.write(to: page, atomically: true, encoding: .utf8)
        }
        try folder.write("site/extra/new.html", TestPages.uncreditedPage)
        try expectMergeEqualsWhole(
            root: folder.file("site"), count: 3, in: folder, options: ["--baseline", baseline, "--strict-baseline"])
        let report = try CreditlintProcess.run(["report", "--db", folder.file("merged.sqlite"), "--format", "json"])
        let stale = try JSONValue.parse(report.stdout).object?["baseline"]?.object?["stale"]?.array ?? []
        #expect(stale.count >= 2)
    }

    @Test("three shards of the dev corpus merge into the whole scan's report", .needsDevCorpus)
    func devCorpus() throws {
        let folder = try TemporaryFolder()
        try expectMergeEqualsWhole(root: TestFiles.devCorpusPages.path, count: 3, in: folder)
    }

    @Test("shards rescanned into their databases, their pages reused, merge into the whole scan's report")
    func rescannedShards() throws {
        let folder = try site()
        try expectMergeEqualsWhole(root: folder.file("site"), count: 3, in: folder, shardScans: 2)
    }

    @Test("a scan of every page is the one shard of one")
    func wholeScanIsOneShard() throws {
        let folder = try site()
        let whole = folder.file("whole.sqlite")
        let scan = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", whole, "--format", "json"], environment: Self.environment)
        let merge = try CreditlintProcess.run(["merge", "--db", folder.file("m.sqlite"), "--format", "json", whole])
        #expect(merge.status == scan.status, "\(merge.stderr)")
        #expect(merge.stdout == scan.stdout)
    }

    /// Shards 1/3, 2/3 and 3/3 of the site, and the databases of other scans to mix in.
    private func shards(in folder: TemporaryFolder) throws -> [String] {
        try (1...3).map { index in
            let path = folder.file("s\(index).sqlite")
            let scan = try CreditlintProcess.run([
                "scan", folder.file("site"), "--shard", "\(index)/3", "--db", path, "--format", "json",
            ])
            #expect(scan.status <= 1, "\(scan.stderr)")
            return path
        }
    }

    @Test(
        "shards that do not make one scan are refused with exit 2 and nothing recorded",
        arguments: ["missing", "duplicated", "different N", "different configuration", "output is a shard"])
    func refused(kind: String) throws {
        let folder = try site()
        let shards = try shards(in: folder)
        let out = folder.file("out.sqlite")
        var given: [String]
        let message: String
        switch kind {
        case "missing":
            given = [shards[0], shards[2]]
            message = "missing shard 2/3"
        case "duplicated":
            try FileManager.default.copyItem(atPath: shards[1], toPath: folder.file("copy.sqlite"))
            given = shards + [folder.file("copy.sqlite")]
            message = "shard 2/3 given twice"
        case "different N":
            let other = folder.file("other.sqlite")
            _ = try CreditlintProcess.run(["scan", folder.file("site"), "--shard", "2/2", "--db", other])
            given = [shards[0], other]
            message = "shards of different N"
        case "different configuration":
            let other = folder.file("other.sqlite")
            _ = try CreditlintProcess.run([
                "scan", folder.file("site"), "--shard", "2/3", "--fail-on", "warning", "--db", other,
            ])
            given = [shards[0], other, shards[2]]
            message = "\(shards[0]) and \(other) were scanned with different configurations"
        default:
            given = shards
            try FileManager.default.copyItem(atPath: shards[0], toPath: out)
            given[0] = out
            message = "\(out) is both a shard and the output"
        }
        let merge = try CreditlintProcess.run(["merge", "--db", out] + given)
        #expect(merge.status == 2)
        #expect(merge.stderr.contains("cannot merge: \(message)"), "\(merge.stderr)")
        #expect(merge.stdout.isEmpty)
        if kind != "output is a shard" {
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test("a shard made by an older schema is refused and left as it was")
    func olderShard() throws {
        let folder = try site()
        let shard = try shards(in: folder)[0]
        // What an older release's file lacks: the newest migration's record.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            shard, "DELETE FROM grdb_migrations WHERE rowid = (SELECT max(rowid) FROM grdb_migrations)",
        ]
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "sqlite3 is needed")
        try sqlite.run()
        sqlite.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: shard))
        let merge = try CreditlintProcess.run(["merge", "--db", folder.file("out.sqlite"), shard])
        #expect(merge.status == 2)
        #expect(merge.stderr.contains("was written by an older creditlint"), "\(merge.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: shard)) == before)
    }
}

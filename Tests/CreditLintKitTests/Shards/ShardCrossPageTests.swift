import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("creditlint merge runs the checks across pages on the merged run")
struct ShardCrossPageTests {
    /// Scans the site of shared images as `count` shards and merges them.
    private func mergedShards(of folder: TemporaryFolder, count: Int) throws -> CreditlintProcess.Result {
        var shards: [String] = []
        for index in 1...count {
            let shard = folder.file("shard\(index).sqlite")
            let run = try CreditlintProcess.run(
                ["scan", folder.file("site"), "--shard", "\(index)/\(count)", "--db", shard, "--format", "json"],
                environment: ShardMergeTests.environment)
            #expect(run.status <= 1, "\(run.stderr)")
            shards.append(shard)
        }
        return try CreditlintProcess.run(
            ["merge", "--db", folder.file("merged-\(count).sqlite"), "--format", "json"] + shards)
    }

    @Test("shards of a site whose pages share images merge into the whole scan's report", arguments: [2, 3])
    func sharedImages(count: Int) throws {
        let folder = try CrossPageSite.make()
        let whole = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", folder.file("whole.sqlite"), "--format", "json"],
            environment: ShardMergeTests.environment)
        // The site has findings that only a comparison of its pages gives.
        #expect(whole.stdout.contains("\"inconsistent-credit\""))
        let merge = try mergedShards(of: folder, count: count)
        #expect(merge.status == whole.status, "\(merge.stderr)")
        #expect(merge.stdout == whole.stdout)
        for format in ShardMergeTests.formats {
            let expected = try CreditlintProcess.run([
                "report", "--db", folder.file("whole.sqlite"), "--format", format, "--color", "never",
            ])
            let actual = try CreditlintProcess.run([
                "report", "--db", folder.file("merged-\(count).sqlite"), "--format", format, "--color", "never",
            ])
            #expect(actual.stdout == expected.stdout, "\(format)")
        }
    }

    @Test(
        "shards compared with a baseline that holds findings across pages merge into the whole scan's report",
        arguments: [false, true])
    func baselinedFindingsAcrossPages(oneEntryStale: Bool) throws {
        let folder = try CrossPageSite.make()
        let written = try CreditlintProcess.run([
            "scan", folder.file("site"), "--db", folder.file("write.sqlite"), "--write-baseline",
            folder.file("baseline.json"),
        ])
        #expect(written.status == 0, "\(written.stderr)")
        if oneEntryStale {
            // One inconsistent-credit entry names another image: it is stale, and the finding
            // it stood for is reported again.
            let url = URL(fileURLWithPath: folder.file("baseline.json"))
            var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            var entries = try #require(json["entries"] as? [[String: Any]])
            let index = try #require(entries.firstIndex { $0["rule"] as? String == "inconsistent-credit" })
            entries[index]["fingerprint"] = "0000000000000000"
            json["entries"] = entries
            try JSONSerialization.data(withJSONObject: json).write(to: url)
        }
        let baseline = ["--baseline", folder.file("baseline.json"), "--strict-baseline"]
        let whole = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", folder.file("whole.sqlite"), "--format", "json"] + baseline,
            environment: ShardMergeTests.environment)
        #expect(whole.status == (oneEntryStale ? 1 : 0), "\(whole.stderr)")
        var shards: [String] = []
        for index in 1...2 {
            let shard = folder.file("shard\(index).sqlite")
            _ = try CreditlintProcess.run(
                ["scan", folder.file("site"), "--shard", "\(index)/2", "--db", shard] + baseline,
                environment: ShardMergeTests.environment)
            shards.append(shard)
        }
        let merge = try CreditlintProcess.run(
            ["merge", "--db", folder.file("merged.sqlite"), "--format", "json"] + shards)
        #expect(merge.status == whole.status, "\(merge.stderr)")
        #expect(merge.stdout == whole.stdout)
    }

    @Test("a merge where the scanned folder is missing is refused: the checks across pages read it")
    func missingFolder() throws {
        let folder = try CrossPageSite.make()
        let shard = folder.file("shard.sqlite")
        _ = try CreditlintProcess.run(["scan", folder.file("site"), "--shard", "1/1", "--db", shard])
        try FileManager.default.removeItem(atPath: folder.file("site"))
        let merge = try CreditlintProcess.run(["merge", "--db", folder.file("merged.sqlite"), shard])
        #expect(merge.status == 2)
        #expect(merge.stderr.contains("is not here"))
    }
}

import CreditLintKit
import CreditTestSupport
import Foundation
import Testing

@Suite("Bounded storage: rescans store unchanged pages by reference, old runs are pruned")
struct BoundedStorageTests {
    /// A site of `count` pages, some with findings, each with its own path and images.
    private func site(pages count: Int) throws -> TemporaryFolder {
        var files: [String: String] = [:]
        for index in 0..<count {
            let page = index % 3 == 0 ? TestPages.uncreditedPage : TestPages.explainedStory
            files["site/section-\(index % 4)/story-\(index).html"] = page.replacingOccurrences(
                of: "/media/", with: "/media/\(index)/")
        }
        return try TemporaryFolder(files)
    }

    private func scan(_ folder: TemporaryFolder, _ extra: [String] = []) throws -> CreditlintProcess.Result {
        let result = try CreditlintProcess.run(
            ["scan", folder.file("site"), "--db", folder.file("runs.sqlite"), "--format", "json"] + extra)
        #expect(result.status == 1, "\(result.stderr)")
        return result
    }

    private func report(_ folder: TemporaryFolder, run: Int, format: String) throws -> CreditlintProcess.Result {
        try CreditlintProcess.run([
            "report", "--db", folder.file("runs.sqlite"), "--run", String(run), "--format", format,
        ])
    }

    @Test("ten unchanged rescans leave the database under 1.5 times its size after the first")
    func tenRescans() throws {
        let folder = try site(pages: 60)
        _ = try scan(folder)
        let first = RunPruning.size(of: folder.file("runs.sqlite"))
        for _ in 0..<10 { _ = try scan(folder) }
        let after = RunPruning.size(of: folder.file("runs.sqlite"))
        #expect(Double(after) < 1.5 * Double(first), "\(first) bytes after the first scan, \(after) after ten rescans")
        // And the rescans report what the first scan did.
        let latest = try report(folder, run: 11, format: "text")
        let original = try report(folder, run: 1, format: "text")
        #expect(latest.status == original.status)
        #expect(latest.stdout.replacingOccurrences(of: "run 11", with: "run 1").contains("60 documents scanned"))
    }

    @Test("prune --keep N keeps the newest runs exactly as they read before, and names pruned runs as gone")
    func pruneByHand() throws {
        let folder = try site(pages: 12)
        _ = try scan(folder)
        _ = try scan(folder)
        // A changed page in the third run: it holds its own rows, the others name run 1's.
        try folder.write("site/section-0/story-0.html", TestPages.explainedStory)
        _ = try scan(folder)
        _ = try scan(folder)
        var before: [String: String] = [:]
        for run in [3, 4] {
            for format in ["json", "text", "sarif", "csv"] {
                before["\(run) \(format)"] = try report(folder, run: run, format: format).stdout
            }
        }
        let prune = try CreditlintProcess.run(["prune", "--keep", "2", "--db", folder.file("runs.sqlite")])
        #expect(prune.status == 0, "\(prune.stderr)")
        #expect(prune.stdout.hasPrefix("removed 2 runs, kept the newest 2"), "\(prune.stdout)")
        for run in [3, 4] {
            for format in ["json", "text", "sarif", "csv"] {
                #expect(
                    try report(folder, run: run, format: format).stdout == before["\(run) \(format)"],
                    "\(run) \(format)")
            }
        }
        let gone = try report(folder, run: 1, format: "text")
        #expect(gone.status == 2)
        #expect(gone.stderr.contains("no run 1 in the database"), "\(gone.stderr)")
        let runs = try CreditlintProcess.run(["runs", "--db", folder.file("runs.sqlite"), "--format", "json"])
        let listed = try JSONValue.parse(runs.stdout).array?.compactMap { $0.object?["run"]?.int }
        #expect(listed == [4, 3])
        // A rescan after the prune still reuses the kept pages and reports the same.
        let rescan = try scan(folder)
        #expect(rescan.stdout.contains("\"reusedFrom\""))
    }

    @Test("keepRuns in the configuration bounds the runs a scan leaves; 0 keeps them all", arguments: [2, 0])
    func keepRuns(keep: Int) throws {
        let folder = try site(pages: 3)
        try folder.write("site/.creditlint.yml", "keepRuns: \(keep)\n")
        for _ in 0..<4 { _ = try scan(folder) }
        let runs = try CreditlintProcess.run(["runs", "--db", folder.file("runs.sqlite"), "--format", "json"])
        let listed = try JSONValue.parse(runs.stdout).array?.compactMap { $0.object?["run"]?.int }
        #expect(listed == (keep == 0 ? [4, 3, 2, 1] : [4, 3]))
    }

    @Test("a negative keepRuns or --keep is refused with exit 2")
    func refused() throws {
        let folder = try site(pages: 1)
        try folder.write("site/.creditlint.yml", "keepRuns: -1\n")
        let scan = try CreditlintProcess.run(["scan", folder.file("site"), "--db", folder.file("runs.sqlite")])
        #expect(scan.status == 2)
        #expect(scan.stderr.contains("keepRuns must be 0 (keep every run) or more"), "\(scan.stderr)")
        let prune = try CreditlintProcess.run(["prune", "--keep", "0", "--db", folder.file("runs.sqlite")])
        #expect(prune.status == 2)
        #expect(prune.stderr.contains("--keep must be 1 or more"), "\(prune.stderr)")
    }
}

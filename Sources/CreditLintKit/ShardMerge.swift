import CreditModel
import CreditReporting
import CreditRules
import CreditStore
import Foundation

/// `creditlint merge`: the runs of N shard databases (`scan --shard K/N`) combined into one run
/// whose report is the report of one scan of every page.
///
/// The shards must make exactly one whole: the same N, each K once, none missing, all recorded
/// with the same configuration (``ScanOptions/configurationFingerprint``) and schema. Pages are
/// merged in path order, as a scan records them; a page keeps its results as its shard
/// recorded them, but counts as scanned by the merged run (`reusedFrom` is dropped: it named a
/// run of the shard's database).
public enum ShardMerge {
    /// Merges the latest run of each shard database into a new run of `database`.
    /// - Parameters:
    ///   - crossPageOptions: Given the scanned folder the shards record, the options of the
    ///     checks across pages (severities, waivers, the pages for inline ignores), which run
    ///     on the merged run as after a whole scan, because each shard saw only part of the site;
    ///     nil leaves them out.
    /// - Returns: The merged report as a stream over the recorded run, `header.run` set.
    /// - Throws: ``CreditLintError/cannotMerge(reason:)`` when the shards do not make one scan,
    ///   store errors when a database cannot be read or written.
    public static func merge(
        shards paths: [String], into database: String, crossPageOptions: ((String) throws -> ScanOptions)? = nil
    ) throws -> ReportStream {
        let outPath = URL(fileURLWithPath: database).standardizedFileURL.path
        for path in paths where URL(fileURLWithPath: path).standardizedFileURL.path == outPath {
            throw CreditLintError.cannotMerge(reason: "\(path) is both a shard and the output; give another --db")
        }
        let shards = try paths.map(ShardFile.init(path:))
        let runs = try check(shards)
        var header = mergedHeader(runs.map(\.header))
        let crossPageScan = try crossPageOptions.map { try $0(header.root) }
        let fingerprint = runs[0].fingerprint
        // Every shard's pages, in the order one scan records them.
        var pages: [(page: ShardFile.Page, shard: ShardFile)] = []
        for shard in shards { pages += try shard.pages().map { ($0, shard) } }
        pages.sort { $0.page.path < $1.page.path }
        let store = try ReportStore(path: database)
        let (run, totals) = try store.recordRun(header) { recorder in
            for (page, shard) in pages {
                var recorded = try shard.page(page)
                recorded.document.reusedFrom = nil
                try recorder.append(recorded)
            }
            if let crossPageScan {
                try applyCrossPageChecks(
                    options: crossPageScan, pages: pages.map(\.page.path), header: &header, recorder: recorder)
            }
            try recorder.finish(header)
            try recorder.recordConfiguration(fingerprint: fingerprint, shard: nil)
            return (recorder.run, try recorder.totals(failOn: header.failOn))
        }
        var recorded = header
        recorded.run = run
        return ReportStream(
            header: recorded, totals: totals, pages: { body in try store.forEachDocument(run: run, body) },
            jsonPages: { body in try store.forEachJSONPage(run: run, body) })
    }

    /// One shard's latest run, as the checks need it.
    struct ShardRun {
        var path: String
        var header: ScanReport
        var shard: RunShard
        var fingerprint: String
    }

    /// Refuses shards that do not make one whole scan, with a message naming the files.
    static func check(_ shards: [ShardFile]) throws -> [ShardRun] {
        guard !shards.isEmpty else { throw CreditLintError.cannotMerge(reason: "give the shard databases to merge") }
        var runs: [ShardRun] = []
        for file in shards {
            guard let header = file.header else { throw CreditLintError.noRuns(database: file.path) }
            guard let fingerprint = file.configurationFingerprint else {
                throw CreditLintError.cannotMerge(
                    reason:
                        "\(file.path): its latest run records no configuration; scan the shard again with this version")
            }
            // A run of every page is the one shard of one.
            runs.append(
                ShardRun(
                    path: file.path, header: header, shard: file.shard ?? RunShard(index: 1, count: 1),
                    fingerprint: fingerprint))
        }
        let first = runs[0]
        for run in runs.dropFirst() where run.shard.count != first.shard.count {
            throw CreditLintError.cannotMerge(
                reason:
                    "shards of different N: \(first.path) is shard \(first.shard), \(run.path) is shard \(run.shard)")
        }
        var seen: [Int: String] = [:]
        for run in runs {
            if let other = seen[run.shard.index] {
                throw CreditLintError.cannotMerge(
                    reason: "shard \(run.shard) given twice: \(other) and \(run.path)")
            }
            seen[run.shard.index] = run.path
        }
        let missing = (1...first.shard.count).filter { seen[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { "\($0)/\(first.shard.count)" }.joined(separator: ", ")
            throw CreditLintError.cannotMerge(
                reason: "missing shard\(missing.count == 1 ? "" : "s") \(list); give every shard's database")
        }
        for run in runs.dropFirst() where run.fingerprint != first.fingerprint {
            let why =
                run.header.toolVersion != first.header.toolVersion
                ? "creditlint \(first.header.toolVersion) and \(run.header.toolVersion)"
                : run.header.root != first.header.root
                    ? "roots \(first.header.root) and \(run.header.root)" : "different configurations"
            throw CreditLintError.cannotMerge(
                reason: "\(first.path) and \(run.path) were scanned with \(why); "
                    + "scan every shard with the same version, configuration, options and baseline")
        }
        return runs.sorted { $0.shard.index < $1.shard.index }
    }

    /// The scan-wide fields of the whole scan: the shards' settings (equal, by their
    /// fingerprint), the earliest start, every failed file, the suppressed counts added up
    /// and the baseline comparison combined.
    static func mergedHeader(_ headers: [ScanReport]) -> ScanReport {
        var header = headers[0]
        header.run = nil
        header.documents = []
        header.startedAt = headers.map(\.startedAt).min() ?? header.startedAt
        header.failures = headers.flatMap(\.failures).sorted { $0.path < $1.path }
        let suppressed = headers.compactMap(\.suppressed)
        header.suppressed =
            suppressed.isEmpty
            ? nil
            : SuppressedFindings(
                ignored: suppressed.map(\.ignored).reduce(0, +), waived: suppressed.map(\.waived).reduce(0, +),
                baseline: suppressed.map(\.baseline).reduce(0, +))
        let statuses = headers.compactMap(\.baseline)
        if var baseline = statuses.first {
            baseline.matched = statuses.map(\.matched).reduce(0, +)
            // An entry can only match a page with its path, which is in one shard: the
            // shards' stale entries are disjoint, and together the whole scan's.
            baseline.stale = staleInFileOrder(statuses.flatMap(\.stale), baselinePath: baseline.path)
            header.baseline = baseline
        }
        return header
    }

    /// Stale entries in the order of the baseline file, as one scan lists them; in entry order
    /// when the file cannot be read where the merge runs.
    static func staleInFileOrder(_ stale: [BaselineEntry], baselinePath: String) -> [BaselineEntry] {
        guard let baseline = try? Baseline.load(baselinePath) else { return stale.sorted() }
        var positions: [BaselineEntry: [Int]] = [:]
        for (index, entry) in baseline.entries.enumerated().reversed() { positions[entry, default: []].append(index) }
        var placed: [(Int, BaselineEntry)] = []
        for entry in stale {
            let index = positions[entry]?.popLast() ?? Int.max
            placed.append((index, entry))
        }
        return placed.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

import CreditModel
import CreditStore

/// `--shard K/N`: the part of a site one of N CI jobs scans. A page belongs to the shard its
/// relative path hashes to (FNV-1a of the path's UTF-8 bytes, modulo N), so the split is the
/// same on every machine and in any listing order, and a page stays in its shard while the
/// site grows around it.
public struct ScanShard: Sendable, Hashable, CustomStringConvertible {
    /// The shard, from 1 to ``count``.
    public let index: Int
    /// The number of shards.
    public let count: Int

    /// Reads "K/N" with 1 ≤ K ≤ N.
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)``.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else {
            throw CreditLintError.invalidValue(
                option: "--shard", value: text, hint: "give K/N with 1 <= K <= N, e.g. 2/4 for the second of four")
        }
        self.init(index: index, count: count)
    }

    /// Shard `index` of `count`.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Whether the page at `relativePath` belongs to this shard.
    public func contains(_ relativePath: String) -> Bool {
        Self.shard(of: relativePath, count: count) == index
    }

    /// The shard (1-based) a path belongs to when pages are split into `count` shards.
    public static func shard(of relativePath: String, count: Int) -> Int {
        Int(StableHash.value(relativePath) % UInt64(count)) + 1
    }

    /// "K/N".
    public var description: String { "\(index)/\(count)" }

    var runShard: RunShard { RunShard(index: index, count: count) }
}

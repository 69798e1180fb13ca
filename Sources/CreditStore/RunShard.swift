/// Which part of a site a run scanned: shard ``index`` (1-based) of ``count``.
public struct RunShard: Sendable, Hashable, CustomStringConvertible {
    /// The shard, from 1 to ``count``.
    public var index: Int
    /// The number of shards the pages are split into.
    public var count: Int

    /// Creates a shard; `index` must lie in 1...`count`.
    public init(index: Int, count: Int) {
        precondition(count >= 1 && (1...count).contains(index), "a shard is K/N with 1 <= K <= N")
        self.index = index
        self.count = count
    }

    /// "K/N".
    public var description: String { "\(index)/\(count)" }
}

import Foundation

/// Runs `work` over the indices `0..<count` on `jobs` threads and hands the results to the
/// calling thread in index order, so that output never depends on scheduling.
///
/// Workers run at most a small window of items ahead of the consumer: results wait in a
/// small reorder buffer, never the whole run, so memory stays flat however many pages there
/// are. Results that `isLight` calls small (a page to reuse, a file that failed) have a window
/// of their own, far wider: while the consumer spends milliseconds on one result (writing a
/// batch of reused pages), workers keep hashing the pages after it instead of waiting.
/// With one job everything runs on the calling thread, in order.
struct OrderedWorkers<Result: Sendable>: Sendable {
    /// How many threads compute results.
    var jobs: Int
    /// Whether a result is small enough to wait in the wide window.
    var isLight: @Sendable (Result) -> Bool = { _ in false }
    /// The work for one index; runs on any thread.
    var work: @Sendable (Int) -> Result

    /// How many results that are not light, computed or being computed, may wait per job.
    static var windowPerJob: Int { 4 }
    /// How many results in all may wait per job.
    static var lightWindowPerJob: Int { 512 }

    /// Computes every result and calls `consume` with each, in order, on the calling thread.
    /// When `consume` throws, the workers stop after their current item and the error is
    /// rethrown once they have all finished.
    func run(count: Int, consume: (Int, Result) throws -> Void) throws {
        if jobs <= 1 || count <= 1 {
            for index in 0..<count { try consume(index, work(index)) }
            return
        }
        let state = SharedState<Result>(
            window: jobs * Self.windowPerJob, lightWindow: jobs * Self.lightWindowPerJob)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            let thread = Thread { [work, isLight] in
                defer { group.leave() }
                while let index = state.nextIndex(limit: count) {
                    let result = work(index)
                    state.deliver(index, result, isLight: isLight(result))
                }
            }
            // Deep HTML trees recurse in the scanner: give workers a main-thread-sized stack.
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            state.cancel()
            group.wait()
        }
        for index in 0..<count {
            try consume(index, state.take(index))
        }
    }
}

/// The queue of indices and the reorder buffer that workers and the consumer share.
private final class SharedState<Result: Sendable>: @unchecked Sendable {
    // Every property below is read and written only with `condition` locked.
    private let condition = NSCondition()
    /// The most results that are not light, or not computed yet, that may be ahead.
    private let window: Int
    /// The most results of any kind that may be ahead.
    private let lightWindow: Int
    private var next = 0
    private var consumed = 0
    /// Indices handed to workers and not delivered yet: they may turn out heavy.
    private var working = 0
    /// Delivered results that are not light and not consumed yet.
    private var heavyReady = 0
    private var cancelled = false
    private var ready: [Int: (result: Result, isLight: Bool)] = [:]

    init(window: Int, lightWindow: Int) {
        self.window = max(window, 1)
        self.lightWindow = max(lightWindow, self.window)
    }

    /// The next index to compute, waiting while workers are a full window ahead; nil at the
    /// end or after ``cancel()``.
    func nextIndex(limit: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && next < limit
            && (next - consumed >= lightWindow || working + heavyReady >= window)
        {
            condition.wait()
        }
        guard !cancelled, next < limit else { return nil }
        next += 1
        working += 1
        return next - 1
    }

    func deliver(_ index: Int, _ result: Result, isLight: Bool) {
        condition.lock()
        ready[index] = (result, isLight)
        working -= 1
        if !isLight { heavyReady += 1 }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of `index` and removes it from the buffer.
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let entry = ready.removeValue(forKey: index) {
                consumed = index + 1
                if !entry.isLight { heavyReady -= 1 }
                condition.broadcast()
                return entry.result
            }
            condition.wait()
        }
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

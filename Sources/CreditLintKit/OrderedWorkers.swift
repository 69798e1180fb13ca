import Foundation

/// Runs `work` over the indices `0..<count` on `jobs` threads and hands the results to the
/// calling thread in index order, so that output never depends on scheduling.
///
/// Workers run at most ``window`` items ahead of the consumer: results wait in a small
/// reorder buffer, never the whole run, so memory stays flat however many pages there are.
/// With one job everything runs on the calling thread, in order.
struct OrderedWorkers<Result: Sendable>: Sendable {
    /// How many threads compute results.
    var jobs: Int
    /// The work for one index; runs on any thread.
    var work: @Sendable (Int) -> Result

    /// How far workers may run ahead of the consumer, per job.
    static var windowPerJob: Int { 4 }

    /// Computes every result and calls `consume` with each, in order, on the calling thread.
    /// When `consume` throws, the workers stop after their current item and the error is
    /// rethrown once they have all finished.
    func run(count: Int, consume: (Int, Result) throws -> Void) throws {
        if jobs <= 1 || count <= 1 {
            for index in 0..<count { try consume(index, work(index)) }
            return
        }
        let state = SharedState<Result>(window: jobs * Self.windowPerJob)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            let thread = Thread { [work] in
                defer { group.leave() }
                while let index = state.nextIndex(limit: count) {
                    state.deliver(index, work(index))
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
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var cancelled = false
    private var ready: [Int: Result] = [:]

    init(window: Int) { self.window = max(window, 1) }

    /// The next index to compute, waiting while workers are a full window ahead; nil at the
    /// end or after ``cancel()``.
    func nextIndex(limit: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && next < limit && next - consumed >= window { condition.wait() }
        guard !cancelled, next < limit else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ index: Int, _ result: Result) {
        condition.lock()
        ready[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of `index` and removes it from the buffer.
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = ready.removeValue(forKey: index) {
                consumed = index + 1
                condition.broadcast()
                return result
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

import Foundation

#if Mimalloc && canImport(CMimalloc)
    import CMimalloc
#endif

/// How a release build's allocator gives memory back, once the scan knows how many threads
/// will parse pages.
///
/// mimalloc keeps the memory a thread frees committed for 25 ms (its `decommit_delay`) so that
/// the thread can reuse it without asking the kernel again. Every worker keeps its own, and a
/// worker frees a page's tree and text within milliseconds of making them, so with several
/// workers the scan's peak grows by about a page's working set per worker beyond the first.
/// Giving freed memory back after 1 ms bounds that, at the price of more page faults. With one
/// worker the delay holds little and saves that price, so it is left as it is.
enum AllocatorTuning {
    /// The delay, in milliseconds, with more than one worker.
    static let sharedDecommitDelay = 1

    /// Sets the delay for `workers` parsing threads, unless the environment sets it
    /// (`MIMALLOC_DECOMMIT_DELAY`, or its older name `MIMALLOC_RESET_DELAY`).
    static func configure(workers: Int) {
        #if Mimalloc && canImport(CMimalloc)
            let environment = ProcessInfo.processInfo.environment
            guard workers > 1, environment["MIMALLOC_DECOMMIT_DELAY"] == nil,
                environment["MIMALLOC_RESET_DELAY"] == nil
            else { return }
            mi_option_set(mi_option_decommit_delay, sharedDecommitDelay)
        #endif
    }
}

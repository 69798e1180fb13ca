#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Answers of a pure function kept for the whole run and shared by the worker threads, for
/// work a site's template repeats on every page (the same footer, the same `class` values).
///
/// Bounded: it holds at most `capacity` answers and starts over when full, so memory stays
/// flat whatever the site. Only for functions whose answer depends on the key alone; the
/// lock is held for the lookup and the insertion, never while computing.
package final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    // Guarded by `lock`.
    private var answers: [Key: Value] = [:]

    package init(capacity: Int) {
        self.capacity = capacity
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The answer for `key`, computed by `make` the first time (two threads may both compute
    /// it; the answers are the same).
    package func value(for key: Key, _ make: (Key) -> Value) -> Value {
        pthread_mutex_lock(lock)
        let found = answers[key]
        pthread_mutex_unlock(lock)
        if let found { return found }
        let made = make(key)
        pthread_mutex_lock(lock)
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = made
        pthread_mutex_unlock(lock)
        return made
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The answers a function of text alone gave to the texts it read last, shared by the worker
/// threads under a lock.
///
/// A page asks about one text several times: the caption of a picture is read by each of its
/// credit strategies, and a line beside a gallery for every picture in it. The credit finder
/// and parser read a text character by character against their vocabularies, which costs far
/// more than a lookup. The table holds at most `capacity` texts and starts over when full, so
/// memory stays flat.
package final class TextMemo<Value: Sendable>: @unchecked Sendable {
    /// A text compared byte for byte: `String`'s own equality takes canonically equivalent
    /// texts ("é" and "e" with a combining accent) for one, and an answer must keep the page's
    /// own bytes.
    private struct Key: Hashable {
        let text: String

        static func == (left: Key, right: Key) -> Bool {
            left.text.utf8.elementsEqual(right.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private let capacity: Int
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    // Guarded by `lock`.
    private var answers: [Key: Value] = [:]

    /// A memo of at most `capacity` texts.
    package init(capacity: Int) {
        self.capacity = capacity
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The answer for `text`, from the table or from `compute`, which runs without the lock.
    package func value(for text: String, _ compute: () -> Value) -> Value {
        let key = Key(text: text)
        pthread_mutex_lock(lock)
        let known = answers[key]
        pthread_mutex_unlock(lock)
        if let known { return known }
        let value = compute()
        pthread_mutex_lock(lock)
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = value
        pthread_mutex_unlock(lock)
        return value
    }
}

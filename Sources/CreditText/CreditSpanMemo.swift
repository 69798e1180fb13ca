#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The answers ``CreditSpanFinder`` gave to the texts it read last, shared by the worker
/// threads under a lock.
///
/// A page asks about one text several times: the caption of a picture is read for each of its
/// strategies, and a line beside a gallery for every picture of it. The finder reads a text
/// character by character against its vocabularies, which costs far more than a lookup, and
/// its answer depends on the text alone. The table holds at most ``capacity`` texts and starts
/// over when full, so memory stays flat.
final class CreditSpanMemo: @unchecked Sendable {
    static let shared = CreditSpanMemo()

    /// The most texts kept.
    static let capacity = 512

    /// A text compared byte for byte: `String`'s own equality takes canonically equivalent
    /// texts ("é" and "e" with a combining accent) for one, and the span must keep the page's
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

    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    // Guarded by `lock`.
    private var answers: [Key: CreditSpan?] = [:]

    private init() {
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The answer for `text`, from the table or from `find`, which runs without the lock.
    func span(for text: String, _ find: (String) -> CreditSpan?) -> CreditSpan? {
        pthread_mutex_lock(lock)
        let known = answers[Key(text: text)]
        pthread_mutex_unlock(lock)
        if let known { return known }
        let span = find(text)
        pthread_mutex_lock(lock)
        if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
        answers[Key(text: text)] = .some(span)
        pthread_mutex_unlock(lock)
        return span
    }
}

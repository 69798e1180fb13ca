import Foundation

/// A one-line "scanning 120/5000 pages" counter on a terminal, for long scans only.
///
/// Nothing is shown during the first ``delay``, so short scans (and every test) print nothing;
/// after that the line is redrawn at most ten times a second and erased by ``finish()``.
/// The caller decides whether to use it at all (standard error is a terminal, not `--quiet`).
public final class ProgressLine: @unchecked Sendable {
    /// How long a scan runs before the line appears.
    public static let delay: Duration = .seconds(1)
    private static let interval: Duration = .milliseconds(100)

    private let write: @Sendable (String) -> Void
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let lock = NSLock()
    private var lastDrawn: ContinuousClock.Instant?

    /// Creates a progress line that writes with `write` (standard error by default).
    public init(write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.write = write
        start = clock.now
    }

    /// Records that `done` of `total` pages are finished; cheap when nothing is drawn.
    public func update(done: Int, total: Int) {
        let now = clock.now
        guard now - start >= Self.delay else { return }
        lock.lock()
        defer { lock.unlock() }
        if let lastDrawn, now - lastDrawn < Self.interval, done < total { return }
        lastDrawn = now
        let percent = total > 0 ? done * 100 / total : 100
        write("\r\u{1B}[Kcreditlint: scanning \(done)/\(total) pages (\(percent)%)")
    }

    /// Erases the line if it was drawn.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastDrawn != nil { write("\r\u{1B}[K") }
        lastDrawn = nil
    }
}

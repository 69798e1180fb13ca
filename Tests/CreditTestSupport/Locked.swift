import Foundation

/// A value that several threads read and change, each change under one lock: how a test
/// collects what concurrent work reports (progress calls, exit statuses, counts).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    /// Wraps `value`.
    public init(_ value: Value) { stored = value }

    /// Runs `body` on the value with the lock held.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&stored)
    }

    /// The value now.
    public var value: Value { withLock { $0 } }
}

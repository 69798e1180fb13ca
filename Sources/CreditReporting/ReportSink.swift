/// Where a rendered report goes as UTF-8 bytes: gathered into chunks of about 64 KiB, so that
/// a report written piece by piece costs a few large writes rather than one per line, and
/// bytes that are ready already (a recorded page's JSON element) are copied once, not turned
/// into a `String` first.
///
/// ```swift
/// let sink = ReportSink(deliver: { bytes in try handle.write(contentsOf: bytes) })
/// try JSONRenderer().render(stream, into: sink)
/// try sink.finish()
/// ```
///
/// Every chunk handed on ends at a character boundary, so a receiver may decode each chunk
/// on its own.
public final class ReportSink {
    private static let chunkSize = 1 << 16

    private let deliver: (UnsafeRawBufferPointer) throws -> Void
    private var buffer: [UInt8] = []

    /// A sink that hands each chunk to `deliver`, which must use the bytes before it returns.
    public init(deliver: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.deliver = deliver
        buffer.reserveCapacity(Self.chunkSize + 1024)
    }

    /// Appends text.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends UTF-8 bytes, which must hold whole characters.
    public func write(bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Hands on whatever is still gathered; call it once the renderer is done.
    public func finish() throws {
        try flush()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try deliver($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

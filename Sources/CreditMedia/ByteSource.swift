import Foundation

/// Random access to the bytes of an image file, with a budget: the readers ask for the
/// pieces they need (a segment header, a metadata block) and never for the image data, and
/// every request is clipped to the file's end and to what is left of the budget.
public struct ByteSource: Sendable {
    /// The file's size in bytes.
    public let size: Int
    private let fetch: @Sendable (Int, Int) -> [UInt8]

    /// Bytes held in memory (tests, fuzzing).
    public init(bytes: [UInt8]) {
        size = bytes.count
        fetch = { offset, count in Array(bytes[offset..<(offset + count)]) }
    }

    /// The file at `url`, or nil when it cannot be opened.
    public init?(file url: URL) {
        guard let handle = try? FileHandle(forReadingFrom: url),
            let end = try? handle.seekToEnd()
        else { return nil }
        size = Int(clamping: end)
        let box = HandleBox(handle)
        fetch = { offset, count in box.read(offset: offset, count: count) }
    }

    /// Up to `count` bytes from `offset`: fewer at the end of the file, none past it.
    public func read(at offset: Int, count: Int) -> [UInt8] {
        guard offset >= 0, count > 0, offset < size else { return [] }
        return fetch(offset, min(count, size - offset))
    }
}

/// A file handle shared by the reads of one file; reads are sequential within a file.
private final class HandleBox: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()

    init(_ handle: FileHandle) { self.handle = handle }

    deinit { try? handle.close() }

    func read(offset: Int, count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard (try? handle.seek(toOffset: UInt64(offset))) != nil,
            let data = try? handle.read(upToCount: count)
        else { return [] }
        return [UInt8](data)
    }
}

extension Array where Element == UInt8 {
    /// The big-endian 16-bit value at `offset`, nil past the end.
    func bigEndian16(at offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= count else { return nil }
        return Int(self[offset]) << 8 | Int(self[offset + 1])
    }

    /// The big-endian 32-bit value at `offset`, nil past the end.
    func bigEndian32(at offset: Int) -> Int? {
        guard let high = bigEndian16(at: offset), let low = bigEndian16(at: offset + 2) else { return nil }
        return high << 16 | low
    }

    /// The little-endian 32-bit value at `offset`, nil past the end.
    func littleEndian32(at offset: Int) -> Int? {
        guard offset >= 0, offset + 4 <= count else { return nil }
        return Int(self[offset]) | Int(self[offset + 1]) << 8 | Int(self[offset + 2]) << 16
            | Int(self[offset + 3]) << 24
    }

    /// Whether the bytes from `offset` are `prefix`.
    func hasBytes(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
        offset >= 0 && offset + prefix.count <= count && self[offset..<(offset + prefix.count)].elementsEqual(prefix)
    }
}

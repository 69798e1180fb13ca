import Crypto
import Foundation

/// What identifies the running build of creditlint: on Linux its GNU build ID (a hash of the
/// linked binary that the linker writes into it), else a SHA-256 of the executable file.
///
/// A rebuilt binary with other scanner code keeps its version string, so the version alone
/// cannot tell whether recorded results are still what this build would find.
enum BuildIdentity {
    /// The identity of this process's executable, computed once.
    static let current: String =
        gnuBuildID().map { "build-id " + $0 } ?? executableDigest().map { "sha256 " + $0 } ?? "unknown"

    /// The hex build ID from the executable's `NT_GNU_BUILD_ID` note, or nil without one.
    static func gnuBuildID() -> String? {
        #if os(Linux)
            guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
            defer { try? file.close() }
            return buildID(inELF: file).map { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
        #else
            return nil
        #endif
    }

    /// Reads the program headers of a 64-bit little-endian ELF file and looks for the build ID
    /// in its note segments: a few kilobytes, not the whole binary.
    static func buildID(inELF file: FileHandle) -> [UInt8]? {
        func read(_ offset: UInt64, _ count: Int) -> Data? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count),
                data.count == count
            else { return nil }
            return data
        }
        // "\u{7F}ELF", class 2 (64-bit), data 1 (little-endian).
        guard let header = read(0, 64), Array(header.prefix(6)) == [0x7F, 0x45, 0x4C, 0x46, 2, 1] else { return nil }
        let programHeaders = header.littleEndian(UInt64.self, at: 32)
        let entrySize = Int(header.littleEndian(UInt16.self, at: 54))
        let entries = Int(header.littleEndian(UInt16.self, at: 56))
        guard entrySize >= 56, let table = read(programHeaders, entrySize * entries) else { return nil }
        for index in 0..<entries {
            let entry = index * entrySize
            // PT_NOTE segments, bounded so that a damaged header cannot ask for gigabytes.
            guard table.littleEndian(UInt32.self, at: entry) == 4 else { continue }
            let offset = table.littleEndian(UInt64.self, at: entry + 8)
            let size = table.littleEndian(UInt64.self, at: entry + 32)
            guard size <= 65_536, let notes = read(offset, Int(size)) else { continue }
            if let id = notes.withUnsafeBytes({ buildIDNote(in: $0) }) { return id }
        }
        return nil
    }

    /// Walks the notes of one segment: each is name size, descriptor size and type (4 bytes
    /// each), then the name and the descriptor, each padded to 4 bytes.
    static func buildIDNote(in segment: UnsafeRawBufferPointer) -> [UInt8]? {
        var offset = 0
        func padded(_ size: Int) -> Int { (size + 3) & ~3 }
        while offset + 12 <= segment.count {
            let nameSize = Int(UInt32(littleEndian: segment.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let descriptorSize = Int(
                UInt32(littleEndian: segment.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
            let type = UInt32(littleEndian: segment.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self))
            let name = offset + 12
            let descriptor = name + padded(nameSize)
            guard nameSize <= segment.count, descriptorSize <= segment.count,
                descriptor + descriptorSize <= segment.count
            else { return nil }
            // NT_GNU_BUILD_ID (3), owned by "GNU\0".
            if type == 3, nameSize == 4, Array(segment[name..<(name + 4)]) == [0x47, 0x4E, 0x55, 0], descriptorSize > 0
            {
                return Array(segment[descriptor..<(descriptor + descriptorSize)])
            }
            offset = descriptor + padded(descriptorSize)
        }
        return nil
    }

    /// A SHA-256 of the executable's bytes, for builds without a build ID.
    private static func executableDigest() -> String? {
        guard let url = Bundle.main.executableURL, let data = try? Data(contentsOf: url, options: .mappedIfSafe) else {
            return nil
        }
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

extension Data {
    /// The little-endian integer at a byte offset of the data.
    fileprivate func littleEndian<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}

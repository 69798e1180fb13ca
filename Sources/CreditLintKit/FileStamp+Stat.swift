import CreditStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileStamp {
    /// The stamp of the file at `url` as `stat` reports it now; nil when it cannot be taken.
    static func of(_ url: URL) -> FileStamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return FileStamp(
            size: Int64(info.st_size), modified: nanoseconds(modified), changed: nanoseconds(changed),
            inode: Int64(truncatingIfNeeded: info.st_ino), device: Int64(truncatingIfNeeded: info.st_dev))
    }

    /// The wall-clock time now, in nanoseconds since 1970, to compare with a stamp's times.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a listed file was not scanned. The text of each reason starts with its category
/// (`unreadable:`, `too large:`, `not HTML:`, `binary:`, `undecodable:`), which the README
/// documents, so that people and scripts can tell the kinds apart.
enum UnscannableReason: Error, Equatable {
    /// The file could not be opened or read (vanished, no permission, a link loop, a pipe).
    case unreadable(String)
    /// The file is larger than `--max-file-size`.
    case tooLarge(size: Int, limit: Int)
    /// The file starts with the signature of a known non-HTML format.
    case notHTML(format: String)
    /// The file holds too many control bytes to be text in any encoding a page may use.
    case binary(controlBytes: Int, sampled: Int)
    /// The bytes are not valid in the charset the page was decoded with.
    case undecodable(String)

    var text: String {
        switch self {
        case .unreadable(let why): "unreadable: \(why)"
        case .tooLarge(let size, let limit): "too large: \(size) bytes, over the limit of \(limit)"
        case .notHTML(let format): "not HTML: the file is \(format)"
        case .binary(let count, let sampled):
            "binary: \(count) of the first \(sampled) bytes are control bytes that text never holds"
        case .undecodable(let why): "undecodable: \(why)"
        }
    }
}

/// Reads a page's bytes through one file descriptor, so that what is checked (a regular file,
/// its size) is what is read, even if the file changes in between.
enum PageReader {
    /// The file's bytes, or why they cannot be scanned.
    static func read(_ url: URL, maxFileSize: Int) -> Result<Data, UnscannableReason> {
        // O_NONBLOCK: opening a named pipe that nobody writes to must not hang the scan.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(openFailure(errno, url))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(message(errno))) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            return .failure(.unreadable("not a regular file (\(kind(of: type)))"))
        }
        if Int(info.st_size) > maxFileSize {
            return .failure(.tooLarge(size: Int(info.st_size), limit: maxFileSize))
        }
        // One byte more than allowed tells a file that grew since fstat from one that fits.
        switch readAll(descriptor, expected: Int(info.st_size), limit: maxFileSize + 1) {
        case .success(let data) where data.count > maxFileSize:
            return .failure(.tooLarge(size: data.count, limit: maxFileSize))
        case let result:
            return result
        }
    }

    /// Reads up to `limit` bytes until the end of the file, into a buffer of the size fstat
    /// gave (plus the byte that tells a file that grew): one `read` for almost every page,
    /// where reading in small chunks cost as much as hashing the bytes.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<Data, UnscannableReason> {
        // Not `Data(count:)`: zeroing every page's buffer before reading into it cost more
        // than the read's own bookkeeping.
        var capacity = max(min(expected + 1, limit), 1)
        guard var buffer = malloc(capacity) else { return .failure(.unreadable(message(ENOMEM))) }
        var count = 0
        while count < limit {
            if count == capacity {
                capacity = min(max(count * 2, 4096), limit)
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    return .failure(.unreadable(message(ENOMEM)))
                }
                buffer = grown
            }
            #if canImport(Glibc)
                let got = Glibc.read(descriptor, buffer + count, capacity - count)
            #else
                let got = Darwin.read(descriptor, buffer + count, capacity - count)
            #endif
            if got < 0 {
                if errno == EINTR { continue }
                let failure = message(errno)
                free(buffer)
                return .failure(.unreadable(failure))
            }
            if got == 0 { break }
            count += got
        }
        return .success(Data(bytesNoCopy: buffer, count: count, deallocator: .free))
    }

    private static func openFailure(_ code: Int32, _ url: URL) -> String {
        let text = message(code)
        if code == ENOENT, (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil {
            return "\(text) (a symbolic link to a missing file)"
        }
        if code == ELOOP { return "\(text) (a symbolic link loop)" }
        // Foundation lists a name that is not valid UTF-8 with U+FFFD in it, a path that then
        // names no file: say why rather than leave "no such file" unexplained.
        if code == ENOENT, url.lastPathComponent.contains("\u{FFFD}") {
            return "\(text) (its name is not valid UTF-8)"
        }
        return text
    }

    /// The lower-case errno text ("permission denied"), never a generic message.
    static func message(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    private static func kind(of type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFDIR: "a folder"
        default: "a special file"
        }
    }
}
